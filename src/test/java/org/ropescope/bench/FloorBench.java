package org.ropescope.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor under every update figure: a window of the app's size holding one label, whose text
 * changes the way a drag changes a value, timed exactly as {@link UpdateBench} times the app (pulse
 * start to the end of the paint). What this costs, JavaFX spends on any frame in this set-up (the
 * pulse, synchronising the scene, copying the whole frame out of the software renderer); the app's
 * own share of an update is its figure minus this one.
 */
final class FloorBench {

    private final int steps;
    private final Random random = new Random(7);

    FloorBench(int steps) {
        this.steps = steps;
    }

    void run(Report report) throws Exception {
        AtomicReference<CompletableFuture<Long>> pending = new AtomicReference<>();
        long[] pulse = new long[1];
        AnimationTimer clock = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse[0] = now;
            }
        };
        Label label = new Label("0");
        Stage stage = Fx.call(() -> {
            Stage s = new Stage();
            Scene scene = new Scene(new StackPane(label), 1280, 800);
            s.setScene(scene);
            s.show();
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                CompletableFuture<Long> f = pending.getAndSet(null);
                if (f != null) {
                    f.complete(System.nanoTime());
                }
            });
            clock.start();
            return s;
        });
        try {
            List<Double> frame = new ArrayList<>();
            for (int k = 0; k < steps + 30; k++) {
                CompletableFuture<Long> painted = new CompletableFuture<>();
                long[] start = new long[1];
                String text = Integer.toString(k + 1);
                Fx.run(() -> {
                    label.setText(text);
                    pending.set(painted);
                });
                long end = painted.get(30, TimeUnit.SECONDS);
                start[0] = Fx.call(() -> pulse[0]);
                if (k >= 30 && end > start[0]) {
                    frame.add((end - start[0]) / 1e6);
                }
                LockSupport.parkNanos(random.nextInt(16_000_000));
            }
            report.add(Result.of("update", "floor: one label in an empty 1280x800 window: pulse to paint",
                    Stats.of(frame), "ms").note("what any frame costs here; the app's share is its figure minus this"));
        } finally {
            Fx.run(() -> {
                clock.stop();
                stage.close();
            });
        }
    }
}
