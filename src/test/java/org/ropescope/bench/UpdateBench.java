package org.ropescope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.scene.control.Slider;
import org.ropescope.math.Limits;
import org.ropescope.math.RopeConfig;

/**
 * Update latency through the real window: sweeps of {@code m} and of {@code d} at three head
 * dimensions, each step timed from the slider's value change to the end of the paint of the frame
 * that shows it ({@link LiveWindow}). Reported twice:
 * <ul>
 *   <li><b>change to paint</b>: the whole wait a person sees. It includes the wait for the next
 *       pulse: JavaFX paints on a 60 Hz clock, so a change that arrives at a random moment waits
 *       0 to 16.7 ms (8.3 ms on average) before any code of the app runs.</li>
 *   <li><b>pulse to paint</b>: from the start of the pulse that takes the change to the end of its
 *       paint; the part the app's code decides (recompute, chart update, canvas drawing, layout,
 *       rasterising). The targets (median 5 ms, p95 16 ms) are held against this one.</li>
 * </ul>
 * Between steps the benchmark waits a random 0 to 16 ms (fixed seed) so that changes fall at every
 * phase of the pulse clock, as mouse events do.
 *
 * <p>A second scenario drags fast (one change per millisecond, many per frame) and checks that
 * the app never queues stale updates: at most one chart update per painted frame, and the first
 * frame after the last change already shows the last value.
 */
final class UpdateBench {

    private final int steps;
    private final int warmup;
    private final int[] dims;
    private final Random random = new Random(42);

    UpdateBench(int steps, int warmup, int... dims) {
        this.steps = steps;
        this.warmup = warmup;
        this.dims = dims;
    }

    void run(Report report) throws Exception {
        if (System.getProperty("bench.only") != null) { // diagnosis: -Dbench.only=new|dim|decay, one sweep at the last d
            String only = System.getProperty("bench.only");
            sweep(report, only.equals("decay") || only.endsWith("Tab") ? "new" : only, dims[dims.length - 1],
                    only.equals("decay") ? "decayTab" : only.endsWith("Tab") ? only : null);
            return;
        }
        for (int d : dims) {
            for (String slider : new String[] {"new", "dim"}) {
                sweep(report, slider, d);
            }
        }
        fastDrag(report, dims[dims.length - 1]);
        // the other views in front, each while m is dragged at the largest d: every view is updated
        // in the frame of the change, the Decay tab's curves a few frames later (computed off the FX thread)
        for (String tab : new String[] {"decayTab", "stretchTab", "tableTab", "anglesTab"}) {
            sweep(report, "new", dims[dims.length - 1], tab);
        }
    }

    private static String tabName(String tabId) {
        String name = tabId.replace("Tab", "");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static RopeConfig start(int d) {
        return RopeConfig.DEFAULT.withDim(d);
    }

    /** Slider positions of a back-and-forth sweep: m from m_l to 1e8, d from d/2 to d. */
    private static double[] range(String slider, int d) {
        if (slider.equals("new")) {
            return new double[] {Math.log(4096) / Math.log(2), Math.log(Limits.LENGTH_MAX) / Math.log(2), 0.07};
        }
        double hi = Math.log(Math.min(d, Limits.DIM_MAX)) / Math.log(2);
        return new double[] {hi - 1, hi, 1.0 / 64};
    }

    private void sweep(Report report, String sliderId, int d) throws Exception {
        sweep(report, sliderId, d, null);
    }

    /** A sweep of {@code sliderId} with the tab {@code tabId} in front (null: Periods, as the window opens). */
    private void sweep(Report report, String sliderId, int d, String tabId) throws Exception {
        LiveWindow w = Fx.call(() -> new LiveWindow(start(d)));
        boolean decayTab = "decayTab".equals(tabId);
        try {
            if (decayTab) {
                Fx.run(w::showDecayTab);
            } else if (tabId != null) {
                Fx.run(() -> w.showTab(tabId, w.shownBy(tabId)));
            }
            Slider slider = w.slider(sliderId);
            Fx.run(slider::requestFocus); // as a drag does; a focused text field would blink its caret
            settle(w);
            double[] r = range(sliderId, d);
            List<Double> total = new ArrayList<>();
            List<Double> frame = new ArrayList<>();
            List<Double> fx = new ArrayList<>();
            List<Double> render = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            boolean decimate = !"false".equals(System.getProperty("bench.decimate"));
            Fx.run(() -> w.decimate(decimate));
            double pos = r[0];
            double dir = 1;
            int done = 0;
            int attempts = 0;
            Fx.run(() -> slider.setValueChanging(true)); // held, as in a drag: one undo step for the sweep
            int stillBefore = Fx.call(() -> w.window.periodViewer().stillDraws());
            int movingBefore = Fx.call(() -> w.window.periodViewer().movingDraws());
            while (done < warmup + steps && attempts++ < 20 * (warmup + steps)) {
                pos += dir * r[2];
                if (pos >= r[1] || pos <= r[0]) {
                    dir = -dir;
                    pos = Math.max(r[0], Math.min(r[1], pos));
                }
                LiveWindow.Step s = w.change(slider, pos);
                if (s == null) {
                    continue;
                }
                long end = w.awaitPaint(s);
                if (done++ >= warmup) {
                    total.add(s.latencyMs(end));
                    frame.add((end - s.pulse) / 1e6);
                    fx.add((s.laidOut - s.pulse) / 1e6);
                    render.add((end - s.laidOut) / 1e6);
                    cpu.add(s.cpuMs());
                }
                LockSupport.parkNanos(random.nextInt(16_000_000)); // next change at a random phase of the pulse clock
            }
            String what = (tabId == null ? "" : tabName(tabId) + " tab, ")
                    + (sliderId.equals("new") ? "m sweep" : "d sweep (d/2..d)")
                    + ", d=" + d + ", " + w.seriesDrawn() + " series" + (decimate ? "" : ", every point drawn");
            report.add(Result.of("update", what + ": pulse to paint", Stats.of(frame), "ms").target(5, 16)
                    .note("FX thread " + Report.num(Stats.of(fx).median()) + " + render "
                            + Report.num(Stats.of(render).median()) + " ms (medians)"));
            int still = Fx.call(() -> w.window.periodViewer().stillDraws()) - stillBefore;
            int moving = Fx.call(() -> w.window.periodViewer().movingDraws()) - movingBefore;
            String tab = tabId == null ? "" : tabId.replace("Tab", "") + ".";
            report.check("layers." + tab + sliderId + ".d" + d, "still layer drawn " + still
                    + " times, moving layer " + moving + " times");
            report.add(Result.of("update", what + ": change to paint", Stats.of(total), "ms")
                    .note("includes the wait for the next 60 Hz pulse"));
            report.add(Result.of("update", what + ": CPU per update", Stats.of(cpu), "ms")
                    .note("FX, render and the app's drawing threads' CPU time; unlike wall time, not inflated by other load"));
        } finally {
            w.close();
        }
    }

    /** Waits until the window has painted its first frame (the warm-up steps do the rest). */
    private static void settle(LiveWindow w) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (w.framesPainted.get() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window painted no frame in 30 s");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private void fastDrag(Report report, int d) throws Exception {
        LiveWindow w = Fx.call(() -> new LiveWindow(start(d)));
        ScheduledExecutorService mouse = Executors.newSingleThreadScheduledExecutor();
        try {
            Slider slider = w.slider("new");
            Fx.run(slider::requestFocus);
            settle(w);
            int changes = Math.max(50, steps);
            int updatesBefore = w.chartUpdates.get();
            int framesBefore = w.framesPainted.get();
            double[] r = range("new", d);
            java.util.concurrent.CountDownLatch sent = new java.util.concurrent.CountDownLatch(changes);
            for (int k = 0; k < changes; k++) {
                double pos = r[0] + (r[1] - r[0]) * (k + 1) / (changes + 1.0);
                mouse.schedule(() -> Platform.runLater(() -> {
                    slider.setValue(pos);
                    sent.countDown();
                }), k, TimeUnit.MILLISECONDS); // one change per millisecond: many per frame
            }
            if (!sent.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fast drag: changes not delivered");
            }
            // the last change of the drag, timed: the chart must show it in the first frame after it
            LiveWindow.Step last = w.change(slider, r[0] + 0.5); // back near the start: surely a new value
            long end = w.awaitPaint(last);
            int framesToShowLast = w.framesPainted.get() - last.framesAtChange;
            int updates = w.chartUpdates.get() - updatesBefore;
            int frames = w.framesPainted.get() - framesBefore;
            boolean latestShown = w.chart.methods().context().rotaryConfig().equals(last.expected);
            report.check("fastDrag.d", d);
            report.check("fastDrag.changes", changes);
            report.check("fastDrag.chartUpdates", updates);
            report.check("fastDrag.framesPainted", frames);
            report.check("fastDrag.atMostOneUpdatePerFrame", updates <= frames + 1);
            report.check("fastDrag.chartShowsLastValue", latestShown);
            report.check("fastDrag.framesFromLastChangeToItsPaint", framesToShowLast);
            report.check("fastDrag.lastChangeToPaintMs", last.latencyMs(end));
        } finally {
            mouse.shutdownNow();
            w.close();
        }
    }
}
