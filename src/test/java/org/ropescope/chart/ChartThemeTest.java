package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.testing.Book;

class ChartThemeTest {

    private static final List<ChartTheme> ALL = List.of(ChartTheme.LIGHT, ChartTheme.DARK, ChartTheme.PRESENTATION,
            ChartTheme.PRESENTATION_DARK);
    /** The book's three curves: original, PI, base scaling. */
    private static final List<MethodKind> BOOK = List.of(MethodKind.DEFAULT, MethodKind.LINEAR, MethodKind.NTK);

    @Test
    void lightIsChartStylesOkabeItoLookUnchanged() {
        for (MethodKind c : BOOK) {
            assertEquals(ChartStyle.paint(c), ChartTheme.LIGHT.paint(c), c.name());
            BasicStroke expected = (BasicStroke) ChartStyle.stroke(c);
            BasicStroke actual = (BasicStroke) ChartTheme.LIGHT.stroke(c);
            assertEquals(expected.getLineWidth(), actual.getLineWidth(), 1e-6f);
            assertTrue(Arrays.equals(expected.getDashArray(), actual.getDashArray()), c.name());
        }
        assertEquals(ChartStyle.BACKGROUND, ChartTheme.LIGHT.background());
        assertEquals(1f, ChartTheme.LIGHT.fontScale());
    }

    /**
     * Issue 13, defect 3: in the dark theme original RoPE and Llama 3 were both light blue (Okabe-Ito's
     * blue and sky blue share a hue; brightened, they met). Every two methods' colours stay apart.
     */
    @Test
    void everyThemeGivesEveryMethodAColourOfItsOwn() {
        for (ChartTheme t : ALL) {
            for (org.ropescope.math.scaling.MethodKind a : org.ropescope.math.scaling.MethodKind.values()) {
                for (org.ropescope.math.scaling.MethodKind b : org.ropescope.math.scaling.MethodKind.values()) {
                    if (a.ordinal() < b.ordinal()) {
                        Color ca = t.paint(a);
                        Color cb = t.paint(b);
                        assertTrue(apart(ca, cb), t.name() + ": " + a + " " + ca + " and " + b + " " + cb
                                + " look alike");
                    }
                }
            }
        }
    }

    /** Different hues (15 degrees or more), a grey beside a colour, or clearly different lightness. */
    private static boolean apart(Color a, Color b) {
        float[] ha = Color.RGBtoHSB(a.getRed(), a.getGreen(), a.getBlue(), null);
        float[] hb = Color.RGBtoHSB(b.getRed(), b.getGreen(), b.getBlue(), null);
        boolean greyA = ha[1] < 0.15f;
        boolean greyB = hb[1] < 0.15f;
        if (greyA != greyB) {
            return true;
        }
        double hue = Math.abs(ha[0] - hb[0]) * 360;
        hue = Math.min(hue, 360 - hue);
        return (!greyA && hue >= 15) || ChartTheme.contrast(a, b) >= 1.5;
    }

    @Test
    void everyThemeKeepsADistinctLinePatternPerCurve() {
        for (ChartTheme t : ALL) {
            Set<List<Float>> patterns = new HashSet<>();
            for (MethodKind c : BOOK) {
                float[] dash = ((BasicStroke) t.stroke(c)).getDashArray();
                List<Float> key = new ArrayList<>();
                if (dash != null) {
                    for (float f : dash) {
                        key.add(f / t.lineWidth());
                    }
                }
                patterns.add(key);
            }
            assertEquals(BOOK.size(), patterns.size(), t.name());
        }
    }

    @Test
    void presentationCurvesStandOutFromTheirBackground() {
        for (MethodKind c : BOOK) {
            double light = ChartTheme.contrast(ChartTheme.PRESENTATION.paint(c), ChartTheme.PRESENTATION.background());
            assertTrue(light >= 4.5, c + " on white: " + light);
            double dark = ChartTheme.contrast(ChartTheme.PRESENTATION_DARK.paint(c),
                    ChartTheme.PRESENTATION_DARK.background());
            assertTrue(dark >= 7, c + " on black: " + dark);
            double darkTheme = ChartTheme.contrast(ChartTheme.DARK.paint(c), ChartTheme.DARK.background());
            assertTrue(darkTheme >= 3, c + " in the dark theme: " + darkTheme);
        }
        assertEquals(21, ChartTheme.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertTrue(ChartTheme.contrast(ChartTheme.PRESENTATION.text(), ChartTheme.PRESENTATION.background()) >= 15);
    }

    @Test
    void presentationDrawsThickerLinesAndLargerFonts() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        XYItemRenderer r = chart.chart().getXYPlot().getRenderer();
        float lineBefore = ((BasicStroke) r.getSeriesStroke(0)).getLineWidth();
        int titleBefore = chart.chart().getTitle().getFont().getSize();
        int tickBefore = chart.chart().getXYPlot().getRangeAxis().getTickLabelFont().getSize();

        chart.applyTheme(ChartTheme.PRESENTATION);

        float lineAfter = ((BasicStroke) r.getSeriesStroke(0)).getLineWidth();
        assertEquals(2.6f, lineBefore, 1e-6f);
        assertEquals(5f, lineAfter, 1e-6f);
        assertEquals(18, titleBefore);
        assertEquals(27, chart.chart().getTitle().getFont().getSize());
        assertEquals(12, tickBefore);
        assertEquals(18, chart.chart().getXYPlot().getRangeAxis().getTickLabelFont().getSize());
        assertEquals(Font.BOLD, chart.chart().getTitle().getFont().getStyle());
    }

    @Test
    void darkThemeChangesTheBackgroundDrawnToAnImage() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        Color before = new Color(render(chart).getRGB(3, 3));
        chart.applyTheme(ChartTheme.DARK);
        assertEquals(ChartTheme.DARK.background(), chart.chart().getBackgroundPaint());
        assertEquals(ChartTheme.DARK.background(), chart.chart().getXYPlot().getBackgroundPaint());
        Color after = new Color(render(chart).getRGB(3, 3));
        assertEquals(Color.WHITE, before);
        assertEquals(new Color(0x0D1117), after);
        XYPlot plot = chart.chart().getXYPlot();
        assertEquals(ChartTheme.DARK.paint(MethodKind.DEFAULT), plot.getRenderer().getSeriesPaint(0));
        assertEquals(ChartTheme.DARK.axis(), plot.getRangeAxis().getTickLabelPaint());
        assertEquals(ChartTheme.DARK.text(), chart.chart().getLegend().getItemPaint());

        chart.applyTheme(ChartTheme.LIGHT);
        assertEquals(Color.WHITE, new Color(render(chart).getRGB(3, 3)));
        assertEquals(ChartStyle.paint(MethodKind.DEFAULT), plot.getRenderer().getSeriesPaint(0));
    }

    @Test
    void applyingAThemeFiresOneChangeEventAndKeepsTheData() {
        RopeConfig c = RopeConfig.of(500000, 64, 8192, 65536);
        PeriodChart chart = new PeriodChart(Book.table(c));
        List<ChartChangeEvent> events = new ArrayList<>();
        chart.chart().addChangeListener(events::add);
        chart.applyTheme(ChartTheme.PRESENTATION_DARK);
        assertEquals(1, events.size());
        assertEquals(ChartTheme.PRESENTATION_DARK, chart.theme());
        assertEquals(Book.period(MethodKind.NTK, c, 31), chart.dataset().getYValue(2, 31));
        assertNotEquals(ChartTheme.LIGHT, chart.theme());
    }

    private static BufferedImage render(PeriodChart chart) {
        return chart.chart().createBufferedImage(400, 300);
    }
}
