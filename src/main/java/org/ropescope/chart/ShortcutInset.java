package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

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
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
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

    /**
     * A small chart of PI, base scaling and the shortcut over the last pairs of {@code book} (the book's
     * curves, {@link MethodTable#book}), drawn in {@code theme}'s colours and font scale (a light box on
     * the dark chart could not be read).
     */
    static JFreeChart of(MethodTable book, ChartTheme theme) {
        RopeConfig c = book.context().rotaryConfig();
        ScaledFrequencies interpolated = book.first(MethodKind.LINEAR);
        ScaledFrequencies scaled = book.first(MethodKind.NTK);
        int last = c.lastPair();
        int first = Math.max(0, last - PAIRS_SHOWN + 1);
        XYSeriesCollection data = new XYSeriesCollection();
        // x values unique by construction (pair indices): "allow duplicates" spares XYSeries a search of
        // every earlier point at each add, quadratic in the pairs (4,096 at d = 8192)
        XYSeries pi = new XYSeries(MethodKind.LINEAR.label(), false, true);
        XYSeries base = new XYSeries(MethodKind.NTK.label(), false, true);
        XYSeries cut = new XYSeries(ShortcutDataset.label(), false, true);
        for (int i = first; i <= last; i++) {
            pi.add(i, interpolated.period(i), false);
            base.add(i, scaled.period(i), false);
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
        y.setUpperMargin(0.3); // room above the last pair for the miss, clear of the points below it
        y.setNumberFormatOverride(Numbers.compactFormat());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setDrawSeriesLineAsPath(true); // one stroke a series, not one a segment: it is redrawn every frame
        float thin = theme.lineWidth() / ChartTheme.STYLE_LINE_WIDTH;
        r.setSeriesPaint(0, theme.paint(MethodKind.LINEAR));
        r.setSeriesStroke(0, ChartStyle.stroke(MethodKind.LINEAR));
        r.setSeriesPaint(1, theme.paint(MethodKind.NTK));
        r.setSeriesStroke(1, ChartStyle.stroke(MethodKind.NTK));
        r.setSeriesPaint(2, shortcutPaint(theme));
        r.setSeriesStroke(2, ChartStyle.shortcutStroke());
        // filled dots without an outline (the outline, in the same colour, only added its half-width to the
        // dot): half the drawing operations of the inset, which is drawn again every frame
        r.setDrawOutlines(false);
        double dot = 2.5 * thin + 0.5;
        for (int s = 0; s < 3; s++) {
            r.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-dot, -dot, 2 * dot, 2 * dot));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlinePaint(theme.grid());
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        // solid, as the main chart's (JFreeChart's default is dashed: a hundred dashes a line, every frame)
        plot.setDomainGridlineStroke(theme.scaled(0.5f));
        plot.setRangeGridlineStroke(theme.scaled(0.5f));
        for (var axis : new NumberAxis[] {x, y}) {
            axis.setTickLabelFont(theme.font(Font.PLAIN, 10));
            axis.setTickLabelPaint(theme.axis());
            axis.setAxisLinePaint(theme.axis());
        }

        double piLast = interpolated.period(last);
        double cutLast = Teaching.naivePeriod(c, last);
        XYLineAnnotation gap = new XYLineAnnotation(last, cutLast, last, piLast, theme.scaled(2f),
                shortcutPaint(theme));
        plot.addAnnotation(gap);
        // above-left of the last pair, where the rising curves leave the corner empty
        XYTextAnnotation pct = new XYTextAnnotation(
                EquationTex.percentText(Teaching.naiveMismatchPercent(c)),
                last - 0.15, Math.max(piLast, cutLast));
        pct.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        pct.setFont(theme.font(Font.BOLD, 12));
        pct.setPaint(shortcutPaint(theme));
        plot.addAnnotation(pct);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        TextTitle title = new TextTitle(text("chart.shortcut.inset", Integer.toString(last - first + 1)),
                theme.font(Font.PLAIN, 11));
        title.setPaint(theme.mutedText());
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(1, 1, 5, 1); // clear of the top tick label, which reaches half a line above the plot
        chart.setTitle(title);
        // opaque: in a short plot it sits over the band's label, which showed through as ghost text
        chart.setBackgroundPaint(theme.background());
        chart.setBorderVisible(true);
        chart.setBorderPaint(theme.mutedText());
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        return chart;
    }

    /** The shortcut's colour: its orange, lightened on a dark background until it reads. */
    static Color shortcutPaint(ChartTheme theme) {
        return ChartTheme.withContrast((Color) ChartStyle.SHORTCUT, theme.background(), 4.5);
    }
}
