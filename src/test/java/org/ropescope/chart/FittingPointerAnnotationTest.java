package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.ropescope.math.PeriodTable;
import org.ropescope.math.RopeConfig;

class FittingPointerAnnotationTest {

    private static String drawn(ChartTheme theme, int width, int height) {
        PeriodChart chart = new PeriodChart(PeriodTable.of(RopeConfig.of(10000, 128, 4096, 16384)));
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
    void theMirroredAnchorIsTheOtherSideVertically() {
        assertEquals(TextAnchor.BOTTOM_LEFT, FittingPointerAnnotation.mirrored(TextAnchor.TOP_LEFT));
        assertEquals(TextAnchor.TOP_RIGHT, FittingPointerAnnotation.mirrored(TextAnchor.BOTTOM_RIGHT));
        assertEquals(TextAnchor.CENTER_LEFT, FittingPointerAnnotation.mirrored(TextAnchor.CENTER_LEFT));
    }
}
