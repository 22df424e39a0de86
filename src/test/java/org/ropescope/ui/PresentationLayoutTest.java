package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode at a projector's 1280 x 800 (issue 13, defect 1 and the presentation layout):
 * the plot takes at least 60 % of the width and 45 % of the height, no two labels on it overlap,
 * and single keys bring back the strip, the derivation and the notes.
 */
class PresentationLayoutTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Rectangle2D plotArea() {
        return window.periodViewer().getRenderingInfo().getPlotInfo().getDataArea();
    }

    private void present(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.teaching().lambdaEqualsSProperty().set(true);
            window.messages().info("Llama 3.1 8B (llama3 scaling): a preset's note");
        });
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == 1280
                && window.periodViewer().getWidth() > 0 && window.periodViewer().getRenderingInfo() != null
                && window.periodViewer().getRenderingInfo().getPlotInfo().getDataArea().getWidth()
                        >= 0.5 * window.periodViewer().getWidth());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePlotTakesTheScreenAndNoLabelsOverlap(FxRobot robot) throws Exception {
        present(robot);
        assertEquals(1280, stage.getScene().getWidth(), 0.5);
        assertEquals(800, stage.getScene().getHeight(), 0.5);
        Rectangle2D plot = plotArea();
        assertTrue(plot.getWidth() >= 0.60 * 1280, "plot width " + plot.getWidth());
        assertTrue(plot.getHeight() >= 0.45 * 800, "plot height " + plot.getHeight());

        List<Rectangle2D> labels = window.periodChart().labelBoxes();
        assertTrue(labels.size() >= 5, "the m_l and m labels, the magnifier and three notes: " + labels);
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                assertFalse(labels.get(a).intersects(labels.get(b)), labels.get(a) + " and " + labels.get(b));
            }
            Rectangle2D l = labels.get(a);
            assertTrue(plot.contains(l) || plot.createIntersection(l).getWidth() >= l.getWidth() - 1,
                    "inside the plot: " + l);
        }
        // the magnifier (drawn after the labels of the two lines and the band) keeps clear of the band's
        // "i ≥ 46" at the foot
        Rectangle2D magnifier = labels.get(3);
        assertTrue(magnifier.getMaxY() <= plot.getMaxY() - 48 * 1.5 + 1, "magnifier " + magnifier + " in " + plot);
        Node strip = robot.lookup("#baseSlider").query();
        assertTrue(strip.isVisible(), "the four inputs stay, in a slim strip");
        assertFalse(robot.lookup(".readout").query().isManaged(), "the readout makes way");
        for (Node n : ((javafx.scene.layout.Pane) robot.lookup(".side-panel").query()).getChildren()) {
            assertEquals(n instanceof ParameterControl, n.isManaged(), "only the four inputs stay: " + n);
        }
        assertFalse(window.centerTabs().isEquationShown(), "the derivation makes way");
        assertTrue(window.messages().isVisible(), "the notes are on at first");
    }

    /**
     * The narrow chart beside the table in presentation mode: the last pair's note was drawn above the
     * plot, under the chart's header (only its arrow showed), and pair 0's over the band's label.
     */
    @Test
    void besideTheTableEveryNoteIsInsideThePlotAndClearOfTheOthers(FxRobot robot) throws Exception {
        present(robot);
        robot.interact(() -> window.centerTabs().show(CenterTabs.View.TABLE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.periodViewer().getRenderingInfo() != null
                && plotArea().getWidth() < 0.4 * 1280 && window.periodChart().labelBoxes().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotesInsideAndClear();
        // m = 4M: the last pair's period (55,721,300.5) is wider than the plot; the note rounds it
        robot.interact(() -> model.newLengthProperty().set(4_194_304));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotesInsideAndClear();
        assertEquals(window.periodChart().chart().getXYPlot().getDomainAxis().getLabel(), "pair index i",
                "the short pair axis label: the full one was cut at the chart's edge");
    }

    private void assertNotesInsideAndClear() {
        Rectangle2D plot = plotArea();
        List<Rectangle2D> labels = window.periodChart().labelBoxes();
        assertTrue(labels.size() >= 5, "the m_l and m labels, the band's, the last pair's and pair 0's: " + labels);
        for (int a = 0; a < labels.size(); a++) {
            Rectangle2D l = labels.get(a);
            for (int b = a + 1; b < labels.size(); b++) {
                assertFalse(l.intersects(labels.get(b)), l + " and " + labels.get(b) + " in " + plot + ": " + labels);
            }
            assertTrue(l.getMinX() >= plot.getMinX() - 0.5 && l.getMaxX() <= plot.getMaxX() + 0.5
                    && l.getMinY() >= plot.getMinY() - l.getHeight() / 3 && l.getMaxY() <= plot.getMaxY() + 0.5,
                    "inside the plot " + plot + ": " + l);
        }
    }

    @Test
    void singleKeysToggleTheStripTheDerivationAndTheNotes(FxRobot robot) throws Exception {
        present(robot);
        robot.clickOn("#periodChart");
        Node side = window.getLeft();
        robot.type(KeyCode.S);
        assertFalse(side.isVisible() || side.isManaged());
        robot.type(KeyCode.S);
        assertTrue(side.isVisible());

        robot.type(KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.centerTabs().isEquationShown(), "E shows the derivation");
        Node equation = window.centerTabs().equation();
        Bounds eq = equation.localToScene(equation.getBoundsInLocal());
        assertTrue(eq.getHeight() > 100, "at a readable height: " + eq);
        robot.type(KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.centerTabs().isEquationShown());

        assertTrue(window.periodChart().isNotesShown());
        robot.type(KeyCode.N);
        assertFalse(window.periodChart().isNotesShown());
        assertFalse(window.messages().isVisible());
        robot.type(KeyCode.N);
        assertTrue(window.periodChart().isNotesShown());
        assertTrue(window.messages().isVisible());

        robot.type(KeyCode.Z);
        assertTrue(window.periodChart().isZoomedToLastPairs());
        var axis = window.periodChart().chart().getXYPlot().getDomainAxis();
        assertEquals(56 - 0.4, axis.getLowerBound(), 1e-9);
        assertEquals(63 + 0.4, axis.getUpperBound(), 1e-9);
        robot.type(KeyCode.Z);
        assertFalse(window.periodChart().isZoomedToLastPairs());

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".readout").query().isManaged(), "leaving puts the side panel back");
        assertTrue(window.centerTabs().isEquationShown());
    }
}
