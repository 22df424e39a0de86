package org.ropescope.chart.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.chart.live.LayeredXYPlot;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.ChartTheme;
import org.ropescope.chart.PeriodChart;
import org.ropescope.math.RopeConfig;
import org.ropescope.testing.Book;

class FittingPointerAnnotationTest {

    private static String drawn(ChartTheme theme, int width, int height) {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.of(10000, 128, 4096, 16384)));
        chart.applyTheme(theme);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGElement();
    }

    @Test
    void aTallChartShowsTheNotesInFull() {
        String svg = drawn(ChartTheme.LIGHT, 1600, 1000);
        assertTrue(svg.contains("pair 0: base scaling keeps 2π"), "pair 0's note in full");
        assertTrue(svg.contains("last pair i = 63: base scaling = PI = 217,640.6 tokens (interpolates)"));
    }

    @Test
    void aShortChartMovesTheNotesInsideInFewWords() {
        // presentation mode's type in the 1280x800 window leaves the plot about 270 px high
        String svg = drawn(ChartTheme.PRESENTATION, 780, 480);
        assertFalse(svg.contains("pair 0: base scaling keeps"), "the long note would leave the plot");
        assertTrue(svg.contains("pair 0 keeps 2π"));
        assertTrue(svg.contains("i = 63: base = PI = 217,640.6"));
    }

    @Test
    void withTheShortcutOnAShortChartKeepsEveryNoteClearOfTheOthers() {
        // presentation mode, dark, lambda = s: three notes, the magnifier, two marker labels and the band's
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.of(10000, 128, 4096, 16384)));
        chart.applyTheme(ChartTheme.PRESENTATION_DARK);
        chart.setShortcutShown(true);
        Rectangle2D data = drawnDataArea(chart, 780, 480);
        java.util.List<Rectangle2D> placed = ((LayeredXYPlot) chart.chart().getXYPlot()).labelsPlaced();
        assertEquals(7, placed.size(), "2 marker labels, the band's, the magnifier, 3 notes: " + placed);
        for (int k = 4; k < placed.size(); k++) { // the notes, in the order they were drawn
            Rectangle2D note = placed.get(k);
            for (int j = 0; j < k; j++) {
                assertFalse(note.intersects(placed.get(j)), "note " + k + " " + note + " covers " + placed.get(j));
            }
            assertTrue(note.getMinX() >= data.getMinX() && note.getMaxX() <= data.getMaxX(), "inside: " + note);
        }
    }

    @Test
    void aLabelIsAnchoredAwayFromItsPoint() {
        // the angles the period chart's notes use: pair 0 (down-right), the last pair (up-left), the
        // lambda = s miss (down-left), the last pair of a partial rotation (up-right), level to the left
        assertEquals(TextAnchor.TOP_LEFT, FittingPointerAnnotation.anchorFor(0.55));
        assertEquals(TextAnchor.BOTTOM_RIGHT, FittingPointerAnnotation.anchorFor(-2.6));
        assertEquals(TextAnchor.TOP_RIGHT, FittingPointerAnnotation.anchorFor(2.4));
        assertEquals(TextAnchor.BOTTOM_LEFT, FittingPointerAnnotation.anchorFor(-0.55));
        assertEquals(TextAnchor.CENTER_RIGHT, FittingPointerAnnotation.anchorFor(Math.PI));
    }

    @Test
    void inPresentationModeNoCurveRunsThroughTheNotes() {
        // issue 13, defect 6: "curves run through 'lambda = s: 212,977.0 tokens'" (1280x800, presentation)
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.of(10000, 128, 4096, 16384)));
        chart.applyTheme(ChartTheme.PRESENTATION);
        chart.setShortcutShown(true);
        Rectangle2D data = drawnDataArea(chart, 960, 690);
        org.jfree.chart.plot.XYPlot plot = chart.chart().getXYPlot();
        java.util.List<Rectangle2D> placed = ((LayeredXYPlot) plot).labelsPlaced();
        int notes = 0;
        for (Rectangle2D note : placed.subList(placed.size() - 3, placed.size())) { // drawn last
            notes++;
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                org.jfree.data.xy.XYDataset set = plot.getDataset(d);
                for (int sr = 0; set != null && sr < set.getSeriesCount(); sr++) {
                    for (int i = 1; i < set.getItemCount(sr); i++) {
                        double x0 = plot.getDomainAxis().valueToJava2D(set.getXValue(sr, i - 1), data,
                                org.jfree.chart.ui.RectangleEdge.BOTTOM);
                        double y0 = plot.getRangeAxis().valueToJava2D(set.getYValue(sr, i - 1), data,
                                org.jfree.chart.ui.RectangleEdge.LEFT);
                        double x1 = plot.getDomainAxis().valueToJava2D(set.getXValue(sr, i), data,
                                org.jfree.chart.ui.RectangleEdge.BOTTOM);
                        double y1 = plot.getRangeAxis().valueToJava2D(set.getYValue(sr, i), data,
                                org.jfree.chart.ui.RectangleEdge.LEFT);
                        assertFalse(note.intersectsLine(x0, y0, x1, y1), "series " + set.getSeriesKey(sr)
                                + " runs through the note at " + note + " between pairs " + (i - 1) + " and " + i);
                    }
                }
            }
        }
        assertEquals(3, notes, "pair 0, the last pair and lambda = s");
    }

    /** Draws {@code chart} into a {@code w x h} image, as the window or an export would; its data area. */
    private static Rectangle2D drawnDataArea(PeriodChart chart, int w, int h) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        g.dispose();
        return info.getPlotInfo().getDataArea();
    }
}
