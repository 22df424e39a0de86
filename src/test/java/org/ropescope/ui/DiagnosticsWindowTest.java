package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ropescope.testing.PaperSums.decay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.AnglesChart;
import org.ropescope.chart.DecayChart;
import org.ropescope.export.ExportFormat;
import org.ropescope.math.diagnostics.FirstNegative;
import org.ropescope.model.InputsModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Decay and Angles tabs and the side panel's diagnostics, through the real window. */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsWindowTest {

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = RoPEScopeApp.show(stage, new InputsModel());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theSidePanelGivesTheBaseBoundTheCriticalDimensionAndTheNewAngles(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#baseBoundOriginalValue").contains("…"));
        assertEquals("m = 16,384 tokens need b ≥ 2.34e5 (Men et al. 2024); base scaling gives λb = 40,890: below it",
                text(robot, "#baseBoundValue"));
        assertEquals("m_l = 4,096 tokens need b ≥ 2.86e4 (Men et al. 2024); the original b = 10,000: below it",
                text(robot, "#baseBoundOriginalValue"));
        assertEquals("46 of 64 pairs complete a full turn within 4,096 tokens: critical dimension 92",
                text(robot, "#criticalValue"));
        assertTrue(text(robot, "#extrapolationValue").startsWith("extrapolation bound T_extra = 2π·b′^(92/128) = "
                + "12,965 tokens for λb = 40,890"), text(robot, "#extrapolationValue"));
        assertEquals("original RoPE at 16k: 18 pairs rotate past any angle seen in training; PI: 0; base scaling: 17",
                text(robot, "#newAnglesValue"));
        assertTrue(text(robot, "#calcBoundValue").contains("b ≥ 2.34e5 keeps B(Δ) ≥ 0 up to m (Men et al. 2024);"
                + " period matching gives λb = 40,889.9"), text(robot, "#calcBoundValue"));

        robot.interact(() -> window.model().newLengthProperty().set(2_097_152));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#baseBoundValue").contains("not computed"));
        assertEquals("m = 2,097,152 tokens: bound not computed; the base bound is computed exactly for contexts up to"
                + " 1,048,576 tokens; L = 2,097,152 here", text(robot, "#baseBoundValue"));
        assertTrue(text(robot, "#newAnglesValue").startsWith("original RoPE at 2M: 18 pairs"),
                text(robot, "#newAnglesValue"));
    }

    @Test
    void theDecayTabDrawsEachCurveAndMarksWhereItFirstDropsBelowZero(FxRobot robot) throws Exception {
        robot.clickOn("#decayTab");
        DecayChart chart = window.diagnosticsTabs().decayChart();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.firstNegatives() != null);
        assertEquals(3, chart.dataset().getSeriesCount());
        double[] x = new double[chart.dataset().getItemCount(0)];
        for (int k = 0; k < x.length; k++) {
            x[k] = chart.dataset().getXValue(0, k);
        }
        assertEquals(16_384, x[x.length - 1]);
        for (int k : new int[] {0, 1, 50, x.length - 1}) {
            assertEquals(decay(10_000, 128, x[k]), chart.dataset().getYValue(0, k), 1e-12, "original at " + x[k]);
            assertEquals(decay(10_000, 128, x[k] / 4), chart.dataset().getYValue(1, k), 1e-12, "PI at " + x[k]);
        }
        FirstNegative original = chart.firstNegatives().get(0);
        assertEquals(FirstNegative.Status.FOUND, original.status());
        assertEquals(1707, original.distance());
        assertTrue(decay(10_000, 128, 1707) < 0);
        for (int delta = 0; delta < 1707; delta++) {
            assertTrue(decay(10_000, 128, delta) >= 0, "B < 0 before the mark, at " + delta);
        }

        robot.clickOn("#decayLogToggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.isLog());
        assertTrue(window.settings().decayLogProperty().get());
        assertTrue(chart.chart().getXYPlot().getDomainAxis() instanceof LogAxis);
        robot.interact(() -> window.history().undo());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !chart.isLog());
        assertFalse(window.settings().decayLogProperty().get());

        // a session keeps the axis: saved with it on, reopened after switching it off
        Path session = dir.resolve("decay.ropescope");
        robot.interact(() -> {
            window.settings().decayLogProperty().set(true);
            assertTrue(window.saveSession(session));
            window.settings().decayLogProperty().set(false);
            assertTrue(window.openSession(session));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.isLog());
        assertTrue(Files.readString(session).contains("\"decayAxis\" : \"log\""));
    }

    @Test
    void theDecayCurvesFollowChangesOffTheFxThreadAndEndOnTheLast(FxRobot robot) throws Exception {
        robot.clickOn("#decayTab");
        DecayChart chart = window.diagnosticsTabs().decayChart();
        assertEquals(16_384, chart.methods().context().newLength(), "computed at once when brought to the front");
        robot.interact(() -> {
            for (long m : new long[] {20_000, 24_000, 28_000, 32_768}) {
                window.model().newLengthProperty().set(m); // a drag: the curves of the last one win
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.methods().context().newLength() == 32_768);
        WaitForAsyncUtils.waitForFxEvents();
        int last = chart.dataset().getItemCount(0) - 1;
        assertEquals(32_768, chart.dataset().getXValue(0, last));
        for (int k : new int[] {0, 7, last}) {
            double x = chart.dataset().getXValue(0, k);
            assertEquals(decay(10_000, 128, x), chart.dataset().getYValue(0, k), 1e-12, "original at " + x);
            assertEquals(decay(10_000, 128, x / 8), chart.dataset().getYValue(1, k), 1e-12, "PI at " + x + ", s = 8");
        }
    }

    @Test
    void theAnglesTabShowsEachMethodsRatioAndBothTabsExport(FxRobot robot) throws Exception {
        robot.clickOn("#anglesTab");
        AnglesChart chart = window.diagnosticsTabs().anglesChart();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, chart.dataset().getSeriesCount());
        assertEquals(4, chart.dataset().getYValue(0, 63), 1e-12, "original: m / m_l");
        assertEquals(1, chart.dataset().getYValue(1, 30), 1e-12, "PI: the angles of training");
        assertEquals(Math.pow(4, 1 - 2 * 46.0 / 126), chart.dataset().getYValue(2, 46), 1e-12, "base scaling");

        ExportActions exports = window.exportActions();
        robot.interact(() -> window.setDialogs(new FakeDialogs().onSave(q -> Optional.of(dir.resolve(q.proposedName())))));
        Path[] svg = new Path[1];
        robot.interact(() -> svg[0] = exports.export(ExportFormat.SVG).orElseThrow());
        assertTrue(svg[0].getFileName().toString().contains("angles"), svg[0].toString());
        assertTrue(Files.readString(svg[0]).contains("Angles never seen in training"));

        robot.clickOn("#decayTab");
        robot.interact(() -> svg[0] = exports.export(ExportFormat.SVG).orElseThrow());
        assertNotNull(svg[0]);
        assertTrue(Files.readString(svg[0]).contains("Long-term decay"), svg[0].toString());
    }
}
