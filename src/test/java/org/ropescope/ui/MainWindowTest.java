package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.PeriodDataset;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.testing.Book;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wiring through the real window, headless on Monocle: what a person does and sees. */
class MainWindowTest extends WindowTest {


    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private void typeInto(FxRobot robot, String fieldId, String text) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double chartY(MethodKind curve, int pair) {
        PeriodDataset data = window.periodChart().dataset();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (data.method(s).isBook() && data.method(s).kind() == curve) {
                return data.getYValue(s, pair);
            }
        }
        throw new AssertionError(curve + " not drawn");
    }

    @Test
    void theWindowIsTitledAndLargeEnough() {
        assertEquals("RoPEScope", stage.getTitle());
        assertTrue(stage.getWidth() >= 1000, "width " + stage.getWidth());
        assertTrue(stage.getHeight() >= 700, "height " + stage.getHeight());
    }

    @Test
    void sliderTickLabelsAreShownAtOnceNotFadedIn(FxRobot robot) {
        // the skin's fade-in ran 35 frames after the first one, each a full copy of the window
        for (String id : new String[] {"#baseSlider", "#dimSlider", "#origSlider", "#newSlider"}) {
            javafx.scene.chart.NumberAxis ticks = robot.lookup(id + " .axis").queryAs(javafx.scene.chart.NumberAxis.class);
            assertFalse(ticks.getAnimated(), id + " animates its tick labels");
            assertTrue(ticks.isTickLabelsVisible(), id + " shows no tick labels");
            assertFalse(ticks.getTickMarks().isEmpty(), id + " has no ticks");
        }
    }

    @Test
    void draggingTheNewLengthThumbUpdatesLambdaAndTheChart(FxRobot robot) throws TimeoutException {
        Label lambda = robot.lookup("#lambdaValue").queryAs(Label.class);
        assertEquals("4.088994243", lambda.getText());
        double piAtZero = chartY(MethodKind.LINEAR, 0);

        Node thumb = robot.lookup("#newSlider .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(70, 0).drop();
        waitUntil(() -> chartY(MethodKind.LINEAR, 0) != piAtZero);

        RopeConfig c = model.getConfig();
        assertTrue(c.newLength() > 16384, "m after the drag: " + c.newLength());
        assertEquals(Numbers.significant(c.lambda(), 10), lambda.getText());
        assertEquals(c.scale() * 2 * Math.PI, chartY(MethodKind.LINEAR, 0), 1e-9);
        assertEquals(Book.period(MethodKind.NTK, c, 63), chartY(MethodKind.NTK, 63));
        assertEquals(Numbers.grouped(c.newLength()), robot.lookup("#newField").queryAs(TextField.class).getText());
    }

    @Test
    void typingANewLengthMovesItsSlider(FxRobot robot) throws TimeoutException {
        typeInto(robot, "#newField", "32768");
        assertEquals(32768, model.newLengthProperty().get());
        Slider slider = robot.lookup("#newSlider").queryAs(Slider.class);
        assertEquals(15.0, slider.getValue(), 1e-12); // log2(32768)
        assertEquals("8.268462264", robot.lookup("#lambdaValue").queryAs(Label.class).getText());
        waitUntil(() -> Math.abs(chartY(MethodKind.LINEAR, 0) - 8 * 2 * Math.PI) < 1e-9);
    }

    @Test
    void suffixesAreReadLikeModelCards(FxRobot robot) {
        typeInto(robot, "#newField", "128k");
        assertEquals(131072, model.newLengthProperty().get());
        assertEquals("131,072", robot.lookup("#newField").queryAs(TextField.class).getText());
        typeInto(robot, "#baseField", "5e5");
        assertEquals(500000.0, model.baseProperty().get());
    }

    @Test
    void invalidDimensionIsMarkedAndChangesNothing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double before = chartY(MethodKind.NTK, 40);
        for (String bad : new String[] {"3", "abc"}) {
            typeInto(robot, "#dimField", bad);
            TextField field = robot.lookup("#dimField").queryAs(TextField.class);
            Label error = robot.lookup("#dimError").queryAs(Label.class);
            assertTrue(error.isVisible(), bad);
            assertEquals("d must be an even integer from 4 to 8192, got " + (bad.equals("3") ? "3" : "'abc'"),
                    error.getText());
            assertTrue(field.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));
            assertEquals(128, model.dimProperty().get());
            assertEquals(64, window.periodChart().dataset().getItemCount(0));
            assertEquals(before, chartY(MethodKind.NTK, 40));
        }
        typeInto(robot, "#dimField", "64");
        assertFalse(robot.lookup("#dimError").queryAs(Label.class).isVisible());
        assertEquals(64, model.dimProperty().get());
    }

    @Test
    void newLengthBelowOriginalIsRefusedWithTheReason(FxRobot robot) {
        typeInto(robot, "#newField", "1000");
        assertEquals("m must be at least m_l (4,096); lower m_l first to shorten both",
                robot.lookup("#newError").queryAs(Label.class).getText());
        assertEquals(16384, model.newLengthProperty().get());
    }

    @Test
    void arrowAndPageKeysStepAFocusedSlider(FxRobot robot) {
        Slider dim = robot.lookup("#dimSlider").queryAs(Slider.class);
        robot.interact(dim::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(160, model.dimProperty().get());
        robot.type(KeyCode.LEFT, 2);
        assertEquals(112, model.dimProperty().get());
        assertEquals("112", robot.lookup("#dimField").queryAs(TextField.class).getText());

        Slider next = robot.lookup("#newSlider").queryAs(Slider.class);
        robot.interact(next::requestFocus);
        robot.type(KeyCode.UP);
        assertEquals(32768, model.newLengthProperty().get());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(524288, model.newLengthProperty().get());
        assertEquals(19.0, next.getValue(), 1e-12);
    }

    @Test
    void raisingTheOriginalLengthPastTheNewOneCarriesItAlong(FxRobot robot) throws TimeoutException {
        typeInto(robot, "#origField", "65536");
        assertEquals(65536, model.originalLengthProperty().get());
        assertEquals(65536, model.newLengthProperty().get());
        assertEquals("65,536", robot.lookup("#newField").queryAs(TextField.class).getText());
        assertEquals("1", robot.lookup("#scaleValue").queryAs(Label.class).getText());
        assertEquals("1", robot.lookup("#lambdaValue").queryAs(Label.class).getText());
        waitUntil(() -> chartY(MethodKind.LINEAR, 63) == chartY(MethodKind.DEFAULT, 63));
        assertEquals(chartY(MethodKind.DEFAULT, 63), chartY(MethodKind.NTK, 63));
    }

    @Test
    void everyInputIsReachableWithTab(FxRobot robot) {
        TextField base = robot.lookup("#baseField").queryAs(TextField.class);
        robot.interact(base::requestFocus);
        java.util.Set<String> visited = new java.util.HashSet<>();
        for (int k = 0; k < 12; k++) {
            robot.type(KeyCode.TAB);
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && focused.getId() != null) {
                visited.add(focused.getId());
            }
        }
        assertTrue(visited.containsAll(java.util.List.of("baseSlider", "dimField", "dimSlider", "origField",
                "origSlider", "newField", "newSlider")), visited.toString());
    }
}
