package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a tab that does not show it, the period chart is not redrawn while the inputs change; it shows
 * the latest values as soon as its tab is back in front.
 */
class HiddenPeriodChartTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void select(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#centerTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDecayTabDoesNotRedrawThePeriodChartWhichCatchesUpWhenShown(FxRobot robot) {
        select(robot, "decayTab");
        int before = window.periodViewer().movingDraws();
        RopeConfig moved = model.getConfig().withLengths(4096, 65_536);
        robot.interact(() -> model.apply(moved));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.periodViewer().movingDraws(), "hidden: not redrawn");

        select(robot, "periodsTab");
        assertTrue(window.periodViewer().movingDraws() > before, "redrawn once in front");
        assertEquals(moved, window.periodChart().methods().context().rotaryConfig());
    }

    @Test
    void theEquationIsTypesetWhenItsTabIsBackInFront(FxRobot robot) {
        select(robot, "decayTab");
        String before = window.centerTabs().equation().latex();
        RopeConfig moved = model.getConfig().withLengths(4096, 65_536);
        robot.interact(() -> model.apply(moved));
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, "periodsTab");
        String now = window.centerTabs().equation().latex();
        assertTrue(!now.equals(before) && now.contains("65{,}536"), now);
    }

    @Test
    void theTableTabShowsThePeriodChartSoItFollows(FxRobot robot) {
        select(robot, "tableTab");
        int before = window.periodViewer().movingDraws();
        robot.interact(() -> model.apply(model.getConfig().withLengths(4096, 32_768)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.periodViewer().movingDraws() > before, "beside the table it follows the inputs");
    }
}
