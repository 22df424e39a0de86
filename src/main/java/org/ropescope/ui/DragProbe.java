package org.ropescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Slider;

/**
 * The memory measurement of the app as installed (the benchmark's {@code MemoryBench}): with
 * {@code -Dropescope.drag.probe=STEPS} the window, once shown, sets d = 8192 and drags the {@code m} slider back and
 * forth as a fast mouse would (one change every 4 ms, 200 steps up, 200 down, from 4,096 to 100M) for
 * 600 steps to warm up and then for STEPS more, and prints one line
 * {@code ropescope.drag steps=.. rssStartMB=.. peakRssMB=.. frames=..}: the resident set when the
 * measured drag starts and the process's peak (VmHWM) at its end; then it quits. Off by default.
 */
final class DragProbe {

    static final String PROPERTY = "ropescope.drag.probe";
    private static final int WARM_UP = 600;
    private static final long INTERVAL_US = 4000;

    private DragProbe() {
    }

    /** Starts the drag a second after the window is shown, when {@value #PROPERTY} asks for it. */
    static void installIfAsked(MainWindow window, Runnable quit) {
        Integer steps = Integer.getInteger(PROPERTY);
        if (steps == null || steps <= 0) {
            return;
        }
        Slider slider = (Slider) window.lookup("#newSlider");
        AtomicInteger frames = new AtomicInteger();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
            }
        }.start();
        Thread t = new Thread(() -> {
            ScheduledExecutorService mouse = Executors.newSingleThreadScheduledExecutor();
            try {
                TimeUnit.SECONDS.sleep(1);
                Slider dim = (Slider) window.lookup("#dimSlider");
                Platform.runLater(() -> dim.setValue(13)); // log2 of d = 8192, the largest head the benchmark uses
                drag(mouse, slider, WARM_UP);
                double start = statusMb("VmRSS");
                int before = frames.get();
                drag(mouse, slider, steps);
                System.out.printf(Locale.ROOT, "ropescope.drag steps=%d rssStartMB=%.1f peakRssMB=%.1f frames=%d%n",
                        steps, start, statusMb("VmHWM"), frames.get() - before);
                System.out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                System.out.println("ropescope.drag failed: " + e.getMessage());
            } finally {
                mouse.shutdownNow();
                Platform.runLater(quit);
            }
        }, "ropescope-drag-probe");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Moves the slider as a held mouse button does: {@code valueChanging} is true throughout (so the
     * undo history records the drag as one step, not one per value, 500 of them kept), and one task
     * at a fixed rate moves the thumb (ten thousand tasks queued at once lived long enough to be
     * promoted, and were counted as the app's own memory).
     */
    private static void drag(ScheduledExecutorService mouse, Slider slider, int steps) throws InterruptedException {
        double lo = slider.getMin();
        double hi = slider.getMax();
        CountDownLatch done = new CountDownLatch(steps);
        AtomicInteger step = new AtomicInteger();
        Platform.runLater(() -> slider.setValueChanging(true));
        ScheduledFuture<?> moves = mouse.scheduleAtFixedRate(() -> {
            int k = step.getAndIncrement();
            if (k >= steps) {
                return;
            }
            double phase = (k % 400) / 200.0;
            double pos = lo + (hi - lo) * (phase <= 1 ? phase : 2 - phase);
            Platform.runLater(() -> {
                slider.setValue(pos);
                done.countDown();
            });
        }, 0, INTERVAL_US, TimeUnit.MICROSECONDS);
        try {
            done.await();
        } finally {
            moves.cancel(false);
            Platform.runLater(() -> slider.setValueChanging(false));
        }
    }

    private static double statusMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
