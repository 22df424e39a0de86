package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.fx.ChartViewer;
import org.ropescope.chart.AnglesChart;
import org.ropescope.chart.DecayChart;
import org.ropescope.math.diagnostics.FirstNegative;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.ViewSettings;

/**
 * The Decay and Angles tabs: the long-term decay of every drawn method against distance (linear or
 * log axis, a setting sessions and undo keep), and each pair's largest angle at {@code m} over the
 * largest met in training. Each chart is built when its tab is first shown and redrawn at most once
 * per frame, only while showing; the first distances below zero come from the {@link DiagnosticsJob}.
 */
public final class DiagnosticsTabs {

    private final MethodsModel methods;
    private final ViewSettings settings;
    private final DiagnosticsJob job;
    private final Tab decayTab = new Tab(text("tab.decay"));
    private final Tab anglesTab = new Tab(text("tab.angles"));
    private DecayChart decay;
    private ChartViewer decayViewer;
    private AnglesChart angles;
    private ChartViewer anglesViewer;
    private final PerFrame refresh = new PerFrame(this::refresh);

    DiagnosticsTabs(MethodsModel methods, ViewSettings settings, DiagnosticsJob job) {
        this.methods = methods;
        this.settings = settings;
        this.job = job;
        decayTab.setId("decayTab");
        anglesTab.setId("anglesTab");
        decayTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                decayChart(); // its content now, not a frame later
                catchUpNow = true; // and curves of now, not those of when it was last in front
            }
            refresh.request();
        });
        anglesTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                anglesChart();
            }
            refresh.request();
        });
        ViewScope.listen(methods.tableProperty(), obs -> refresh.request());
        job.resultProperty().addListener((obs, was, now) -> { // only new first negatives change the chart
            if (now != null && now.firsts() != null && (was == null || was.firsts() != now.firsts())) {
                refresh.request();
            }
        });
        ViewScope.listen(settings.decayLogProperty(), obs -> refresh.request());
        ViewScope.listen(settings.themeProperty(), obs -> refresh.request());
        ViewScope.listen(settings.presentationProperty(), obs -> refresh.request());
    }

    /** The background computations the tabs and the side panel share. */
    DiagnosticsJob job() {
        return job;
    }

    /** The two tabs, in order. */
    Tab[] tabs() {
        return new Tab[] {decayTab, anglesTab};
    }

    /** The chart in front if it is one of these, for the export commands; otherwise {@code null}. */
    ExportActions.Shown shown() {
        if (decayTab.isSelected()) {
            return new ExportActions.Shown(decayChart().chart(), "decay", decayViewer);
        }
        if (anglesTab.isSelected()) {
            return new ExportActions.Shown(anglesChart().chart(), "angles", anglesViewer);
        }
        return null;
    }

    /** The decay chart, built on first use. */
    public DecayChart decayChart() {
        if (decay == null) {
            decay = new DecayChart(methods.tableProperty().get(), settings.decayLogProperty().get());
            Appearance.follow(settings.lookProperty(), decay);
            decayViewer = viewer(decay.chart(), "decayChart", text("decay.chart.accessible"));
            CheckBox log = new CheckBox(text("decay.log"));
            log.setId("decayLogToggle");
            log.selectedProperty().bindBidirectional(settings.decayLogProperty());
            Label note = new Label(text("decay.dotsNote"));
            note.getStyleClass().add("readout-note");
            note.setMinWidth(0); // the note gives way, the switch keeps its text
            log.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox bar = new HBox(log, gap, note);
            bar.getStyleClass().add("view-toolbar");
            BorderPane pane = new BorderPane(decayViewer);
            pane.setTop(bar);
            CenterTabs.contentOnFirstShow(decayTab, pane);
            update();
        }
        return decay;
    }

    /** The angles chart, built on first use. */
    public AnglesChart anglesChart() {
        if (angles == null) {
            angles = new AnglesChart(methods.tableProperty().get());
            Appearance.follow(settings.lookProperty(), angles);
            anglesViewer = viewer(angles.chart(), "anglesChart", text("angles.chart.accessible"));
            CenterTabs.contentOnFirstShow(anglesTab, anglesViewer);
            update();
        }
        return angles;
    }

    private static ChartViewer viewer(org.jfree.chart.JFreeChart chart, String id, String text) {
        ChartViewer v = new ImageChartViewer(chart);
        v.setId(id);
        v.getStyleClass().add("chart-viewer");
        v.setAccessibleText(text);
        return v;
    }

    private void refresh() {
        if (decayTab.isSelected()) {
            decayChart();
        }
        if (anglesTab.isSelected()) {
            anglesChart();
        }
        update();
    }

    /**
     * The decay curves, computed off the FX thread while the tab is in front: at d = 8192 they are
     * 26 ms of CPU per change (11 million pair rotations on C1), more than a frame. During a drag the
     * chart keeps the last curves until the newest are ready (a frame or two behind the slider, the
     * latest change only: stale requests are skipped) and shows each set with its own table's markers
     * and numbers, so what is drawn is always one consistent state; when the drag stops it shows the
     * last. Brought to the front, the tab computes its curves at once.
     */
    private final ExecutorService curvesThread = DrawingThread.named("decay-chart"); // gone 5 s after the last change
    private volatile Object curvesAsked; // the latest (table, axis) asked of curvesThread
    private DecayChart.Curves curvesReady; // FX thread: the latest curves curvesThread computed
    private boolean catchUpNow;

    /** Redraws the charts that are showing (a hidden one is brought up to date when shown). */
    private void update() {
        MethodTable table = methods.tableProperty().get();
        if (decay != null && decayTab.isSelected()) {
            DiagnosticsJob.Result r = job.resultProperty().get();
            boolean log = settings.decayLogProperty().get();
            List<FirstNegative> firsts = r != null && r.table() == table ? r.firsts() : null;
            if (decay.shows(table, log) || catchUpNow) {
                decay.update(table, log, firsts); // the same curves, or all of it now
            } else if (curvesReady != null && curvesReady.isFor(table, log)) {
                decay.update(table, log, firsts, curvesReady);
            } else {
                computeCurves(table, log);
            }
            catchUpNow = false;
        }
        if (angles != null && anglesTab.isSelected()) {
            angles.update(table);
        }
    }

    private void computeCurves(MethodTable table, boolean log) {
        List<Object> asked = List.of(table, log);
        Object before = curvesAsked;
        if (before instanceof List<?> b && b.get(0) == table && b.get(1).equals(log)) {
            return; // already on its way
        }
        curvesAsked = asked;
        curvesThread.execute(() -> {
            if (curvesAsked != asked) {
                return; // a newer change is queued behind this one
            }
            try {
                DecayChart.Curves c = DecayChart.curves(table, log);
                Platform.runLater(() -> {
                    curvesReady = c;
                    update();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    throw e; // where the FX thread's own failures go (the crash reporter)
                });
            }
        });
    }
}
