package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.DynamicNtk;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;
import org.ropescope.testing.Book;

class MethodChartsTest {

    private static final ScalingContext CTX = ScalingContext.DEFAULT; // 10k, 128, 4k -> 16k

    private static MethodTable table(ScalingContext c, ScalingMethod... m) {
        return MethodTable.of(c, List.of(m));
    }

    @Test
    void everyKindHasItsOwnColourAndPattern() {
        Set<Paint> paints = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        for (MethodKind k : MethodKind.values()) {
            paints.add(ChartStyle.paint(k));
            Stroke s = ChartStyle.stroke(k);
            dashes.add(java.util.Arrays.toString(((java.awt.BasicStroke) s).getDashArray()));
        }
        assertEquals(MethodKind.values().length, paints.size());
        assertEquals(MethodKind.values().length, dashes.size());
    }

    @Test
    void thePeriodChartDrawsEveryMethodInOneChangeEvent() {
        PeriodChart chart = new PeriodChart(table(CTX, DefaultRope.INSTANCE, Linear.followingContext()));
        List<ChartChangeEvent> events = new ArrayList<>();
        chart.chart().addChangeListener(events::add);
        MethodTable five = table(CTX, DefaultRope.INSTANCE, Linear.followingContext(), Ntk.followingContext(),
                Yarn.followingContext(), Llama3.followingContext());
        chart.update(five);
        assertEquals(1, events.size());
        PeriodDataset data = chart.dataset();
        assertEquals(5, data.getSeriesCount());
        assertTrue(data.method(1).isBook());
        assertEquals(MethodKind.LINEAR, data.method(1).kind());
        assertFalse(data.method(3).isBook());
        assertEquals("YaRN: factor 4, beta_fast 32, beta_slow 1, attention factor 1.13863", data.getSeriesKey(3));
        for (int i = 0; i < 64; i++) {
            assertEquals(five.get(3).period(i), data.getYValue(3, i), 0.0);
        }
        XYPlot plot = chart.chart().getXYPlot();
        assertEquals(ChartStyle.paint(MethodKind.YARN), plot.getRenderer().getSeriesPaint(3));
        assertEquals(ChartStyle.paint(MethodKind.LLAMA3), plot.getRenderer().getSeriesPaint(4));
        assertEquals(2, plot.getAnnotations().size() / 2, "the book's two points, pointer and ring each");
    }

    @Test
    void withoutBaseScalingTheBooksPointsAreNotAnnotated() {
        PeriodChart chart = new PeriodChart(table(CTX, DefaultRope.INSTANCE, Yarn.of(4)));
        assertEquals(0, chart.chart().getXYPlot().getAnnotations().size());
    }

    /**
     * Issue 13, defect 11: the Stretch tab ignored lambda = s, where its miss shows best (x3.91 instead of
     * x4 at the last pair at the defaults), and left an empty band above s.
     */
    @Test
    void theStretchChartDrawsTheShortcutAndItsMissWithoutEmptyRoomAbove() {
        StretchChart chart = new StretchChart(table(CTX, DefaultRope.INSTANCE, Linear.followingContext(),
                Ntk.followingContext()));
        var plot = chart.chart().getXYPlot();
        assertEquals(null, plot.getDataset(1));
        chart.setShortcutShown(true);
        var cut = plot.getDataset(1);
        assertEquals("Base scaling with λ = s", cut.getSeriesKey(0));
        // s^(2i/d) written out: 4^(126/128) at the last pair, 4^(64/128) = 2 at pair 32
        assertEquals(Math.pow(4, 126.0 / 128), cut.getYValue(0, 63), 1e-12);
        assertEquals(2.0, cut.getYValue(0, 32), 1e-12);
        String note = ((org.jfree.chart.annotations.XYTextAnnotation) plot.getAnnotations().get(0)).getText();
        assertEquals("λ = s: ×3.914 at i = 63, not ×4", note);
        double hi = plot.getRangeAxis().getUpperBound();
        assertTrue(hi > 4 && hi <= 4 * 1.2, "the axis ends just above s: " + hi);
        float periodsTicks = new PeriodChart(Book.table(RopeConfig.DEFAULT))
                .chart().getXYPlot().getRangeAxis().getTickLabelFont().getSize2D();
        assertEquals(periodsTicks, plot.getRangeAxis().getTickLabelFont().getSize2D(), 1e-6f);
        chart.setShortcutShown(false);
        assertEquals(null, plot.getDataset(1));
        assertTrue(plot.getAnnotations().isEmpty());
    }

    @Test
    void theStretchChartHoldsTheMathsStretches() {
        MethodTable t = table(CTX, DefaultRope.INSTANCE, Linear.followingContext(), Ntk.followingContext(),
                DynamicNtk.of(1));
        StretchChart chart = new StretchChart(t);
        StretchDataset data = chart.dataset();
        for (int i = 0; i < 64; i++) {
            assertEquals(1.0, data.getYValue(0, i), 0.0);
            assertEquals(4.0, data.getYValue(1, i), 0.0, "PI is flat at s");
            assertEquals(t.get(2).stretch(i), data.getYValue(2, i), 0.0);
        }
        assertEquals(1.0, data.getYValue(2, 0), 0.0);
        assertEquals(4.0, data.getYValue(2, 63), 1e-12, "base scaling rises from 1 to s");
        double lo = chart.chart().getXYPlot().getRangeAxis().getLowerBound();
        double hi = chart.chart().getXYPlot().getRangeAxis().getUpperBound();
        assertTrue(lo < 1 && hi > 4, lo + " .. " + hi);
    }

    @Test
    void yarnsBoundsAreMarkedAndLlama3sBandsShaded() {
        ScalingContext c = new ScalingContext(10_000, 128, 1, 4096, 16_384);
        StretchChart chart = new StretchChart(table(c, Yarn.of(4)));
        List<Double> bounds = new ArrayList<>();
        for (Object o : chart.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND)) {
            bounds.add(((ValueMarker) o).getValue());
        }
        assertEquals(List.of(20.0, 46.0), bounds, "the issue's ramp bounds");

        ScalingContext l = new ScalingContext(500_000, 128, 1, 8192, 131_072);
        chart.update(table(l, Llama3.of(8, 1, 4)));
        List<String> labels = new ArrayList<>();
        List<Marker> shaded = new ArrayList<>(chart.chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND));
        for (Marker m : shaded) {
            labels.add(m.getLabel());
        }
        assertEquals(List.of("Llama 3: kept", "blend", "÷ 8"), labels);
        // pairs 29..34 blend (the stretches), so the blend band spans 28.x to 34.x
        IntervalMarker blend = (IntervalMarker) shaded.get(1);
        assertTrue(blend.getStartValue() > 28 && blend.getStartValue() < 29, "" + blend.getStartValue());
        assertTrue(blend.getEndValue() > 34 && blend.getEndValue() < 35, "" + blend.getEndValue());
        var front = chart.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        assertTrue(front == null || front.isEmpty(), "YaRN's bounds go when YaRN does");
    }

    @Test
    void partialRotaryGreysTheNonRotatingPairs() {
        ScalingContext neox = new ScalingContext(10_000, 96, 0.25, 2048, 8192);
        PeriodChart chart = new PeriodChart(table(neox, DefaultRope.INSTANCE, Ntk.followingContext()));
        XYPlot plot = chart.chart().getXYPlot();
        IntervalMarker band = nonRotatingBand(plot);
        assertEquals(11.5, band.getStartValue(), 0.0);
        assertEquals(47.5, band.getEndValue(), 0.0);
        assertTrue(band.getLabel().startsWith("pairs 12–47 do not rotate"), band.getLabel());
        assertEquals(12, chart.dataset().getItemCount(0));
        assertTrue(plot.getDomainAxis().getUpperBound() >= 47);
        chart.update(table(CTX, DefaultRope.INSTANCE));
        assertNull(nonRotatingBand(plot), "no band when every pair rotates");
    }

    /** The grey band over the pairs that do not rotate (the teaching views add bands of their own). */
    private static IntervalMarker nonRotatingBand(XYPlot plot) {
        var markers = plot.getDomainMarkers(Layer.BACKGROUND);
        if (markers == null) {
            return null;
        }
        for (Object o : markers) {
            if (o instanceof NonRotating.Band) {
                return (IntervalMarker) o;
            }
        }
        return null;
    }
}
