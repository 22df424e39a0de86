package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ropescope.math.scaling.MethodKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Table tab at 1280 x 800 with many series (issue 13, defect 2: every period column showed "6…"
 * and the headers "Position interpolat…" and "… …"; widening the table cut the chart beside it).
 */
class PairTableWidthTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyNumberAndHeaderIsShownWholeAndTheChartKeepsItsRoom(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (MethodKind k : List.of(MethodKind.YARN, MethodKind.LLAMA3, MethodKind.DYNAMIC)) {
                window.methods().drawnProperty(k).set(true);
            }
            window.teaching().lambdaEqualsSProperty().set(true);
            window.centerTabs().show(CenterTabs.View.TABLE);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.centerTabs().pairTable().lookupAll(".table-cell").size() > 20);
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        var nodes = new java.util.ArrayList<>(window.centerTabs().pairTable().lookupAll(".table-cell"));
        nodes.addAll(window.centerTabs().pairTable().lookupAll(".column-header .label"));
        for (var node : nodes) {
            Labeled cell = (Labeled) node;
            if (cell.getText() == null || cell.getText().isEmpty() || !cell.isVisible()) {
                continue;
            }
            Text shown = (Text) cell.lookup(".text");
            assertEquals(cell.getText(), shown.getText(), "drawn whole");
            checked++;
        }
        assertTrue(checked > 100, checked + " cells and headers");

        // the chart beside the table names the methods without their parameters (cut at its edge before)
        List<String> legend = new java.util.ArrayList<>();
        var items = window.periodChart().chart().getXYPlot().getLegendItems();
        for (int k = 0; k < items.getItemCount(); k++) {
            legend.add(items.get(k).getLabel());
        }
        assertTrue(legend.contains("YaRN") && legend.contains("Llama 3"), legend.toString());

        SplitPane split = (SplitPane) window.centerTabs().pairTable().getParent().getParent();
        robot.interact(() -> split.setDividerPositions(0.95)); // as far as the splitter goes
        WaitForAsyncUtils.waitForFxEvents();
        double chartWidth = split.getItems().get(1).getLayoutBounds().getWidth();
        assertTrue(chartWidth >= 420, "the chart beside the table keeps " + chartWidth + " px");
    }

    /**
     * A drag of m at d = 8192 grows every period by digits: the rows on the screen are fitted in the
     * frame of each change (only they are measured then), and every row once the drag is over.
     */
    @Test
    void duringADragTheRowsOnScreenAreWholeAndAfterItEveryRow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.dimProperty().set(8192);
            window.centerTabs().show(CenterTabs.View.TABLE);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.centerTabs().pairTable().lookupAll(".table-cell").size() > 20);
        for (long m : new long[] {65_536, 1_048_576, 67_108_864}) {
            robot.interact(() -> model.newLengthProperty().set(m));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), cut(), "m = " + m + ": cells cut on the screen");
        }
        var table = window.centerTabs().pairTable().table();
        robot.interact(() -> table.scrollTo(table.getItems().size() - 1)); // the longest periods, last pairs
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cut().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            // reported below, with the cells
        }
        assertEquals(List.of(), cut(), "after the drag, at the last pairs");
        assertTrue(table.getItems().get(table.getItems().size() - 1).series().get(1).period() > 1e9,
                "the last pair's PI period has ten digits or more");
    }

    /**
     * The rows stay while only m changes, and each number cell reads its row again: every PI period on
     * the screen is s times the original period (s = m / m_l, theta_i = b^(-2i/d)), also in rows
     * scrolled away during a change and back after it (their cells wait in the flow's pile).
     */
    @Test
    void everyNumberOnTheScreenFollowsMEvenInRowsScrolledAwayAndBack(FxRobot robot) throws Exception {
        robot.interact(() -> window.centerTabs().show(CenterTabs.View.TABLE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> piPeriods().size() > 10);
        var table = window.centerTabs().pairTable().table();
        robot.interact(() -> model.newLengthProperty().set(65_536));
        WaitForAsyncUtils.waitForFxEvents();
        assertPiPeriods(65_536);
        robot.interact(() -> table.scrollTo(63));
        WaitForAsyncUtils.waitForFxEvents();
        assertPiPeriods(65_536);
        robot.interact(() -> model.newLengthProperty().set(1_000_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertPiPeriods(1_000_000);
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(piPeriods().containsKey(0), "the first rows are back on the screen");
        assertPiPeriods(1_000_000);
    }

    private void assertPiPeriods(long m) {
        var shown = piPeriods();
        assertTrue(shown.size() > 10, shown.size() + " PI periods on the screen");
        double s = m / 4096.0; // RopeConfig.DEFAULT: b = 10,000, d = 128, m_l = 4,096
        shown.forEach((pair, text) -> {
            double expected = s * 2 * Math.PI / Math.pow(10_000, -2.0 * pair / 128);
            double read = Double.parseDouble(text.replace(",", ""));
            assertEquals(expected, read, 0.05 + expected * 1e-12, "m = " + m + ", pair " + pair + " shows " + text);
        });
    }

    /** The PI period cells on the screen by pair (their rows' index), as they read. */
    private java.util.Map<Integer, String> piPeriods() {
        java.util.Map<Integer, String> out = new java.util.TreeMap<>();
        for (var node : window.centerTabs().pairTable().lookupAll(".table-cell")) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isVisible()
                    && cell.getTableRow() != null && cell.getTableRow().isVisible() && cell.getText() != null
                    && cell.getTableColumn() != null && cell.getTableColumn().getParentColumn() != null
                    && cell.getTableColumn().getParentColumn().getText().contains("(PI)")
                    && cell.getTableColumn().getParentColumn().getColumns().indexOf(cell.getTableColumn()) == 0) {
                out.put(cell.getTableRow().getIndex(), cell.getText());
            }
        }
        return out;
    }

    /** The texts of the table's cells drawn with an ellipsis ("6…"), as the screen shows them. */
    private List<String> cut() {
        List<String> out = new java.util.ArrayList<>();
        for (var node : window.centerTabs().pairTable().lookupAll(".table-cell")) {
            Labeled cell = (Labeled) node;
            if (cell.getText() != null && !cell.getText().isEmpty() && cell.isVisible()
                    && cell.lookup(".text") instanceof Text shown && !cell.getText().equals(shown.getText())) {
                out.add(cell.getText() + " shown as " + shown.getText());
            }
        }
        return out;
    }
}
