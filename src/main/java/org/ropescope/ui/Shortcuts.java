package org.ropescope.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;

/** Help &gt; Keyboard shortcuts: every key the window answers to, in one dialog (and in the user guide, src/site/markdown/guide.md). */
final class Shortcuts {

    /** One row: the keys (a {@link KeyCombination} name, or plain words) and what they do. */
    record Row(String keys, String action) {
    }

    static final List<Row> ROWS = List.of(
            new Row("Shortcut+O", "Open a session (.ropescope)"),
            new Row("Shortcut+Shift+O", "Open a model's config.json"),
            new Row("Shortcut+S", "Save the session"),
            new Row("Shortcut+Shift+S", "Save the session as a new file"),
            new Row("Shortcut+R", "Reset to defaults (undoable)"),
            new Row("Shortcut+E", "Export the chart as PNG (File has SVG, PDF and CSV too)"),
            new Row("Shortcut+Shift+C", "Copy the chart to the clipboard as an image"),
            new Row("Shortcut+Shift+J", "Copy the chosen method's rope_scaling block as config.json"),
            new Row("Shortcut+Z", "Undo the last change of the inputs or methods"),
            new Row("Shortcut+Shift+Z", "Redo"),
            new Row("F5", "Presentation mode on or off (full screen, large, high contrast)"),
            new Row("S / E / N", "In presentation mode: the inputs strip / the derivation / the notes on or off"),
            new Row("Z", "Zoom the period chart to the last pairs, or back to every pair"),
            new Row("Shift+arrows", "On the m slider: step m through 1, 1.5, 2, 3, 4, 6, 8, ... times m_l"),
            new Row("Page Down / Page Up", "In presentation mode: the next / previous lecture step"),
            new Row("Shortcut+Shift+A", "Add the current view as a lecture step"),
            new Row("Esc", "Leave presentation mode; in a field, put back the current value"),
            new Row("F1", "This list"),
            new Row("Shortcut+Q", "Quit"),
            new Row("Tab, Shift+Tab", "Move between fields and sliders"),
            new Row("Alt+B, Alt+D, Alt+O, Alt+N", "Go to the field of b, d, m_l, m"),
            new Row("Arrow keys", "Step a focused slider to the next round value"),
            new Row("Page Up, Page Down", "Take a large step (ten steps, an octave, x16)"),
            new Row("Enter", "Apply the value typed in a field"),
            new Row("Alt or F10", "Open the menus (File, Edit, View, Presets, Help)"));

    private Shortcuts() {
    }

    /** The keys as this platform writes them: Ctrl+Shift+S here, ⇧⌘S on a Mac. */
    static String display(String keys) {
        if (keys.contains(",") || keys.contains(" ")) {
            return keys;
        }
        try {
            return KeyCombination.keyCombination(keys).getDisplayText();
        } catch (IllegalArgumentException e) {
            return keys; // plain words such as Enter
        }
    }

    static void show(Node owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsTable");
        grid.getStyleClass().add("shortcuts");
        for (int r = 0; r < ROWS.size(); r++) {
            Label keys = new Label(display(ROWS.get(r).keys()));
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(ROWS.get(r).action());
            action.setWrapText(true);
            grid.addRow(r, keys, action);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(RoPEScopeApp.TITLE);
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        alert.initOwner(owner.getScene().getWindow());
        alert.show();
    }
}
