package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The value beside each slider is read whole: at the largest values the inputs take (b = 10^10,
 * m_l = m = 10^8, d = 8192), every field shows all of its digits, in the window and in presentation
 * mode at a projector's 1280 x 800. A field too narrow cut "23,000,000" to "23,000,00": another number.
 */
class ParameterFieldWidthTest extends WindowTest {

    private static final String[] FIELDS = {"#baseField", "#dimField", "#origField", "#newField"};

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void largest(FxRobot robot) {
        robot.interact(() -> {
            model.baseProperty().set(1e10);
            model.dimProperty().set(8192);
            model.newLengthProperty().set(100_000_000L);
            model.originalLengthProperty().set(100_000_000L);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertWhole(FxRobot robot, String mode) {
        Node viewport = robot.lookup(".side-scroll > .viewport").query();
        for (String id : FIELDS) {
            TextField field = robot.lookup(id).query();
            Text shown = new Text(field.getText());
            shown.setFont(field.getFont());
            double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            assertTrue(shown.getLayoutBounds().getWidth() <= room + 0.5,
                    mode + ": " + id + " shows \"" + field.getText() + "\" (" + shown.getLayoutBounds().getWidth()
                            + " px) in " + room + " px");
            // and the field itself lies inside its card, inside the side panel's visible width
            Node card = field;
            while (!(card instanceof ParameterControl)) {
                card = card.getParent();
            }
            Bounds f = field.localToScene(field.getLayoutBounds());
            Bounds c = card.localToScene(card.getLayoutBounds());
            Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            assertTrue(f.getMaxX() <= c.getMaxX() + 0.5 && f.getMinX() >= c.getMinX() - 0.5,
                    mode + ": " + id + " " + f + " outside its card " + c);
            assertTrue(f.getMaxX() <= view.getMaxX() + 0.5, mode + ": " + id + " " + f + " beyond the panel " + view);
        }
    }

    @Test
    void everyDigitOfTheLargestValuesIsShown(FxRobot robot) {
        largest(robot);
        TextField base = robot.lookup("#baseField").query();
        assertEquals("10,000,000,000", base.getText(), "the base in full, not in short");
        assertWhole(robot, "window");
    }

    @Test
    void everyDigitIsShownInPresentationModeToo(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1280));
        robot.interact(() -> stage.setHeight(800));
        largest(robot);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(robot, "presentation");
    }
}
