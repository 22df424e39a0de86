package org.ropescope.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.ropescope.chart.DecimatingLineRenderer;
import org.ropescope.chart.PeriodChart;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.model.InputsModel;
import org.ropescope.ui.MainWindow;
import org.ropescope.ui.RoPEScopeApp;

/**
 * The real explorer window, instrumented to time one slider change from the moment its value
 * changes to the end of the paint of the frame that shows it.
 *
 * <p>How the end of the paint is detected. A JavaFX pulse runs on the FX thread: animation timers
 * (MainWindow's coalescing {@code AnimationTimer} takes the latest period table and updates the
 * chart; the chart viewer's canvas records the drawing), then CSS and layout, then the scene is
 * synchronised and handed to the render thread, which rasterises and presents the frame. A
 * post-layout pulse listener or a snapshot would stop the clock before (or beside) the real paint.
 * Instead the clock stops in the scene's {@link PerformanceTracker} "rendered frame" task, which
 * JavaFX's {@code PaintCollector} calls on the render thread once the frame has been painted and
 * presented. A post-layout pulse listener only marks which pulse carried the change (the chart's
 * table now has the expected configuration), so the next "rendered" callback is that frame's.
 * JavaFX waits for the previous frame's render before it synchronises a new one, and the benchmark
 * changes a value only when the scene is idle (the slider has the focus: no caret blinks), so no
 * earlier frame can finish in between.
 */
final class LiveWindow {

    /** One timed change. Times are {@link System#nanoTime()}. */
    static final class Step {
        RopeConfig expected;
        long changed;
        volatile long pulse;
        volatile long laidOut;
        volatile boolean armed;
        int framesAtChange;
        long cpuAtChange;
        volatile long cpuAtPaint;
        long[] helpers = new long[0]; // the app's drawing threads alive at the change

        /** CPU time the FX and render threads spent from the change to the end of the paint. */
        double cpuMs() {
            return (cpuAtPaint - cpuAtChange) / 1e6;
        }
        final CompletableFuture<Long> painted = new CompletableFuture<>();

        double latencyMs(long end) {
            return (end - changed) / 1e6;
        }
    }

    final Stage stage;
    final InputsModel model;
    final MainWindow window;
    final Scene scene;
    final PeriodChart chart;
    final AtomicInteger framesPainted = new AtomicInteger();
    final AtomicInteger chartUpdates = new AtomicInteger();
    private final AtomicReference<Step> pending = new AtomicReference<>();
    private volatile long lastPulse;
    /** What the chart being timed shows now; the period chart's unless {@link #showDecayTab} was called. */
    private java.util.function.Supplier<RopeConfig> shown;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThread = Thread.currentThread().getId();
    private volatile long renderThread = -1;
    private final AnimationTimer pulseClock = new AnimationTimer() {
        @Override
        public void handle(long now) {
            lastPulse = now; // every timer of one pulse gets the same `now`, taken as the pulse starts
        }
    };

    /** Opens the window on {@code config}; call on the FX thread. */
    LiveWindow(RopeConfig config) {
        stage = new Stage();
        model = new InputsModel(config);
        window = RoPEScopeApp.show(stage, model);
        scene = stage.getScene();
        chart = window.periodChart();
        chart.dataset().addChangeListener(e -> chartUpdates.incrementAndGet());
        shown = () -> chart.methods().context().rotaryConfig();
        scene.addPostLayoutPulseListener(() -> {
            Step s = pending.get();
            if (s != null && !s.armed && shown.get().equals(s.expected)) {
                s.pulse = lastPulse;
                s.laidOut = System.nanoTime();
                s.armed = true;
            }
        });
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            framesPainted.incrementAndGet();
            renderThread = Thread.currentThread().getId();
            Step s = pending.get();
            if (s != null && s.armed && pending.compareAndSet(s, null)) {
                s.cpuAtPaint = cpuNanos(s);
                s.painted.complete(System.nanoTime());
            }
        });
        pulseClock.start();
        if (!System.getProperty("bench.css", "").isBlank()) { // diagnosis: an extra stylesheet
            scene.getStylesheets().add(java.nio.file.Path.of(System.getProperty("bench.css")).toUri().toString());
        }
        // diagnosis: -Dbench.hide=#equationTex,#movingLayer measures the window without those nodes
        for (String id : System.getProperty("bench.hide", "").split(",")) {
            if (!id.isBlank() && scene.lookup(id.strip()) != null) {
                scene.lookup(id.strip()).setVisible(false);
            }
        }
        // every series the app offers: the three curves, the dashed "lambda = s" shortcut and every
        // scaling method the window can draw (a method that cannot be drawn here says so and is skipped)
        if (!"false".equals(System.getProperty("bench.shortcut"))
                && scene.lookup("#lambdaEqualsS") instanceof javafx.scene.control.CheckBox shortcut) {
            shortcut.setSelected(true);
        }
        for (MethodKind k : MethodKind.values()) {
            if (scene.lookup("#" + k.id() + "Drawn") instanceof javafx.scene.control.CheckBox drawn && !drawn.isDisabled()) {
                drawn.setSelected(true);
            }
        }
    }

    /** Brings the Decay tab to the front and times its chart from now on; call on the FX thread. */
    void showDecayTab() {
        org.ropescope.chart.DecayChart decay = window.diagnosticsTabs().decayChart();
        showTab("decayTab", () -> decay.methods().context().rotaryConfig());
    }

    /**
     * Brings the tab {@code tabId} to the front; a step then counts as shown when {@code shownNow}
     * (read on the FX thread at each painted frame) gives its inputs.
     */
    void showTab(String tabId, java.util.function.Supplier<RopeConfig> shownNow) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) scene.lookup("#centerTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId()))
                .findFirst().orElseThrow());
        shown = shownNow;
    }

    /** The tabs a sweep can be timed with in front, besides Periods and Decay, and what each shows. */
    java.util.function.Supplier<RopeConfig> shownBy(String tabId) {
        return switch (tabId) {
            case "stretchTab" -> () -> window.stretchChart().methods().context().rotaryConfig();
            case "anglesTab" -> () -> window.diagnosticsTabs().anglesChart().methods().context().rotaryConfig();
            case "tableTab" -> () -> chart.methods().context().rotaryConfig(); // the period chart beside the table
            default -> throw new IllegalArgumentException("no timed view for tab " + tabId);
        };
    }

    /** How many series the period chart draws now, over all its datasets. */
    int seriesDrawn() {
        var plot = chart.chart().getXYPlot();
        int n = 0;
        for (int k = 0; k < plot.getDatasetCount(); k++) {
            n += plot.getDataset(k) == null ? 0 : plot.getDataset(k).getSeriesCount();
        }
        return n;
    }

    /** CPU time of the FX thread plus the render thread so far (robust to other load on the machine). */
    private long cpuNanos(Step s) {
        long render = renderThread < 0 ? 0 : threads.getThreadCpuTime(renderThread);
        long helpers = 0;
        for (long id : s.helpers) {
            helpers += Math.max(0, threads.getThreadCpuTime(id));
        }
        return threads.getThreadCpuTime(fxThread) + Math.max(0, render) + helpers;
    }

    /**
     * The threads the app draws on beside the FX thread ({@code chart-layer}: the period chart's data
     * area; {@code decay-chart}: the Decay tab's curves), so their CPU counts in the update's too.
     */
    private static long[] helperThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("chart-layer") || t.getName().equals("decay-chart"))
                .mapToLong(Thread::getId).toArray();
    }

    /** Draw every point of every series (false), or only those that show (true, the app's way). */
    void decimate(boolean on) {
        if (chart.chart().getXYPlot().getRenderer() instanceof DecimatingLineRenderer r) {
            r.setDecimating(on);
        }
    }

    Slider slider(String id) {
        return (Slider) scene.lookup("#" + id + "Slider");
    }

    /**
     * Moves {@code slider} to {@code position} (on the FX thread) and returns the timed step, or
     * {@code null} when the model did not change (a snapped value equal to the current one).
     */
    Step change(Slider slider, double position) throws Exception {
        Step s = new Step();
        s.helpers = helperThreads(); // before the clock starts: this walks every thread
        boolean changed = Fx.call(() -> {
            RopeConfig before = model.getConfig();
            s.framesAtChange = framesPainted.get();
            s.cpuAtChange = cpuNanos(s);
            s.changed = System.nanoTime();
            slider.setValue(position);
            s.expected = model.getConfig();
            if (s.expected.equals(before)) {
                return false;
            }
            pending.set(s);
            return true;
        });
        return changed ? s : null;
    }

    /** Waits for the frame that shows {@code s}; returns the end of its paint. */
    long awaitPaint(Step s) throws Exception {
        return s.painted.get(30, TimeUnit.SECONDS);
    }

    void close() throws Exception {
        Fx.run(() -> {
            pulseClock.stop();
            PerformanceTracker.releaseSceneTracker(scene);
            stage.close();
        });
    }
}
