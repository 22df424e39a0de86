package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.ropescope.export.ChartExporter;

/**
 * Asks for a PNG's pixel size: presets (twice the on-screen size, which is the default, the
 * on-screen size, 1920 x 1080, 3840 x 2160) or a custom width and height. A custom size outside
 * {@value ChartExporter#MIN_SIZE} to {@value ChartExporter#MAX_SIZE} is marked and the Export
 * button stays disabled.
 */
final class PngSizeDialog extends Dialog<PngSize> {

    /** One entry of the preset list; {@code size == null} means custom. */
    record Preset(String label, PngSize size) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ComboBox<Preset> presets = new ComboBox<>();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final Label error = new Label();

    PngSizeDialog(Window owner, int screenWidth, int screenHeight) {
        initOwner(owner);
        setTitle(text("png.title"));
        setHeaderText(text("png.header"));
        presets.getItems().setAll(presets(screenWidth, screenHeight));
        presets.setId("pngPreset");
        width.setId("pngWidth");
        height.setId("pngHeight");
        error.setId("pngSizeError");
        error.getStyleClass().add("field-error");
        width.setPrefColumnCount(6);
        height.setPrefColumnCount(6);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("png-size-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, name(text("png.size")), presets);
        grid.addRow(1, name(text("png.width")), width);
        grid.addRow(2, name(text("png.height")), height);
        presets.setMinWidth(80); // a narrow dialog shortens the list's text, never the names beside it
        presets.setMaxWidth(Double.MAX_VALUE);
        grid.add(error, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Languages.applyFont(getDialogPane());

        presets.valueProperty().addListener((obs, old, p) -> {
            if (p != null && p.size() != null) {
                width.setText(Integer.toString(p.size().width()));
                height.setText(Integer.toString(p.size().height()));
            }
        });
        BooleanBinding custom = Bindings.createBooleanBinding(
                () -> presets.getValue() != null && presets.getValue().size() == null, presets.valueProperty());
        width.disableProperty().bind(custom.not()); // presets show their size greyed; Custom lets you type
        height.disableProperty().bind(custom.not());
        error.textProperty().bind(Bindings.createStringBinding(() -> problem(width.getText(), height.getText()),
                width.textProperty(), height.textProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ((javafx.scene.control.Button) ok).setText(text("png.export"));
        ok.disableProperty().bind(error.textProperty().isNotEmpty());
        presets.getSelectionModel().selectFirst();

        setResultConverter(b -> b == ButtonType.OK ? parse(width.getText(), height.getText()) : null);
    }

    /** A field's name, never shortened to "Wi…" (GTK's wider fonts did at Full HD). */
    private static Label name(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    ComboBox<Preset> presetsBox() {
        return presets;
    }

    /** The presets, the default (twice the on-screen size) first, custom last. */
    static List<Preset> presets(int screenWidth, int screenHeight) {
        List<Preset> list = new ArrayList<>();
        PngSize twice = PngSize.twice(screenWidth, screenHeight);
        list.add(new Preset(text("png.twice", twice.toString()), twice));
        PngSize screen = new PngSize(screenWidth, screenHeight);
        list.add(new Preset(text("png.screen", screen.toString()), screen));
        list.add(new Preset(text("png.fullHd"), new PngSize(1920, 1080)));
        list.add(new Preset(text("png.uhd"), new PngSize(3840, 2160)));
        list.add(new Preset(text("png.custom"), null));
        return list;
    }

    /** The size typed, or {@code null} if either number is not allowed. */
    static PngSize parse(String w, String h) {
        return problem(w, h).isEmpty() ? new PngSize(Integer.parseInt(w.strip()), Integer.parseInt(h.strip())) : null;
    }

    /** One line saying what is wrong with the typed size, or an empty string. */
    static String problem(String w, String h) {
        for (String[] f : new String[][] {{"png.widthInvalid", w}, {"png.heightInvalid", h}}) {
            String t = f[1] == null ? "" : f[1].strip();
            boolean ok;
            try {
                int v = Integer.parseInt(t);
                ok = v >= ChartExporter.MIN_SIZE && v <= ChartExporter.MAX_SIZE;
            } catch (NumberFormatException e) {
                ok = false;
            }
            if (!ok) {
                return text(f[0], Integer.toString(ChartExporter.MIN_SIZE), Integer.toString(ChartExporter.MAX_SIZE));
            }
        }
        return "";
    }

    /** Shows the dialog and waits; empty if cancelled. */
    static Optional<PngSize> ask(Window owner, int screenWidth, int screenHeight) {
        return new PngSizeDialog(owner, screenWidth, screenHeight).showAndWait();
    }
}
