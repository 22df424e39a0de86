package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Ratio tab follows the inputs and the lambda = s switch, and its chart is the one exported. */
class RatioTabTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theRatioTabFollowsTheInputsAndTheShortcut(FxRobot robot) throws Exception {
        robot.clickOn("Ratio");
        var chart = window.ratioChart();
        assertEquals(0.25, chart.dataset().getYValue(0, 0), 1e-15);
        robot.interact(() -> model.newLengthProperty().set(32768)); // s = 8
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(chart.dataset().getYValue(0, 0) - 0.125) < 1e-15);
        assertEquals(1.0, chart.dataset().getYValue(0, 63), 1e-12);
        robot.interact(() -> window.teaching().lambdaEqualsSProperty().set(true));
        assertEquals(2, chart.dataset().getSeriesCount());
        assertEquals("ratio", window.exportActions().shownName());
    }
}
