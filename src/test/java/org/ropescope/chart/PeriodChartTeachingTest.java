package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.annotation.HighlightAnnotation;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.Teaching;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.testing.Book;

/** The period chart's teaching marks: the shortcut's series, the never-turn band, the highlight, hover rows. */
class PeriodChartTeachingTest {

    private final PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
    private final XYPlot plot = chart.chart().getXYPlot();

    @Test
    void theShortcutIsAnExtraSeriesOnlyWhenAskedFor() {
        assertNull(plot.getDataset(1));
        assertEquals(List.of("Original RoPE", "Position interpolation (PI)", "Base scaling (λ·b)"),
                PairReadout.series(plot));
        List<ChartChangeEvent> events = new ArrayList<>();
        chart.chart().addChangeListener(events::add);
        chart.setShortcutShown(true);
        assertEquals(1, events.size());
        assertEquals(ShortcutDataset.label(), plot.getDataset(1).getSeriesKey(0));
        assertEquals(212976.98384788446, plot.getDataset(1).getYValue(0, 63), 1e-6);
        assertEquals(4, PairReadout.series(plot).size());
        chart.setShortcutShown(false);
        assertNull(plot.getDataset(1));
    }

    @Test
    void theShortcutFollowsTheConfiguration() {
        chart.setShortcutShown(true);
        RopeConfig c = RopeConfig.of(500000, 128, 8192, 131072);
        chart.update(Book.table(c));
        assertEquals(Teaching.naivePeriod(c, 63), plot.getDataset(1).getYValue(0, 63));
        // and its miss is written on the chart
        assertTrue(plot.getAnnotations().stream().anyMatch(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation t
                && t.getText().contains("−4.24 % off PI")), "annotation with the miss");
    }

    @Test
    void pairsThatNeverTurnAreBanded() {
        // default: pairs 0..45 turn within 4,096 tokens, 46..63 do not
        assertEquals(45.5, chart.neverTurnBand().getStartValue());
        assertEquals(63.5, chart.neverTurnBand().getEndValue());
        assertTrue(plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).contains(chart.neverTurnBand()));
        assertEquals("i ≥ 46: no full turn within m_l", chart.neverTurnBand().getLabel());
        // at b = 100 every pair of d = 128 turns within 4,096 tokens: no band
        chart.update(Book.table(RopeConfig.of(100, 128, 4096, 16384)));
        assertTrue(plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND) == null
                || !plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).contains(chart.neverTurnBand()));
    }

    @Test
    void highlightingAPairFiresOneEventAndSurvivesAnUpdate() {
        List<ChartChangeEvent> events = new ArrayList<>();
        chart.chart().addChangeListener(events::add);
        chart.setHighlightedPair(10);
        assertEquals(10, chart.highlightedPair());
        assertEquals(1, events.size());
        assertEquals(1, plot.getAnnotations().stream().filter(a -> a instanceof HighlightAnnotation).count());
        chart.update(Book.table(RopeConfig.of(10000, 16, 4096, 16384))); // 8 pairs: 10 is gone
        assertEquals(-1, chart.highlightedPair());
        chart.setHighlightedPair(-1);
        assertEquals(0, plot.getAnnotations().stream().filter(a -> a instanceof HighlightAnnotation).count());
    }

    @Test
    void theMouseXGivesTheNearestPair() {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().createBufferedImage(1000, 600, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double x20 = plot.getDomainAxis().valueToJava2D(20, area, plot.getDomainAxisEdge());
        double x21 = plot.getDomainAxis().valueToJava2D(21, area, plot.getDomainAxisEdge());
        assertEquals(20, chart.pairAt(x20, area));
        assertEquals(20, chart.pairAt(x20 + 0.4 * (x21 - x20), area));
        assertEquals(21, chart.pairAt(x20 + 0.6 * (x21 - x20), area));
        assertEquals(-1, chart.pairAt(area.getMinX() - 5, area));
    }

    @Test
    void hoverRowsReadEverySeriesPeriodAndStretch() {
        chart.setShortcutShown(true);
        List<PairReadout.Row> rows = PairReadout.rows(plot, 63);
        assertEquals(4, rows.size());
        assertEquals("Original RoPE", rows.get(0).series());
        assertEquals("54,410.1 tokens", rows.get(0).periodText());
        assertEquals("", rows.get(0).stretchText());
        assertEquals("217,640.6 tokens", rows.get(1).periodText());
        assertEquals("×4", rows.get(1).stretchText());
        assertEquals("217,640.6 tokens", rows.get(2).periodText());
        assertEquals("×4", rows.get(2).stretchText());
        assertEquals("212,977.0 tokens", rows.get(3).periodText());
        assertEquals("×3.914", rows.get(3).stretchText());
        assertEquals(Book.period(MethodKind.NTK, RopeConfig.DEFAULT, 63), rows.get(2).period());
    }

    @Test
    void theTableReadsEveryValueAsTheHoverReadsItsRow() {
        chart.setShortcutShown(true);
        PairReadout.Drawn drawn = PairReadout.drawn(plot);
        assertEquals(212976.98384788446, drawn.period(3, 63), 1e-6); // the shortcut's period, as above
        assertEquals(212976.98384788446 / Book.period(MethodKind.DEFAULT, RopeConfig.DEFAULT, 63),
                drawn.stretch(3, 63), 1e-12);
        for (int i = 0; i < 64; i++) {
            List<PairReadout.Row> hover = PairReadout.rows(plot, i);
            assertEquals(hover, drawn.at(i), "pair " + i);
            for (int k = 0; k < hover.size(); k++) {
                assertEquals(hover.get(k).period(), drawn.period(k, i), "pair " + i + " series " + k);
                assertEquals(hover.get(k).stretch(), drawn.stretch(k, i), "pair " + i + " series " + k);
            }
        }
    }

    @Test
    void copiedRowsAreTabSeparatedWithAHeader() {
        MethodTable t = chart.book();
        String text = PairReadout.tabSeparated(plot, List.of(0, 63), i -> t.first(MethodKind.DEFAULT).invFreq(i));
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        assertEquals("i\ttheta\tOriginal RoPE period\tPosition interpolation (PI) period\tPosition interpolation (PI) stretch"
                + "\tBase scaling (λ·b) period\tBase scaling (λ·b) stretch", lines[0]);
        String[] last = lines[2].split("\t");
        assertEquals("63", last[0]);
        assertEquals(t.first(MethodKind.DEFAULT).period(63), Double.parseDouble(last[2]));
        assertEquals(t.first(MethodKind.LINEAR).period(63), Double.parseDouble(last[3]));
        assertEquals(4.0, Double.parseDouble(last[4]), 1e-12);
    }
}
