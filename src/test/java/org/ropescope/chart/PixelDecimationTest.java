package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.testing.Book;

class PixelDecimationTest {

    @Test
    void aStraightLineNeedsOnlyItsEnds() {
        int n = 4096;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 80 + 900.0 * i / (n - 1);
            y[i] = 700 - 600.0 * i / (n - 1);
        }
        assertEquals(List.of(0, n - 1), PixelDecimation.keep(x, y, n).stream().boxed().toList());
    }

    @Test
    void aSpikeInsideOnePixelColumnIsKept() {
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.1; // ten points per pixel column
            y[i] = 100;
        }
        y[503] = 40; // one point, 60 px up, in the middle of column 50
        BitSet kept = PixelDecimation.keep(x, y, n);
        assertTrue(kept.get(0) && kept.get(n - 1) && kept.get(503), kept.toString());
        assertTrue(kept.cardinality() <= 6, kept.toString());
    }

    @Test
    void everyDroppedPointLiesWithinAQuarterPixelOfTheLineDrawn() {
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.37;
            y[i] = 300 + 200 * Math.sin(i / 150.0) + 0.1 * Math.sin(i * 1.7); // a curve with sub-pixel ripple
        }
        BitSet kept = PixelDecimation.keep(x, y, n);
        assertTrue(kept.cardinality() < n / 2, "kept " + kept.cardinality());
        int a = 0;
        for (int b = kept.nextSetBit(1); b >= 0; b = kept.nextSetBit(b + 1)) {
            for (int k = a + 1; k < b; k++) {
                // each dropped point is within 0.25 px (perpendicular) of the segment drawn in its place
                double t = (x[k] - x[a]) / (x[b] - x[a]);
                double onLine = y[a] + t * (y[b] - y[a]);
                assertTrue(Math.abs(onLine - y[k]) <= 0.25 / Math.cos(Math.atan2(y[b] - y[a], x[b] - x[a])) + 1e-9,
                        "point " + k + " between " + a + " and " + b);
            }
            a = b;
        }
    }

    @Test
    void nonFinitePointsAreKeptAsBreaks() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {0, 1, Double.NaN, 3, 4, 5};
        BitSet kept = PixelDecimation.keep(x, y, 6);
        assertTrue(kept.get(0) && kept.get(1) && kept.get(2) && kept.get(3) && kept.get(5), kept.toString());
    }

    @Test
    void theDecimatedChartLooksLikeTheFullOneAndKeepsEveryValue() {
        RopeConfig c = RopeConfig.of(500000, 8192, 8192, 131072);
        PeriodChart periodChart = new PeriodChart(Book.table(c));
        JFreeChart chart = periodChart.chart();
        DecimatingLineRenderer renderer = (DecimatingLineRenderer) chart.getXYPlot().getRenderer();
        assertTrue(renderer.isDecimating());
        BufferedImage decimated = chart.createBufferedImage(1600, 1000);
        renderer.setDecimating(false);
        BufferedImage full = chart.createBufferedImage(1600, 1000);
        int differing = 0;
        for (int py = 0; py < 1000; py++) {
            for (int px = 0; px < 1600; px++) {
                int p = decimated.getRGB(px, py);
                int q = full.getRGB(px, py);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)) > 64) {
                        differing++;
                        break;
                    }
                }
            }
        }
        assertTrue(differing < 1600 * 1000 / 1000, differing + " pixels differ visibly");
        PeriodDataset data = periodChart.dataset();
        assertEquals(4096, data.getItemCount(0));
        assertEquals(Book.period(MethodKind.NTK, c, 4095), data.getYValue(2, 4095));
        assertEquals(Book.period(MethodKind.DEFAULT, c, 1234), data.getYValue(0, 1234));
    }
}
