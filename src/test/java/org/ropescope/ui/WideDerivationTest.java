package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, defect 13: at d = 8192 the derivation's exponents (8190/8192) make it wider, and in the
 * projector's 1280x800 window the explanations beside it disappeared. They stay: the grey notes
 * beside the equations and the shortcut's column to their right, whole.
 */
class WideDerivationTest extends WindowTest {

    private double width;
    private double height;

    @Start
    void start(Stage stage) {
        open(stage);
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** The stage is TestFX's, shared by the tests that follow: back to its size, out of presentation. */
    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> {
            window.settings().presentationProperty().set(false);
            stage.setFullScreen(false);
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void atD8192TheExplanationsBesideTheDerivationStay(boolean presenting, FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage.setMaximized(true); // Monocle's screen: 1280x800
            model.dimProperty().set(8192);
            window.messages().info("Llama 3.1 8B (llama3 scaling): a preset's note, two lines long at this width "
                    + "because it names its source and what the rule does with long wavelengths");
        });
        if (presenting) {
            robot.type(javafx.scene.input.KeyCode.F5);
            WaitForAsyncUtils.waitForFxEvents();
            robot.type(javafx.scene.input.KeyCode.E);
        }
        TexView tex = robot.lookup("#equationTex").queryAs(TexView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == 1280
                && tex.latex() != null && tex.latex().contains("8190"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(800, stage.getScene().getHeight(), 0.5);

        if (!presenting) { // presentation type makes the equations alone fill the strip: its notes give way
            assertTrue(tex.notesShown(), "the grey notes beside the equations are shown");
        }
        Region side = robot.lookup(".equation-side").queryAs(Region.class);
        assertTrue(side.isVisible() && side.getWidth() >= side.minWidth(-1) - 0.5 && side.getWidth() > 150,
                "the shortcut's column keeps its width: " + side.getWidth() + " (at least " + side.minWidth(-1) + ")");
        for (String id : new String[] {"#mismatchValue", "#turnCount"}) {
            Label label = robot.lookup(id).queryAs(Label.class);
            Text shown = (Text) label.lookup(".text");
            assertEquals(label.getText(), shown.getText(), id + " shown whole, not cut short");
            assertTrue(label.localToScene(label.getBoundsInLocal()).getMaxY() <= stage.getScene().getHeight(),
                    id + " inside the window");
        }
    }
}
