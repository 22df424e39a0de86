package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.testing.Book;

class PeriodChartTest {

    @Test
    void seriesHoldTheMathLayersPeriods() {
        RopeConfig c = RopeConfig.of(500000, 128, 8192, 131072);
        PeriodChart chart = new PeriodChart(Book.table(c));
        PeriodDataset data = chart.dataset();
        assertEquals(3, data.getSeriesCount());
        for (int s = 0; s < 3; s++) {
            MethodKind curve = data.method(s).kind();
            assertEquals(curve.label(), data.getSeriesKey(s));
            assertEquals(64, data.getItemCount(s));
            for (int i = 0; i < 64; i++) {
                assertEquals(i, data.getXValue(s, i));
                assertEquals(Book.period(curve, c, i), data.getYValue(s, i));
            }
        }
    }

    @Test
    void anUpdateFiresExactlyOneChartChangeEvent() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        List<ChartChangeEvent> events = new ArrayList<>();
        chart.chart().addChangeListener(events::add);
        chart.update(Book.table(RopeConfig.of(10000, 1024, 4096, 32768)));
        assertEquals(1, events.size());
        assertEquals(512, chart.dataset().getItemCount(0));
    }

    @Test
    void markersSitAtBothLengthsAndTheAxisShowsThem() {
        RopeConfig c = RopeConfig.of(10000, 128, 2048, 8192);
        PeriodChart chart = new PeriodChart(Book.table(c));
        XYPlot plot = chart.chart().getXYPlot();
        List<Double> at = new ArrayList<>();
        for (Object o : plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
            at.add(((ValueMarker) o).getValue());
        }
        assertEquals(List.of(2048.0, 8192.0), at);
        LogAxis axis = (LogAxis) plot.getRangeAxis();
        assertTrue(axis.getLowerBound() < 2 * Math.PI && axis.getUpperBound() > 217640.6);
    }

    @Test
    void theSubtitleNamesTheNumbersAndWrapsOnlyBetweenThem() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.of(10000, 128, 4096, 16384)));
        String text = ((org.jfree.chart.title.TextTitle) chart.chart().getSubtitle(0)).getText();
        assertEquals("b = 10,000    d = 128    m_l = 4,096 → m = 16,384    s = 4    λ = 4.08899    λ·b = 40,889.94",
                text.replace('\u00A0', ' '));
        // a line break may fall only at the four spaces between two groups, never inside "λ = 4.08899"
        java.text.BreakIterator lines = java.text.BreakIterator.getLineInstance();
        lines.setText(text);
        for (int at = lines.next(); at != java.text.BreakIterator.DONE && at < text.length(); at = lines.next()) {
            assertTrue(text.startsWith("    ", at - 4), "a line may break at " + at + ": " + text.substring(0, at));
        }
    }

    @Test
    void theAxisHoldsStillWhileADragStaysWithinAQuarterDecade() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.of(10000, 128, 4096, 16384)));
        LogAxis axis = (LogAxis) chart.chart().getXYPlot().getRangeAxis();
        double lower = axis.getLowerBound();
        double upper = axis.getUpperBound();
        chart.update(Book.table(RopeConfig.of(10000, 128, 4096, 17000)));
        assertEquals(lower, axis.getLowerBound());
        assertEquals(upper, axis.getUpperBound());
        assertEquals(Math.pow(10, 0.25 * Math.round(4 * Math.log10(upper))), upper, upper * 1e-12);
        chart.update(Book.table(RopeConfig.of(10000, 128, 4096, 65536)));
        assertTrue(axis.getUpperBound() > upper, "a stretch past the quarter decade moves the axis");
    }

    @Test
    void tickLabelsArePlainNumbers() {
        assertEquals("10", Numbers.compact(10));
        assertEquals("100", Numbers.compact(100));
        assertEquals("1k", Numbers.compact(1000));
        assertEquals("10k", Numbers.compact(10_000));
        assertEquals("1M", Numbers.compact(1e6));
        assertEquals("100G", Numbers.compact(1e11));
        assertEquals("0.1", Numbers.compact(0.1));
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        LogAxis axis = (LogAxis) chart.chart().getXYPlot().getRangeAxis();
        assertEquals("10k", axis.getNumberFormatOverride().format(1e4));
    }
}
