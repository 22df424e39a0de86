package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ropescope.chart.ShortcutDataset;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.model.InputsModel;
import org.ropescope.testing.Book;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The teaching views through the real window, headless: what a student sees and does. */
@ExtendWith(ApplicationExtension.class)
class TeachingViewsTest {

    private MainWindow window;
    private CenterTabs tabs;

    @Start
    void start(Stage stage) {
        window = RoPEScopeApp.show(stage, new InputsModel());
        tabs = window.centerTabs();
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

    /** The screen point of pair {@code i} on the period chart (middle height of the plot). */
    private Point2D chartPoint(int pair) {
        ChartViewer viewer = tabs.periods().node().viewer();
        Rectangle2D area = viewer.getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = window.periodChart().chart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(pair, area, plot.getDomainAxisEdge());
        return viewer.localToScreen(x, area.getCenterY());
    }

    @Test
    void theEquationShowsTheCurrentNumbersAndFollowsADrag(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        String tex = tabs.equation().latex();
        assertTrue(tex.contains("\\left(\\frac{16{,}384}{4{,}096}\\right)^{128/126} = 4.088994243"), tex);

        typeInto(robot, "#newField", "32768");
        waitUntil(() -> tabs.equation().latex().contains("\\frac{32{,}768}{4{,}096}"));
        assertTrue(tabs.equation().latex().contains("= 8.268462264"), tabs.equation().latex());

        String before = tabs.equation().latex();
        Node thumb = robot.lookup("#origSlider .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(-40, 0).drop();
        waitUntil(() -> !tabs.equation().latex().equals(before));
        long ml = window.model().originalLengthProperty().get();
        assertTrue(ml < 4096, "m_l after the drag: " + ml);
        assertTrue(tabs.equation().latex().contains("}{" + org.ropescope.format.Numbers.grouped(ml).replace(",", "{,}")
                + "}\\right)"), tabs.equation().latex());
    }

    @Test
    void theShortcutSwitchShowsTheMismatchInTheEquationTheLabelAndTheChart(FxRobot robot) throws TimeoutException {
        typeInto(robot, "#newField", "32768");
        robot.clickOn("#lambdaEqualsS");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.teaching().lambdaEqualsSProperty().get());
        waitUntil(() -> tabs.equation().latex().contains("s^{-2/d} - 1 = -3.20\\,\\%"));
        assertEquals("With λ = s the last pair misses PI by \u22123.20 %.",
                robot.lookup("#mismatchValue").queryAs(Label.class).getText());
        XYPlot plot = window.periodChart().chart().getXYPlot();
        assertNotNull(plot.getDataset(1));
        assertEquals(ShortcutDataset.label(), plot.getDataset(1).getSeriesKey(0));
        assertEquals(421365.59717577626, plot.getDataset(1).getYValue(0, 63), 1e-6);

        robot.clickOn("#lambdaEqualsS");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, plot.getDataset(1));
        waitUntil(() -> tabs.equation().latex().contains("\\lambda & = & \\left(\\frac{m}{m_l}\\right)"));
    }

    @Test
    void withoutAStretchTheShortcutChangesNothing(FxRobot robot) {
        typeInto(robot, "#newField", "4096");
        assertEquals("At m = m_l (s = 1) the shortcut and the rule agree: PI and base scaling stretch nothing.",
                robot.lookup("#mismatchValue").queryAs(Label.class).getText());
    }

    @Test
    void theTurnCountIsWrittenOut(FxRobot robot) {
        assertEquals("46 of 64 pairs complete a full turn within 4,096 tokens.",
                robot.lookup("#turnCount").queryAs(Label.class).getText());
        typeInto(robot, "#origField", "2048");
        assertEquals("41 of 64 pairs complete a full turn within 2,048 tokens.",
                robot.lookup("#turnCount").queryAs(Label.class).getText());
    }

    @Test
    void hoveringThePeriodChartReadsEverySeriesAtThatPair(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(chartPoint(63));
        waitUntil(() -> tabs.periods().node().isShowing());
        String text = tabs.periods().node().text();
        assertTrue(text.startsWith("pair i = 63"), text);
        assertTrue(text.contains("Original RoPE  54,410.1 tokens"), text);
        assertTrue(text.contains("Position interpolation (PI)  217,640.6 tokens  ×4"), text);
        assertTrue(text.contains("Base scaling (λ·b)  217,640.6 tokens  ×4"), text);
    }

    @Test
    void aRowSelectedInTheTableHighlightsItsPointAndAClickOnTheChartSelectsTheRow(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#tableTab");
        WaitForAsyncUtils.waitForFxEvents();
        var table = tabs.pairTable().table();
        // the chart moved beside the table
        assertTrue(robot.lookup("#periodChart").query().isVisible());

        Node row10 = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getIndex() == 10
                && r.getItem() != null).query();
        robot.clickOn(row10);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, table.getSelectionModel().getSelectedItem().pair());
        assertEquals(10, window.teaching().selectedPairProperty().get());
        assertEquals(10, window.periodChart().highlightedPair());

        robot.clickOn(chartPoint(37));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(37, window.periodChart().highlightedPair());
        assertEquals(37, table.getSelectionModel().getSelectedItem().pair());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) {
        robot.clickOn("#tableTab");
        WaitForAsyncUtils.waitForFxEvents();
        var table = tabs.pairTable().table();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, 3); // pairs 0, 1, 2
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        assertNotNull(text[0], "nothing on the clipboard");
        String[] copied = text[0].split("\n");
        assertEquals(4, copied.length, String.join("|", copied));
        assertTrue(copied[0].startsWith("i\ttheta\tOriginal RoPE period\t"), copied[0]);
        assertEquals("0", copied[1].split("\t")[0]);
        assertEquals(2 * Math.PI, Double.parseDouble(copied[1].split("\t")[2]));
        assertEquals("2", copied[3].split("\t")[0]);
    }

    @Test
    void sortingTheTableKeepsTheSelectionOnThePair(FxRobot robot) {
        robot.clickOn("#tableTab");
        WaitForAsyncUtils.waitForFxEvents();
        var table = tabs.pairTable().table();
        robot.interact(() -> window.teaching().selectedPairProperty().set(5));
        robot.interact(() -> {
            var col = table.getColumns().get(0);
            col.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(col));
        });
        assertEquals(63, table.getItems().get(0).pair());
        assertEquals(5, table.getSelectionModel().getSelectedItem().pair());
        assertEquals(5, window.periodChart().highlightedPair());
    }

    @Test
    void hoveringTheRotationViewReadsThePositionPairAndEachMethodsCosine(FxRobot robot) throws TimeoutException {
        robot.clickOn("#rotationTab");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#rotationChart").queryAs(ChartViewer.class);
        waitUntil(() -> viewer.getRenderingInfo() != null
                && viewer.getRenderingInfo().getPlotInfo().getSubplotCount() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D area = viewer.getRenderingInfo().getPlotInfo().getSubplotInfo(1).getDataArea(); // base scaling
        var chart = tabs.rotation().chart();
        XYPlot bottom = (XYPlot) chart.plot().getSubplots().get(1);
        double x = bottom.getDomainAxis().valueToJava2D(8000, area, bottom.getDomainAxisEdge());
        double y = bottom.getRangeAxis().valueToJava2D(50, area, bottom.getRangeAxisEdge());
        robot.moveTo(viewer.localToScreen(x, y));
        HoverCard card = (HoverCard) viewer.getParent();
        waitUntil(card::isShowing);
        String text = card.text();
        // the robot lands on a whole screen pixel: read the position the card names, ~20 tokens a pixel
        var m = java.util.regex.Pattern.compile("^position p = ([0-9,]+)    pair i = 50 ").matcher(text);
        assertTrue(m.find(), text);
        long p = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(Math.abs(p - 8000) <= 45, "position under the mouse: " + p);
        double period = Book.period(MethodKind.NTK, window.model().getConfig(), 50);
        String cos = String.format(java.util.Locale.ROOT, "%+.3f", Math.cos(p * 2 * Math.PI / period));
        String expected = "Base scaling (λ·b)  cos = " + cos + "  " + org.ropescope.format.Numbers.tokens(period)
                + " tokens per turn";
        assertTrue(text.contains(expected), text + "\nexpected: " + expected);
    }

    @Test
    void theRotationViewDrawsBothHeatmapsAndFollowsTheInputs(FxRobot robot) throws TimeoutException {
        robot.clickOn("#rotationTab");
        WaitForAsyncUtils.waitForFxEvents();
        var rotation = tabs.rotation().chart();
        assertEquals(2, rotation.plot().getSubplots().size());
        typeInto(robot, "#dimField", "64");
        waitUntil(() -> rotation.context().headPairs() == 32);
        robot.interact(() -> tabs.rotation().modeProperty().set(org.ropescope.chart.RotationChart.Mode.ORIGINAL));
        waitUntil(() -> rotation.plot().getSubplots().size() == 1);
        assertFalse(robot.lookup("#rotationChart").queryAs(ChartViewer.class).getRenderingInfo() == null);
        assertNotEquals(0, robot.lookup("#rotationMethod").queryAll().size());
    }
}
