package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.testing.Book;

/** The heatmap's pixels: which (p, i) each one shows and that its colour is cos(p*theta_i)'s. */
class RotationRasterTest {

    private static int channel(int argb, int shift) {
        return argb >> shift & 0xFF;
    }

    private static void assertColour(int expected, int actual, int tolerance, String what) {
        for (int shift : new int[] {16, 8, 0}) {
            assertTrue(Math.abs(channel(expected, shift) - channel(actual, shift)) <= tolerance,
                    what + String.format(": expected #%06X, got #%06X", expected & 0xFFFFFF, actual & 0xFFFFFF));
        }
    }

    @Test
    void theColourMapEndsAndMiddle() {
        assertEquals(0xFFB2182B, RotationRaster.argb(1));
        assertEquals(0xFFF7F7F7, RotationRaster.argb(0));
        assertEquals(0xFF2166AC, RotationRaster.argb(-1));
        assertEquals(RotationRaster.NO_VALUE, RotationRaster.argb(Double.NaN)); // never a NaN colour
        assertEquals(0xFFB2182B, RotationRaster.argb(7)); // clamped
    }

    @Test
    void eachPixelShowsOnePositionAndPair() {
        // 1,024 columns over 16,384 tokens: column 100 is centred on p = 100.5 * 16 = 1,608
        assertEquals(1608.0, RotationRaster.positionAt(100, 1024, 16384));
        assertEquals(16.0, RotationRaster.columnSpan(1024, 16384));
        // 256 rows for 64 pairs: four rows per pair, pair 0 on top
        assertEquals(0, RotationRaster.pairAt(0, 256, 64));
        assertEquals(50, RotationRaster.pairAt(203, 256, 64));
        assertEquals(63, RotationRaster.pairAt(255, 256, 64));
    }

    @Test
    void aSlowPairsPixelIsTheColourOfItsCosine() {
        RopeConfig c = RopeConfig.DEFAULT;
        double[] theta = RotationRaster.frequencies(Book.table(c).first(MethodKind.DEFAULT).periods());
        int[] px = RotationRaster.render(theta, 16384, 1024, 256);
        double p = 1608;
        double thetaI = Math.pow(10000, -100.0 / 128); // pair 50
        assertEquals(RopeMath.theta(10000, 128, 50), theta[50], 1e-18);
        int expected = RotationRaster.argb(Math.cos(p * thetaI));
        assertColour(expected, px[203 * 1024 + 100], 1, "pixel (100, 203) = (p 1,608, pair 50)");
        // the pixel below the last row of pair 50 shows pair 51
        int next = RotationRaster.argb(Math.cos(p * Math.pow(10000, -102.0 / 128)));
        assertColour(next, px[204 * 1024 + 100], 1, "pixel (100, 204) = (p 1,608, pair 51)");
    }

    @Test
    void aPairFasterThanAPixelFadesInsteadOfAliasing() {
        double[] theta = RotationRaster.frequencies(Book.table(RopeConfig.DEFAULT).first(MethodKind.DEFAULT).periods());
        int[] px = RotationRaster.render(theta, 16384, 1024, 64);
        // pair 0 turns once every 6.28 tokens, 2.5 times per 16-token column: the mean is near 0
        for (int x = 0; x < 1024; x++) {
            double v = RotationRaster.value(RotationRaster.positionAt(x, 1024, 16384), 1.0, 16);
            assertTrue(Math.abs(v) < 0.13, "pair 0 at column " + x + ": " + v);
            assertColour(RotationRaster.argb(v), px[x], 1, "pair 0 column " + x);
        }
    }

    @Test
    void theChartDrawsTheHeatmapPixelAtAKnownPositionAndPair() {
        RotationChart chart = new RotationChart(ScalingContext.DEFAULT);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.chart().createBufferedImage(1200, 800, info);
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea(); // original RoPE, on top
        XYPlot top = (XYPlot) chart.plot().getSubplots().get(0);
        // pair 60, position 10,000: far from the marker lines and captions
        int i = 60;
        double x = top.getDomainAxis().valueToJava2D(10000, area, RectangleEdge.BOTTOM);
        double y = top.getRangeAxis().valueToJava2D(i, area, RectangleEdge.LEFT);
        int px = (int) Math.floor(x);
        int py = (int) Math.floor(y);
        assertEquals(i, chart.pairAt(py + 0.5, area));
        double p = chart.positionAt(px + 0.5, area);
        int expected = RotationRaster.argb(Math.cos(p * RopeMath.theta(10000, 128, i)));
        // one pixel of position is ~20 tokens, a 2e-3 change in angle for pair 60: a colour level at most
        assertColour(expected, img.getRGB(px, py), 3, "heatmap at p = " + Math.round(p) + ", i = " + i);
        assertTrue(Math.abs(Math.cos(p * RopeMath.theta(10000, 128, i))) > 0.2, "a pixel with a clear colour");
    }

    /**
     * Issue 13, defect 12: the subtitle wrapped "white)" alone onto a line, and the lines said
     * "m_l = 2000" where every other view writes 2,000.
     */
    @Test
    void theSubtitleWrapsBetweenGroupsAndTheLinesWriteLengthsAsEverywhere() {
        ScalingContext c = new ScalingContext(10000, 128, 1, 2000, 8000);
        RotationChart chart = new RotationChart(c);
        chart.show(DefaultRope.INSTANCE.evaluate(c), MethodParameters.DEFAULTS.build(MethodKind.NTK).evaluate(c),
                RotationChart.Mode.BOTH);
        String subtitle = null;
        for (Object t : chart.chart().getSubtitles()) {
            if (t instanceof org.jfree.chart.title.TextTitle tt && tt.getText().contains("white")) {
                subtitle = tt.getText();
            }
        }
        assertTrue(subtitle != null && subtitle.contains("white\u00A00") && subtitle.contains("to\u00A0white"),
                String.valueOf(subtitle));
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (Object p : chart.plot().getSubplots()) {
            for (Object m : ((XYPlot) p).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
                labels.add(((org.jfree.chart.plot.Marker) m).getLabel());
            }
        }
        assertTrue(labels.contains("m_l = 2,000") && labels.contains("m = 8,000"), labels.toString());
    }

    @Test
    void theScaledHeatmapUsesTheScaledFrequencies() {
        ScalingContext c = ScalingContext.DEFAULT;
        ScaledFrequencies pi = MethodParameters.DEFAULTS.build(MethodKind.LINEAR).evaluate(c);
        assertEquals(RopeMath.theta(10000, 128, 30) / 4, RotationChart.thetas(pi)[30], 1e-15);
        RotationChart chart = new RotationChart(c);
        chart.show(DefaultRope.INSTANCE.evaluate(c), pi, RotationChart.Mode.SCALED);
        assertEquals(java.util.List.of(pi), chart.shown());
        assertEquals(1, chart.plot().getSubplots().size());
    }

    /** The pixel of the scaled heatmap at position {@code p} and pair {@code i}, and its expected colour. */
    private static void assertScaledPixel(ScaledFrequencies scaled, double p, int i, double expectedTheta) {
        ScalingContext c = scaled.context();
        RotationChart chart = new RotationChart(c);
        chart.show(DefaultRope.INSTANCE.evaluate(c), scaled, RotationChart.Mode.SCALED);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.chart().createBufferedImage(1200, 800, info);
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        XYPlot plot = (XYPlot) chart.plot().getSubplots().get(0);
        int px = (int) Math.floor(plot.getDomainAxis().valueToJava2D(p, area, RectangleEdge.BOTTOM));
        int py = (int) Math.floor(plot.getRangeAxis().valueToJava2D(i, area, RectangleEdge.LEFT));
        assertEquals(i, chart.pairAt(py + 0.5, area));
        double at = chart.positionAt(px + 0.5, area);
        int expected = RotationRaster.argb(Math.cos(at * expectedTheta));
        assertColour(expected, img.getRGB(px, py), 3, scaled.method().label() + " at p = " + Math.round(at)
                + ", i = " + i);
    }

    @Test
    void chosenYarnDrawsItsOwnInverseFrequencyAtAKnownPositionAndPair() {
        ScalingContext c = ScalingContext.of(RopeConfig.DEFAULT); // 4k to 16k, s = 4
        ScaledFrequencies yarn = MethodParameters.DEFAULTS.build(MethodKind.YARN).evaluate(c);
        // pair 40 is on YaRN's ramp: neither the original angle nor PI's quarter of it
        int i = 40;
        double original = RopeMath.theta(10000, 128, i);
        assertTrue(yarn.invFreq(i) < original * 0.9 && yarn.invFreq(i) > original / 4 * 1.1,
                "on the ramp: " + yarn.invFreq(i) / original);
        double p = 5000; // cos(5000 * invFreq_40) = 0.63: a clear colour, apart from the marker lines
        assertTrue(Math.abs(Math.cos(p * yarn.invFreq(i))) > 0.3, "clear colour: " + Math.cos(p * yarn.invFreq(i)));
        assertTrue(Math.abs(Math.cos(p * yarn.invFreq(i)) - Math.cos(p * original)) > 0.3, "differs from original");
        assertScaledPixel(yarn, p, i, yarn.invFreq(i));
    }

    @Test
    void pairsAPartialRotaryHeadLeavesStillAreDrawnAsNeverTurning() {
        ScalingContext c = ScalingContext.of(RopeConfig.DEFAULT, 0.5); // 64 of 128 dimensions rotate
        ScaledFrequencies yarn = MethodParameters.DEFAULTS.build(MethodKind.YARN).evaluate(c);
        assertEquals(32, yarn.size());
        double[] theta = RotationChart.thetas(yarn);
        assertEquals(64, theta.length);
        assertEquals(0.0, theta[50]);
        assertScaledPixel(yarn, 9000, 50, 0.0); // cos = +1 at every position
        assertEquals(RotationRaster.argb(1), RotationRaster.argb(Math.cos(9000 * theta[50])));
    }

    @org.junit.jupiter.api.Test
    void pairsTooFastForTwoPixelsATurnAreNeutralNotAliased() {
        double span = 20; // tokens per column
        // half a turn per column or more: the Nyquist limit, nothing the pixels could hold
        org.junit.jupiter.api.Assertions.assertEquals(0.0, RotationRaster.value(123, Math.PI / span, span), 0.0);
        org.junit.jupiter.api.Assertions.assertEquals(0.0, RotationRaster.value(123, 1.5 * Math.PI / span, span), 0.0);
        // a quarter turn per column: the cosine at 2/pi of its swing
        double theta = Math.PI / 2 / span;
        org.junit.jupiter.api.Assertions.assertEquals(Math.cos(123 * theta) * 2 / Math.PI,
                RotationRaster.value(123, theta, span), 1e-15);
        // a slow pair: its cosine, barely attenuated
        org.junit.jupiter.api.Assertions.assertEquals(Math.cos(4000 * 1e-4), RotationRaster.value(4000, 1e-4, span), 1e-5);
    }
}
