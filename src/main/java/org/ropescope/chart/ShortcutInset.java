package org.ropescope.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.ropescope.format.Numbers;
import org.ropescope.math.Curve;
import org.ropescope.math.PeriodTable;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.Teaching;

/**
 * A magnifier for the period chart: the last few pairs on a linear axis, where the shortcut
 * {@code lambda = s} visibly misses PI (on the main chart's log axis a few percent is a pixel).
 */
final class ShortcutInset {

    static final int PAIRS_SHOWN = 6;

    private ShortcutInset() {
    }

    /** A small chart of PI, base scaling and the shortcut over the last pairs of {@code t}. */
    static JFreeChart of(PeriodTable t) {
        RopeConfig c = t.config();
        int last = c.lastPair();
        int first = Math.max(0, last - PAIRS_SHOWN + 1);
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries pi = new XYSeries(Curve.INTERPOLATED.label(), false, false);
        XYSeries base = new XYSeries(Curve.BASE_SCALED.label(), false, false);
        XYSeries cut = new XYSeries(ShortcutDataset.LABEL, false, false);
        for (int i = first; i <= last; i++) {
            pi.add(i, t.period(Curve.INTERPOLATED, i), false);
            base.add(i, t.period(Curve.BASE_SCALED, i), false);
            cut.add(i, Teaching.naivePeriod(c, i), false);
        }
        data.addSeries(pi);
        data.addSeries(base);
        data.addSeries(cut);

        NumberAxis x = new NumberAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(first - 0.3, last + 0.3);
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(Numbers.compactFormat());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartStyle.paint(Curve.INTERPOLATED));
        r.setSeriesStroke(0, ChartStyle.stroke(Curve.INTERPOLATED));
        r.setSeriesPaint(1, ChartStyle.paint(Curve.BASE_SCALED));
        r.setSeriesStroke(1, ChartStyle.stroke(Curve.BASE_SCALED));
        r.setSeriesPaint(2, ChartStyle.SHORTCUT);
        r.setSeriesStroke(2, ChartStyle.shortcutStroke());
        for (int s = 0; s < 3; s++) {
            r.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(new Color(0xFBFBFD));
        plot.setOutlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        for (var axis : new NumberAxis[] {x, y}) {
            axis.setTickLabelFont(ChartStyle.font(Font.PLAIN, 10));
            axis.setTickLabelPaint(ChartStyle.AXIS);
            axis.setAxisLinePaint(ChartStyle.AXIS);
        }

        double piLast = t.period(Curve.INTERPOLATED, last);
        double cutLast = Teaching.naivePeriod(c, last);
        XYLineAnnotation gap = new XYLineAnnotation(last, cutLast, last, piLast, new BasicStroke(2f), ChartStyle.SHORTCUT);
        plot.addAnnotation(gap);
        XYTextAnnotation pct = new XYTextAnnotation(
                EquationTex.percentText(Teaching.naiveMismatchPercent(c)) + " ",
                last, Math.sqrt(piLast * cutLast));
        pct.setTextAnchor(TextAnchor.CENTER_RIGHT);
        pct.setFont(ChartStyle.font(Font.BOLD, 12));
        pct.setPaint(ChartStyle.SHORTCUT);
        plot.addAnnotation(pct);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        TextTitle title = new TextTitle("last " + (last - first + 1) + " pairs, linear scale: λ = s misses PI",
                ChartStyle.font(Font.PLAIN, 11));
        title.setPaint(ChartStyle.MUTED_TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setTitle(title);
        chart.setBackgroundPaint(new Color(255, 255, 255, 235));
        chart.setBorderVisible(true);
        chart.setBorderPaint(ChartStyle.GRID);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        return chart;
    }
}
