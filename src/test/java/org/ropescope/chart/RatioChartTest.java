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
}
