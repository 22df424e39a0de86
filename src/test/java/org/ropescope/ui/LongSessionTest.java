package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.PeriodDataset;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.model.MethodsModel;
import org.ropescope.math.RopeConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long session through the real window: random slider moves and typed values (valid and not)
 * on every control. No exception, a flat heap after garbage collection (no listener or chart
 * leaks), and at the end a chart that equals the math for the final inputs.
 *
 * <p>CI runs {@value #DEFAULT_STEPS} changes; the long run is on demand:
 * {@code mvn verify -Dtest=LongSessionTest -Dropescope.soak.steps=100000}. It prints its figures.
 */
class LongSessionTest extends WindowTest {

    static final int DEFAULT_STEPS = 3000;
    private static final String[] TYPED = {"abc", "3", "-5", "1e400", "", "128k", "5e5", "1M", "64", "4096",
        "1,000", "0.5", "NaN", "8192", "16", "100000000", "２５６", "1e-3"};

    private final List<Throwable> uncaught = new ArrayList<>();
    private final List<CheckBox> toggles = new ArrayList<>();
    private final List<TextField> methodFields = new ArrayList<>();
    private static final String[] SHARES = {"1", "0.5", "0.25", "0", "abc", "1e400", "0.3", "2", ""};

    @Start
    void start(Stage stage) {
        open(stage);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    private static long heapAfterGc() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void randomChangesLeaveNoLeakAndAnExactChart(FxRobot robot) throws Exception {
        int steps = Integer.getInteger("ropescope.soak.steps", DEFAULT_STEPS);
        String[] ids = {"base", "dim", "orig", "new"};
        List<Slider> sliders = new ArrayList<>();
        List<TextField> fields = new ArrayList<>();
        for (String id : ids) {
            sliders.add(robot.lookup("#" + id + "Slider").queryAs(Slider.class));
            fields.add(robot.lookup("#" + id + "Field").queryAs(TextField.class));
        }
        for (String id : new String[] {"yarnDrawn", "llama3Drawn", "dynamicDrawn", "linearDrawn"}) {
            toggles.add(robot.lookup("#" + id).queryAs(CheckBox.class));
        }
        methodFields.add(robot.lookup("#rotaryField").queryAs(TextField.class));
        SplittableRandom rnd = new SplittableRandom(42);
        WaitForAsyncUtils.waitForFxEvents();
        long warm = Math.min(steps, 500);
        runBatch(robot, rnd, sliders, fields, (int) warm);
        long before = heapAfterGc();
        long start = System.nanoTime();
        int done = 0;
        while (done < steps) {
            int batch = Math.min(250, steps - done);
            runBatch(robot, rnd, sliders, fields, batch);
            done += batch;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = heapAfterGc();
        System.out.printf("long session: %d changes in %.1f s, heap after GC %.1f MB -> %.1f MB%n",
                steps, seconds, before / 1e6, after / 1e6);

        assertEquals(List.of(), uncaught);
        assertTrue(after - before < 16_000_000L, "heap grew by " + (after - before) / 1e6 + " MB");

        RopeConfig c = model.getConfig();
        ScalingContext ctx = MethodsModel.contextFor(c, window.methods().partialRotaryFactorProperty().get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.periodChart().dataset().methods().context().equals(ctx));
        WaitForAsyncUtils.waitForFxEvents();
        PeriodDataset data = window.periodChart().dataset();
        assertTrue(data.getSeriesCount() > 0);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            ScaledFrequencies expected = data.method(s).evaluate(ctx); // the math, afresh
            assertEquals(ctx.pairs(), data.getItemCount(s));
            for (int i = 0; i < ctx.pairs(); i++) {
                assertEquals(expected.period(i), data.getYValue(s, i), 0.0);
            }
        }
    }

    private void runBatch(FxRobot robot, SplittableRandom rnd, List<Slider> sliders, List<TextField> fields, int n) {
        robot.interact(() -> {
            for (int k = 0; k < n; k++) {
                int which = rnd.nextInt(sliders.size());
                int kind = rnd.nextInt(40);
                if (kind == 0) {
                    toggles.get(rnd.nextInt(toggles.size())).fire();
                } else if (kind == 1) {
                    TextField f = methodFields.get(rnd.nextInt(methodFields.size()));
                    f.setText(SHARES[rnd.nextInt(SHARES.length)]);
                    f.fireEvent(new ActionEvent());
                } else if (rnd.nextInt(4) > 0) {
                    Slider s = sliders.get(which);
                    s.setValue(s.getMin() + rnd.nextDouble() * (s.getMax() - s.getMin()));
                } else {
                    TextField f = fields.get(which);
                    f.setText(TYPED[rnd.nextInt(TYPED.length)]);
                    f.fireEvent(new ActionEvent());
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
