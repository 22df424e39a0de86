package org.ropescope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Slider;
import org.ropescope.math.RopeConfig;

/**
 * The memory run, in its own JVM started like the app (no heap options): the real window at
 * d = 8192, a long drag of the {@code m} slider (one change every 4 ms, back and forth: a fast 250 Hz mouse;
 * at one change per millisecond the queued events starve the pulse and only a few frames are painted), heap
 * after a full GC before and after it, and the process's peak resident set (VmHWM) at the end.
 * Prints one line {@code dragProbe steps=.. heapStartMB=.. heapEndMB=.. peakRssMB=.. rssStartMB=..}.
 */
public final class DragProbe {

    private DragProbe() {
    }

    public static void main(String[] args) throws Exception {
        int steps = Integer.parseInt(args[0]);
        Fx.start();
        LiveWindow w = Fx.call(() -> new LiveWindow(RopeConfig.DEFAULT.withDim(8192)));
        Slider slider = w.slider("new");
        Fx.run(slider::requestFocus);
        // warm-up: classes loaded, caches and buffers at their working size (600 steps, as the app's own probe)
        drag(w, slider, 600);
        double heapStart = heapAfterGc();
        double rssStart = procStatusMB("VmRSS");
        drag(w, slider, steps);
        double heapEnd = heapAfterGc();
        System.out.printf(java.util.Locale.ROOT,
                "dragProbe steps=%d heapStartMB=%.2f heapEndMB=%.2f peakRssMB=%.1f rssStartMB=%.1f updates=%d frames=%d%n",
                steps, heapStart, heapEnd, procStatusMB("VmHWM"), rssStart, w.chartUpdates.get(), w.framesPainted.get());
        if (Boolean.getBoolean("dragProbe.hold")) { // keep the JVM up for a heap histogram (jcmd)
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(120));
        }
        w.close();
        Platform.exit();
    }

    /** A held mouse button: {@code valueChanging} throughout, so the undo history records one step per drag. */
    private static void drag(LiveWindow w, Slider slider, int steps) throws Exception {
        double lo = 12;
        double hi = Math.log(1e8) / Math.log(2);
        ScheduledExecutorService mouse = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch done = new CountDownLatch(steps);
        Fx.run(() -> slider.setValueChanging(true));
        java.util.concurrent.atomic.AtomicInteger step = new java.util.concurrent.atomic.AtomicInteger();
        try {
            // one task at a fixed rate, as the app's own probe: 10,000 tasks queued at once were promoted
            mouse.scheduleAtFixedRate(() -> {
                int k = step.getAndIncrement();
                if (k >= steps) {
                    return;
                }
                double phase = (k % 400) / 200.0; // 200 steps up, 200 down
                double pos = lo + (hi - lo) * (phase <= 1 ? phase : 2 - phase);
                Platform.runLater(() -> {
                    slider.setValue(pos);
                    done.countDown();
                });
            }, 0, Long.getLong("dragProbe.intervalUs", 4000L), TimeUnit.MICROSECONDS);
            if (!done.await(10L * steps + 60_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("drag not delivered");
            }
            Fx.run(() -> slider.setValueChanging(false)); // the button released
            // one last distinct change, timed to its paint: the drag is over when it is shown
            LiveWindow.Step last = w.change(slider, lo + 0.5);
            if (last != null) {
                w.awaitPaint(last);
            }
        } finally {
            mouse.shutdownNow();
        }
    }

    /**
     * The live heap: the total of a class histogram, which the JVM takes after a full collection
     * (the diagnostic command behind {@code jcmd GC.class_histogram}, called in-process). Two cheaper
     * readings proved unfit: the heap's use just after {@code System.gc()} adds what the FX thread
     * allocates in the next milliseconds (0 to 9 MB), and the pools' usage after their last
     * collection still moved by up to 3 MB between identical states, while the histograms of the
     * same moments agreed within 0.3 MB.
     */
    private static double heapAfterGc() throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        for (String line : histogram.split("\\R")) {
            if (line.startsWith("Total")) { // Total <instances> <bytes>
                String[] f = line.trim().split("\\s+");
                return Long.parseLong(f[2]) / (1024.0 * 1024.0);
            }
        }
        throw new IllegalStateException("no total in the class histogram");
    }

    /** A field of /proc/self/status in MB (Linux), or NaN elsewhere. */
    static double procStatusMB(String field) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
