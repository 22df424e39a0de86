package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ropescope.chart.EquationTex;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.model.InputsModel;
import org.ropescope.model.TeachingModel;

/**
 * The period-matching equation, typeset, with the current numbers, updated once per frame during a
 * drag; beside it the "use lambda = s" switch, the shortcut's mismatch and how many pairs complete a
 * turn during training.
 */
final class EquationPane extends HBox {

    /** The shortcut's column: its wrapped sentences set the least height this pane may be given. */
    private VBox side;

    private final TeachingModel teaching;
    private final InputsModel explorer;
    private final org.ropescope.model.MethodsModel methods;
    private final TexView tex = new TexView();
    private boolean showing = true;
    /** Typesets while the pane is seen, else when it is again (0.9 ms a frame at d = 8192). */
    private final WhileSeen view = new WhileSeen(() -> showing, this::refresh);
    /** At most once a frame: a drag changes the inputs many times between two frames. */
    private final PerFrame refresh = new PerFrame(view::changed);

    EquationPane(TeachingModel teaching) {
        this(teaching, null);
    }

    /** @param methods the drawn methods, to name one that keeps its own factor at s = 1 (may be null) */
    EquationPane(TeachingModel teaching, org.ropescope.model.MethodsModel methods) {
        this.teaching = teaching;
        this.methods = methods;
        this.explorer = teaching.inputs();
        getStyleClass().add("equation-pane");
        setId("equationPane");
        createView();
        refresh();
        ViewScope.listen(explorer.configProperty(), obs -> refresh.request());
        ViewScope.listen(teaching.lambdaEqualsSProperty(), obs -> refresh.request());
    }

    /** Whether the pane's tab is in front ({@link CenterTabs}); a hidden pane typesets nothing until it is. */
    void setShowing(boolean now) {
        showing = now;
        if (now) {
            view.catchUp();
        }
    }

    private void createView() {
        tex.setId("equationTex");
        tex.setAccessibleText(text("equation.accessible"));
        HBox.setHgrow(tex, Priority.ALWAYS);
        tex.setMinWidth(0); // a wide derivation (d = 8192) gives way; the explanations beside it stay

        Label heading = new Label(text("equation.shortcut.heading"));
        heading.getStyleClass().add("section-title");
        CheckBox shortcut = new CheckBox(text("equation.shortcut.toggle"));
        shortcut.setId("lambdaEqualsS");
        shortcut.selectedProperty().bindBidirectional(teaching.lambdaEqualsSProperty());
        shortcut.setAccessibleHelp(text("equation.shortcut.help"));

        Label mismatch = new Label();
        mismatch.setId("mismatchValue");
        mismatch.getStyleClass().add("mismatch");
        mismatch.setWrapText(true);
        javafx.beans.Observable[] deps = methods == null ? new javafx.beans.Observable[] {teaching.mismatchPercentProperty()}
                : new javafx.beans.Observable[] {teaching.mismatchPercentProperty(), methods.tableProperty()};
        mismatch.textProperty().bind(Bindings.createStringBinding(() -> {
            double percent = teaching.mismatchPercentProperty().get();
            return Math.abs(percent) < 0.005
                    ? text("equation.shortcut.agree", ownFactors())
                    : text("equation.shortcut.misses", EquationTex.percentText(percent));
        }, deps));

        Label turns = new Label();
        turns.setId("turnCount");
        turns.getStyleClass().add("turn-count");
        turns.setWrapText(true);
        turns.textProperty().bind(Bindings.createStringBinding(() -> {
            RopeConfig c = explorer.getConfig();
            return text("equation.turns", Integer.toString(teaching.pairsCompletingTurnProperty().get()),
                    Integer.toString(c.pairs()), Numbers.grouped(c.originalLength()));
        }, explorer.configProperty(), teaching.pairsCompletingTurnProperty()));

        side = new VBox(heading, shortcut, mismatch, turns);
        side.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        side.getStyleClass().add("equation-side");
        getChildren().addAll(tex, side);
    }

    /**
     * At least the height the shortcut's column needs at its width, so a split pane above (presentation
     * type in a 1280x800 window) cannot cut its sentences short, and never under 120 px, where the
     * derivation would be too small to read; the derivation scales to what it is given.
     */
    @Override
    protected double computeMinHeight(double width) {
        double w = side.getWidth() > 0 ? side.getWidth() : side.prefWidth(-1);
        return Math.max(120, snappedTopInset() + side.prefHeight(w) + snappedBottomInset());
    }

    /** "; YaRN keeps its own factor 4" for each drawn method whose factor is not 1 at s = 1. */
    private String ownFactors() {
        if (methods == null) {
            return "";
        }
        var table = methods.tableProperty().get();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < table.size(); k++) {
            var m = table.get(k).method();
            double f = m.factor(table.context());
            if (Math.abs(f - 1) > 1e-12 && m.kind() != org.ropescope.math.scaling.MethodKind.DEFAULT) {
                out.append(text("equation.shortcut.ownFactor", MethodTexts.label(m.kind()), Numbers.significant(f, 6)));
            }
        }
        return out.toString();
    }

    private void refresh() {
        String full = EquationTex.of(explorer.getConfig(), teaching.lambdaEqualsSProperty().get());
        tex.setLatex(full, EquationTex.withoutNotes(full));
    }

    /** Typesets in the chart theme's text colour and font scale. */
    void applyTheme(org.ropescope.chart.ChartTheme theme) {
        tex.setLook(theme.text(), 17f * theme.fontScale());
    }

    /** The LaTeX shown now (what the canvas typesets). */
    String latex() {
        view.catchUp();
        return tex.latex();
    }
}
