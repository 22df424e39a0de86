package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.session.LectureStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A saved session keeps lambda = s, the tab, the selected pair and presentation mode (issue 13,
 * defect 10), and a lecture's steps, which Page Down and Page Up walk in presentation mode.
 */
class LectureStepsWindowTest extends WindowTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private String tab() {
        return window.centerTabs().getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void aSessionKeepsTheViewAndOpensItAgain(FxRobot robot) {
        Path file = dir.resolve("lecture.ropescope");
        robot.interact(() -> {
            window.teaching().lambdaEqualsSProperty().set(true);
            window.centerTabs().show(CenterTabs.View.TABLE);
            window.teaching().selectedPairProperty().set(45);
            assertTrue(window.saveSession(file));
            window.teaching().lambdaEqualsSProperty().set(false);
            window.centerTabs().show(CenterTabs.View.PERIODS);
            window.teaching().selectedPairProperty().set(-1);
        });
        robot.interact(() -> assertTrue(window.openSession(file)));
        assertTrue(window.teaching().lambdaEqualsSProperty().get());
        assertEquals("tableTab", tab());
        assertEquals(45, window.teaching().selectedPairProperty().get());
        assertFalse(window.settings().isPresentation());
    }

    @Test
    void pageDownWalksTheStepsInPresentationModeAndTheyAreSaved(FxRobot robot) {
        robot.interact(() -> {
            window.addStep(); // step 1: the defaults
            model.newLengthProperty().set(8192);
            window.teaching().lambdaEqualsSProperty().set(true);
            window.centerTabs().getSelectionModel().select(window.centerTabs().getTabs().stream()
                    .filter(t -> "stretchTab".equals(t.getId())).findFirst().orElseThrow());
            window.addStep(); // step 2: twice as long, lambda = s, the Stretch tab
            window.lectureSteps().rename(1, "twice as long");
            model.newLengthProperty().set(65536);
        });
        List<LectureStep> steps = window.lectureSteps().list();
        assertEquals(List.of("Step 1", "twice as long"), steps.stream().map(LectureStep::name).toList());

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.PAGE_UP); // from the last step shown (2) back to 1
        assertEquals(16384, model.newLengthProperty().get());
        assertFalse(window.teaching().lambdaEqualsSProperty().get());
        assertEquals("periodsTab", tab());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(8192, model.newLengthProperty().get());
        assertTrue(window.teaching().lambdaEqualsSProperty().get());
        assertEquals("stretchTab", tab());
        robot.type(KeyCode.PAGE_DOWN); // no step after the last: nothing changes
        assertEquals(8192, model.newLengthProperty().get());

        Path file = dir.resolve("steps.ropescope");
        robot.interact(() -> {
            assertTrue(window.saveSession(file));
            window.lectureSteps().replaceAll(List.of());
            assertTrue(window.openSession(file));
        });
        assertEquals(steps, window.lectureSteps().list());
    }
}
