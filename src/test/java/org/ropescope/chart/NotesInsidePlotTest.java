package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.chart.live.LayeredXYPlot;
import org.ropescope.math.RopeConfig;
import org.ropescope.testing.Book;

/**
 * Issue 13, defect 6: "pair 0: base scaling keeps 2π…" was cut by the x axis. The window clips the
 * moving layer to the data area, so a note's letters, descenders included, must lie inside it.
 */
class NotesInsidePlotTest {

    @ParameterizedTest(name = "b={0} {1}->{2} at {3}x{4}")
    @CsvSource({
        "500000, 8192, 131072, 942, 471",
        "10000, 2000, 16384, 942, 471",
        "10000, 2000, 150000, 942, 471",
        "10000, 2000, 16384, 1280, 560",
        "10000, 4096, 16384, 780, 480",
    })
    void everyNoteLiesInsideTheDataArea(double b, long ml, long m, int w, int h) {
        for (ChartTheme theme : new ChartTheme[] {ChartTheme.LIGHT, ChartTheme.PRESENTATION}) {
            PeriodChart chart = new PeriodChart(Book.table(RopeConfig.of(b, 128, ml, m)));
            chart.applyTheme(theme);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.chart().draw(g, new Rectangle2D.Double(0, 0, w, h), info);
            g.dispose();
            Rectangle2D data = info.getPlotInfo().getDataArea();
            List<Rectangle2D> placed = ((LayeredXYPlot) chart.chart().getXYPlot()).labelsPlaced();
            for (Rectangle2D note : placed.subList(2, placed.size())) { // after the two marker labels
                assertTrue(note.getMaxY() <= data.getMaxY() + 0.5, "a note's descenders below the plot: " + note
                        + " in " + data);
                assertTrue(note.getMinX() >= data.getMinX() && note.getMaxX() <= data.getMaxX(), "inside: " + note);
            }
        }
    }
}
