package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ropescope.chart.DecayChart;
import org.ropescope.format.Numbers;
import org.ropescope.math.diagnostics.BaseBound;
import org.ropescope.math.diagnostics.CriticalDimension;
import org.ropescope.math.diagnostics.NewAngles;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.model.MethodsModel;

/**
 * The side panel's long-context diagnostics, each with its paper: the base a context needs (Men et
 * al. 2024), computed off the FX thread with a progress indicator while it runs; the critical
 * dimension and extrapolation bound (Liu et al. 2024); and how many pairs of each drawn method meet
 * angles never seen in training. The quick ones follow a drag once per frame.
 */
final class DiagnosticsReadout extends VBox {

    private final MethodsModel methods;
    private final DiagnosticsJob job;
    private final Label bound = value("baseBoundValue");
    private final Label boundOriginal = value("baseBoundOriginalValue");
    private final Label progressText = note("");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label critical = value("criticalValue");
    private final Label extrapolation = value("extrapolationValue");
    private final Label angles = value("newAnglesValue");
    private final PerFrame refresh = new PerFrame(this::refresh);

    DiagnosticsReadout(MethodsModel methods, DiagnosticsJob job) {
        this.methods = methods;
        this.job = job;
        getStyleClass().add("readout");
        setId("diagnosticsReadout");
        createView();
        ViewScope.listen(methods.tableProperty(), obs -> {
            // a view a language switch replaced is off its window: it starts no background search
            if (getScene() == null || getScene().getWindow() != null) {
                refresh.request();
            }
        });
        job.resultProperty().addListener(obs -> showBounds());
        refresh();
    }

    private void createView() {
        Label heading = new Label(text("diagnostics.heading"));
        heading.getStyleClass().add("section-title");
        progress.setId("baseBoundProgress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(job.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.textProperty().bind(job.messageProperty());
        progressText.visibleProperty().bind(job.runningProperty());
        progressText.managedProperty().bind(progressText.visibleProperty());
        HBox busy = new HBox(6, progress, progressText);
        getChildren().addAll(heading, note(text("diagnostics.baseBound.title")), bound, boundOriginal, busy,
                note(text("diagnostics.critical.title")), critical, extrapolation, note(text("diagnostics.angles.title")),
                angles);
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("readout-value");
        l.setWrapText(true);
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("readout-note");
        l.setWrapText(true);
        return l;
    }

    private void refresh() {
        MethodTable table = methods.tableProperty().get();
        job.restart(table);
        ScalingContext c = table.context();
        int d = c.rotaryDim();
        CriticalDimension crit = CriticalDimension.of(c.base(), d, c.originalLength());
        double lambdaB = c.rotaryConfig().newBase();
        critical.setText(text("diagnostics.critical", Integer.toString(crit.criticalPairs()),
                Integer.toString(crit.pairs()), Numbers.grouped(c.originalLength()),
                Integer.toString(crit.criticalDimension())));
        extrapolation.setText(text("diagnostics.extrapolation", crit.criticalDimension() + "/" + d,
                Numbers.grouped(Math.round(crit.extrapolationBound(lambdaB))), Numbers.significant(lambdaB, 4),
                Numbers.grouped(Math.round(crit.extrapolationBound(c.base())))));
        angles.setText(newAngles(table));
        showBounds();
    }

    /** "original RoPE at 16k: 18 pairs rotate past any angle seen in training; PI: 0; base scaling: 17". */
    static String newAngles(MethodTable table) {
        ScalingContext c = table.context();
        ScaledFrequencies original = null; // the table's own when the original is drawn
        for (ScaledFrequencies f : table.results()) {
            if (f.method().equals(DefaultRope.INSTANCE)) {
                original = f;
            }
        }
        if (original == null) {
            original = DefaultRope.INSTANCE.evaluate(c);
        }
        String first = null;
        java.util.List<String> others = new java.util.ArrayList<>();
        for (ScaledFrequencies f : table.results()) {
            int n = NewAngles.count(original, f, c.originalLength(), c.newLength());
            if (first == null) {
                first = text("diagnostics.angles.first", DecayChart.shortName(f.method()),
                        Numbers.contextLength(c.newLength()), n);
            } else {
                others.add(text("diagnostics.angles.other", DecayChart.shortName(f.method()), n));
            }
        }
        if (first == null) {
            return "";
        }
        others.add(0, first);
        return String.join(text("diagnostics.list.separator"), others);
    }

    private void showBounds() {
        DiagnosticsJob.Result r = job.resultProperty().get();
        MethodTable table = methods.tableProperty().get();
        ScalingContext c = table.context();
        boolean current = r != null && r.table() == table;
        bound.setText(boundText(current ? r.forNew() : null, "m", c.newLength(), text("diagnostics.bound.baseScaling"),
                c.rotaryConfig().newBase()));
        boundOriginal.setText(boundText(current ? r.forOriginal() : null, "m_l", c.originalLength(),
                text("diagnostics.bound.originalBase"), c.base()));
    }

    /** "m = 16,384 tokens need b ≥ 2.34e5; base scaling gives λb = 40,890: below it". */
    static String boundText(BaseBound b, String name, long length, String what, double base) {
        String tokens = Numbers.grouped(length);
        if (b == null) {
            return text("diagnostics.bound.computing", name, tokens);
        }
        return switch (b.status()) {
            case EXACT -> text("diagnostics.bound.exact", name, tokens, scientific(b.base()), what,
                    Numbers.significant(base, 4), text(base >= b.base() ? "diagnostics.bound.enough"
                            : "diagnostics.bound.below"));
            case ANY_BASE -> text("diagnostics.bound.anyBase", name, tokens, reason(b));
            case ABOVE_SEARCH, NOT_COMPUTED -> text("diagnostics.bound.notComputed", name, tokens, reason(b));
        };
    }

    /** Why a bound has no number, in the language in use (the math's English is the command line's). */
    static String reason(BaseBound b) {
        return switch (b.status()) {
            case EXACT -> "";
            case ANY_BASE -> text("diagnostics.reason.anyBase");
            case ABOVE_SEARCH -> text("diagnostics.reason.aboveSearch", Numbers.grouped(b.length()));
            case NOT_COMPUTED -> b.dim() > BaseBound.MAX_DIM
                    ? text("diagnostics.reason.dim", Integer.toString(BaseBound.MAX_DIM), Integer.toString(b.dim()))
                    : text("diagnostics.reason.length", Numbers.grouped(BaseBound.MAX_LENGTH), Numbers.grouped(b.length()));
        };
    }

    /** {@code 2.34e5}: three significant digits. */
    static String scientific(double v) {
        String s = String.format(Locale.ROOT, "%.2e", v); // 2.34e+05
        return s.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
    }

    /** The base-bound line for {@code m} (for the calculator and tests). */
    String boundForNewText() {
        return bound.getText();
    }
}
