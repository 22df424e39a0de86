package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * Help &gt; Keyboard shortcuts: every key the window answers to, in one dialog, as {@link Command} lists
 * them (the user guide's table, src/site/markdown/guide.md, is held to the same list by a test).
 */
final class Shortcuts {

    /** One row: the keys as this platform writes them, and what they do. */
    record Row(String keys, String action) {
    }

    /** Every command with keys, in {@link Command}'s order: the menus' shortcuts, then the keys views handle. */
    static List<Row> rows() {
        return Command.withKeys().stream().map(c -> new Row(c.displayKeys(), c.help())).toList();
    }

    private Shortcuts() {
    }

    static void show(Node owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsTable");
        grid.getStyleClass().add("shortcuts");
        List<Row> rows = rows();
        for (int r = 0; r < rows.size(); r++) {
            Label keys = new Label(rows.get(r).keys());
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(rows.get(r).action());
            action.setWrapText(true);
            grid.addRow(r, keys, action);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(RoPEScopeApp.TITLE);
        alert.setHeaderText(text("shortcuts.header"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        alert.initOwner(owner.getScene().getWindow());
        alert.show();
    }
}
