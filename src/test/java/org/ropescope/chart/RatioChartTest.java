package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;

/** The period-matching ratio, pair by pair, against the two periods written from the book's formulas. */
class RatioChartTest {

    /** Base scaling's period over PI's, from T'_i = 2 pi (lambda b)^(2i/d) and T_i^PI = s 2 pi b^(2i/d). */
    private static double reference(double b, int d, double s, int i) {
        double lambda = Math.pow(s, d / (d - 2.0));
        double baseScaled = 2 * Math.PI * Math.pow(lambda * b, 2.0 * i / d);
        double pi = s * 2 * Math.PI * Math.pow(b, 2.0 * i / d);
        return baseScaled / pi;
    }

    @Test
    void theRatioRisesFromOneOverSToExactlyOneAtTheLastPair() {
        for (RopeConfig c : List.of(RopeConfig.DEFAULT, RopeConfig.of(500000, 64, 8192, 131072),
                RopeConfig.of(10000, 8192, 2000, 150000))) {
            RatioChart chart = new RatioChart(c);
            var data = chart.dataset();
            int last = c.lastPair();
            assertEquals(c.pairs(), data.getItemCount(0));
            assertEquals(1 / c.scale(), data.getYValue(0, 0), 1e-15);
            assertEquals(1.0, data.getYValue(0, last), 1e-12, "the rule: the last pair matches PI");
            for (int i : new int[] {1, last / 3, last / 2, last - 1}) {
                assertEquals(reference(c.base(), c.dim(), c.scale(), i), data.getYValue(0, i), 1e-12 * 1,
                        "pair " + i + " at " + c);
            }
        }
    }

    @Test
    void theFormulaAndEachPairsStretchAreWrittenOnTheChart() {
        RatioChart chart = new RatioChart(RopeConfig.DEFAULT);
        List<String> notes = new ArrayList<>();
        chart.chart().getXYPlot().getAnnotations().forEach(a -> notes.add(((XYTextAnnotation) a).getText().strip()));
        assertTrue(notes.contains("T′ᵢ = 2π(λb)^(2i/d),  λ = s^(d/(d−2)) = 4.08899"), notes.toString());
        // s^(2i/(d-2)) at pairs 0, 31 and 63: 1, 4^(62/126) = 1.978, 4
        assertTrue(notes.contains("pair 0: ×1") && notes.contains("pair 31: ×1.978") && notes.contains("pair 63: ×4"),
                notes.toString());
        chart.setShortcutShown(true);
        assertEquals(2, chart.dataset().getSeriesCount());
        assertEquals(Math.pow(4, 126.0 / 128) / 4, chart.dataset().getYValue(1, 63), 1e-12);
        BufferedImage img = chart.chart().createBufferedImage(1000, 600);
        assertEquals(1000, img.getWidth());
    }

    /**
     * The pairs' notes lay on the rising curve (their text above and right of their pair, where the
     * curve goes): drawn at a window's size, no note's box is crossed by the curve, at s = 4 and 1,024.
     */
    @Test
    void noPairsNoteLiesOnTheCurve() {
        for (RopeConfig c : List.of(RopeConfig.DEFAULT, RopeConfig.of(10000, 128, 4096, 4_194_304))) {
            RatioChart chart = new RatioChart(c);
            BufferedImage img = new BufferedImage(900, 600, BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = img.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.chart().draw(g, new java.awt.Rectangle(900, 600), info);
            var plot = chart.chart().getXYPlot();
            var area = info.getPlotInfo().getDataArea();
            var edgeX = org.jfree.chart.ui.RectangleEdge.BOTTOM;
            var edgeY = org.jfree.chart.ui.RectangleEdge.LEFT;
            int checked = 0;
            for (Object o : plot.getAnnotations()) {
                XYTextAnnotation a = (XYTextAnnotation) o;
                if (!a.getText().contains("pair")) {
                    continue;
                }
                g.setFont(a.getFont());
                var box = org.jfree.chart.text.TextUtils.calculateRotatedStringBounds(a.getText(), g,
                        (float) plot.getDomainAxis().valueToJava2D(a.getX(), area, edgeX),
                        (float) plot.getRangeAxis().valueToJava2D(a.getY(), area, edgeY), a.getTextAnchor(),
                        0, a.getRotationAnchor()).getBounds2D();
                // the curve at and next to the note's own pair passes its corner: the rest may not cross it
                var inner = new java.awt.geom.Rectangle2D.Double(box.getX() + 6, box.getY() + 3,
                        box.getWidth() - 12, box.getHeight() - 6);
                var data = chart.dataset();
                for (int i = 1; i < data.getItemCount(0); i++) {
                    double x0 = plot.getDomainAxis().valueToJava2D(data.getXValue(0, i - 1), area, edgeX);
                    double y0 = plot.getRangeAxis().valueToJava2D(data.getYValue(0, i - 1), area, edgeY);
                    double x1 = plot.getDomainAxis().valueToJava2D(data.getXValue(0, i), area, edgeX);
                    double y1 = plot.getRangeAxis().valueToJava2D(data.getYValue(0, i), area, edgeY);
                    assertTrue(!inner.intersectsLine(x0, y0, x1, y1),
                            "s = " + c.scale() + ": the curve crosses '" + a.getText().strip() + "' between pairs "
                                    + (i - 1) + " and " + i);
                }
                checked++;
            }
            g.dispose();
            assertEquals(3, checked, "notes at pairs 0, 31, 63");
        }
    }
}
