package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.model.InputsModel;

/**
 * The numbers behind the chart: s, lambda and the new base with enough digits to check by hand,
 * beside the period-matching equation with the current values substituted.
 */
final class ReadoutPane extends VBox {

    private final javafx.beans.value.ObservableObjectValue<RopeConfig> config;

    ReadoutPane(InputsModel model) {
        this(model.configProperty());
    }

    /** @param config the set-up to show; with partial rotary embeddings, the rotating part's ({@code d} rotated) */
    ReadoutPane(javafx.beans.value.ObservableObjectValue<RopeConfig> config) {
        this.config = config;
        getStyleClass().add("readout");
        createView();
    }

    private void createView() {
        Label heading = new Label(text("readout.heading"));
        heading.getStyleClass().add("section-title");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("readout-grid");
        row(grid, 0, "s = m / m_l", "scaleValue", binding(c -> Numbers.significant(c.scale(), 12)));
        row(grid, 1, "λ = s^(d/(d−2))", "lambdaValue", binding(c -> Numbers.significant(c.lambda(), 10)));
        row(grid, 2, text("readout.newBase"), "newBaseValue", binding(c -> Numbers.significant(c.newBase(), 12)));

        Label rule = new Label(text("readout.rule"));
        rule.getStyleClass().add("readout-note");
        rule.setWrapText(true);
        Label equation = new Label("2π·(λ·b)^((d−2)/d)\n    =  (m/m_l)·2π·b^((d−2)/d)");
        equation.setId("equation");
        equation.getStyleClass().add("equation");
        Label substituted = new Label();
        substituted.setId("equationValues");
        substituted.getStyleClass().add("equation-values");
        substituted.setWrapText(true);
        substituted.textProperty().bind(binding(ReadoutPane::substituted));
        equation.setAccessibleText(text("readout.equation.accessible"));

        getChildren().addAll(heading, grid, rule, equation, substituted);
    }

    /**
     * Says, while {@code drawn} is false, that base scaling is not on the chart: the numbers above are
     * the rule's for the current s (a preset such as Llama 3.1 draws its own method instead).
     */
    ReadoutPane notingWhenNotDrawn(javafx.beans.value.ObservableBooleanValue drawn) {
        Label note = new Label();
        note.setId("baseScalingNotDrawn");
        note.getStyleClass().add("readout-note");
        note.setWrapText(true);
        note.textProperty().bind(binding(c -> text("readout.notDrawn", Numbers.significant(c.scale(), 6))));
        note.visibleProperty().bind(Bindings.not(drawn));
        note.managedProperty().bind(note.visibleProperty());
        getChildren().add(2, note);
        return this;
    }

    private static String substituted(RopeConfig c) {
        int d = c.dim();
        String exp = (d - 2) + "/" + d;
        double left = RopeMath.TWO_PI * Math.pow(c.newBase(), (d - 2.0) / d);
        double right = c.scale() * RopeMath.TWO_PI * Math.pow(c.base(), (d - 2.0) / d);
        return "2π·(" + Numbers.significant(c.newBase(), 8) + ")^(" + exp + ") = " + Numbers.tokens(left)
                + "\n" + Numbers.significant(c.scale(), 8) + "·2π·(" + Numbers.grouped(c.base()) + ")^(" + exp
                + ") = " + Numbers.tokens(right);
    }

    private StringBinding binding(java.util.function.Function<RopeConfig, String> f) {
        return Bindings.createStringBinding(() -> f.apply(config.get()), config);
    }

    private static void row(GridPane grid, int r, String name, String id, StringBinding value) {
        Label n = new Label(name);
        n.getStyleClass().add("readout-name");
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().add("readout-value");
        v.textProperty().bind(value);
        v.accessibleTextProperty().bind(Bindings.concat(name, ": ", value)); // the name with the value
        grid.addRow(r, n, v);
    }
}
