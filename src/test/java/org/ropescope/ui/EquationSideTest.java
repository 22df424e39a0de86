package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explanations beside the derivation (issue 13, defect 13): they stay in view at d = 8192, and at
 * s = 1 they do not claim that nothing is stretched while a method with its own factor still is.
 */
class EquationSideTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void atD8192TheExplanationsStayBesideTheDerivation(FxRobot robot) {
        robot.interact(() -> {
            model.dimProperty().set(8192);
            model.baseProperty().set(1e10); // the longest numbers the derivation writes
            window.teaching().lambdaEqualsSProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.centerTabs().equation().layout());
        WaitForAsyncUtils.waitForFxEvents();
        Label turns = robot.lookup("#turnCount").queryAs(Label.class);
        EquationPane pane = window.centerTabs().equation();
        Bounds b = turns.localToScene(turns.getBoundsInLocal());
        Bounds p = pane.localToScene(pane.getBoundsInLocal());
        assertTrue(b.getWidth() >= 150 && b.getMaxX() <= p.getMaxX() + 1, "the count at " + b + " in " + p);
        assertTrue(turns.getText().endsWith("pairs complete a full turn within 4,096 tokens."), turns.getText());
    }

    @Test
    void atSEqualsOneAMethodWithItsOwnFactorIsNamed(FxRobot robot) {
        robot.interact(() -> window.configJsonActions().applyPreset(window.configJsonActions().presets().stream()
                .filter(x -> x.id().equals("qwen2.5-7b-yarn")).findFirst().orElseThrow()));
        robot.interact(() -> model.newLengthProperty().set(model.originalLengthProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("At m = m_l (s = 1) the shortcut and the rule agree: PI and base scaling stretch nothing; "
                + "YaRN keeps its own factor 4.", robot.lookup("#mismatchValue").queryAs(Label.class).getText());
        robot.interact(() -> window.methods().drawnProperty(org.ropescope.math.scaling.MethodKind.YARN).set(false));
        assertEquals("At m = m_l (s = 1) the shortcut and the rule agree: PI and base scaling stretch nothing.",
                robot.lookup("#mismatchValue").queryAs(Label.class).getText());
    }
}
