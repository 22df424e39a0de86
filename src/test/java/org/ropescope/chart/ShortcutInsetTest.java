package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.annotation.InsetAnnotation;
import org.ropescope.math.RopeConfig;
import org.ropescope.testing.Book;

/**
 * The lambda = s magnifier follows the chart's theme (issue 13, defect 3: a light box in the dark
 * theme, also in the PNG) and its type grows with presentation mode's (defect 1); its miss sits
 * beside the gap, not on the points (defect 6).
 */
class ShortcutInsetTest {

    private static JFreeChart insetOf(ChartTheme theme) {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        chart.applyTheme(theme);
        chart.setShortcutShown(true);
        return chart.chart().getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof InsetAnnotation)
                .map(a -> ((InsetAnnotation) a).inset()).findFirst().orElseThrow();
    }

    @Test
    void inTheDarkThemeTheMagnifierIsDarkWithLightText() {
        JFreeChart inset = insetOf(ChartTheme.DARK);
        assertEquals(ChartTheme.DARK.background(), inset.getXYPlot().getBackgroundPaint());
        assertEquals(ChartTheme.DARK.mutedText(), inset.getTitle().getPaint());
        BufferedImage img = inset.createBufferedImage(300, 160);
        Color middle = new Color(img.getRGB(150, 90));
        assertTrue(ChartTheme.luminance(middle) < 0.1, "the drawn box is dark: " + middle);
        Color miss = (Color) inset.getXYPlot().getRenderer().getSeriesPaint(2);
        assertTrue(ChartTheme.contrast(miss, ChartTheme.DARK.background()) >= 4.5, miss.toString());
    }

    @Test
    void presentationModeEnlargesTheMagnifiersType() {
        float light = insetOf(ChartTheme.LIGHT).getXYPlot().getDomainAxis().getTickLabelFont().getSize2D();
        float large = insetOf(ChartTheme.PRESENTATION).getXYPlot().getDomainAxis().getTickLabelFont().getSize2D();
        assertEquals(1.5f * light, large, 1e-3f);
    }

    @Test
    void theMissIsWrittenAboveTheLastPairNotOnThePoints() {
        XYPlot plot = insetOf(ChartTheme.LIGHT).getXYPlot();
        XYTextAnnotation pct = plot.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation)
                .map(XYTextAnnotation.class::cast).findFirst().orElseThrow();
        assertEquals("−2.14 %", pct.getText());
        // above the last pair's points and ending left of them: the rising curves leave that corner empty
        double top = plot.getDataset().getYValue(0, plot.getDataset().getItemCount(0) - 1);
        assertTrue(pct.getX() < 63 && pct.getY() >= top, pct.getX() + ", " + pct.getY());
        assertEquals(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT, pct.getTextAnchor());
        ValueAxis y = plot.getRangeAxis();
        assertTrue(y.getUpperMargin() >= 0.25, "room above the points for the text");
    }
}
