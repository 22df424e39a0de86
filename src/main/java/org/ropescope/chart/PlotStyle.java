package org.ropescope.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.MethodTable;

/**
 * The look every XY chart shares, the period chart and the single-plot charts ({@link StretchChart},
 * {@link DecayChart}, {@link AnglesChart}, {@link RatioChart}) alike: every paint, font and stroke from a
 * {@link ChartTheme}, legend on top, title and subtitle to the left, one colour and line pattern per
 * method. The period chart, the main view, is a little larger ({@link Sizes#PERIOD}).
 */
final class PlotStyle {

    private PlotStyle() {
    }

    /**
     * The sizes in which the charts differ, in points and pixels before the theme's font scale.
     *
     * @param title           the bold title
     * @param subtitle        the muted subtitle
     * @param legendItem      the legend's entries
     * @param chartPadding    around the whole chart
     * @param subtitlePadding around the subtitle
     */
    record Sizes(int title, int subtitle, int legendItem, RectangleInsets chartPadding,
            RectangleInsets subtitlePadding) {

        /** The single-plot charts. */
        static final Sizes SINGLE = new Sizes(16, 12, 12, new RectangleInsets(6, 8, 6, 12),
                new RectangleInsets(2, 8, 4, 4));
        /** The period chart: the main view. */
        static final Sizes PERIOD = new Sizes(18, 13, 13, new RectangleInsets(8, 8, 8, 12),
                new RectangleInsets(2, 8, 6, 4));

        /** The same sizes with another subtitle size. */
        Sizes withSubtitle(int points) {
            return new Sizes(title, points, legendItem, chartPadding, subtitlePadding);
        }
    }

    /** Styles a single-plot chart, its plot, titles, legend and axes with {@code theme}. */
    static void apply(ChartTheme theme, JFreeChart chart, XYPlot plot, TextTitle subtitle,
            XYLineAndShapeRenderer renderer, Axis... axes) {
        header(theme, chart, subtitle, Sizes.SINGLE);
        plot(theme, plot);
        legendLine(theme, renderer);
        axes(theme, axes);
        legend(theme, chart.getLegend(), Sizes.SINGLE).setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
    }

    /**
     * The chart's background and padding, its bold title and its muted subtitle, both to the left: the
     * header every chart shares.
     */
    static void header(ChartTheme theme, JFreeChart chart, TextTitle subtitle, Sizes sizes) {
        TextTitle title = chart.getTitle();
        title.setFont(theme.font(Font.BOLD, sizes.title()));
        title.setPaint(theme.text());
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(4, 8, 0, 4));
        chart.setBackgroundPaint(theme.background());
        chart.setPadding(sizes.chartPadding());
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        subtitle.setFont(theme.font(Font.PLAIN, sizes.subtitle()));
        subtitle.setPaint(theme.mutedText());
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setPadding(sizes.subtitlePadding());
    }

    /** The plot's background, no outline, the theme's grid lines, the axes against the data area. */
    static void plot(ChartTheme theme, XYPlot plot) {
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(theme.scaled(1f));
        plot.setRangeGridlineStroke(theme.scaled(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Labels in the muted text colour, tick labels, axis lines and tick marks in the axis colour. */
    static void axes(ChartTheme theme, Axis... axes) {
        axes(theme, 13, 12, axes);
    }

    /** As {@link #axes(ChartTheme, Axis...)}, with labels and tick labels of the given sizes. */
    static void axes(ChartTheme theme, float labelSize, float tickSize, Axis... axes) {
        for (Axis axis : axes) {
            axis.setLabelFont(theme.font(Font.PLAIN, labelSize));
            axis.setLabelPaint(theme.mutedText());
            axis.setTickLabelFont(theme.font(Font.PLAIN, tickSize));
            axis.setTickLabelPaint(theme.axis());
            axis.setAxisLinePaint(theme.axis());
            axis.setTickMarkPaint(theme.axis());
        }
    }

    /** The legend on top, to the left, frameless, in the theme's text; returned for what differs. */
    static LegendTitle legend(ChartTheme theme, LegendTitle legend, Sizes sizes) {
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(theme.background());
        legend.setItemFont(theme.font(Font.PLAIN, sizes.legendItem()));
        legend.setItemPaint(theme.text());
        return legend;
    }

    /** The line beside each legend entry, as long as the font is large. */
    static void legendLine(ChartTheme theme, XYLineAndShapeRenderer renderer) {
        renderer.setLegendLine(new Line2D.Double(-18 * theme.fontScale(), 0, 18 * theme.fontScale(), 0));
    }

    /** Whole steps of 1, 2 and 5 times a power of ten, for an axis of pair indices. */
    static TickUnitSource integerTickUnits() {
        TickUnits units = new TickUnits();
        for (long step = 1; step <= 1_000_000; step *= 10) {
            units.add(new NumberTickUnit(step));
            units.add(new NumberTickUnit(2 * step));
            units.add(new NumberTickUnit(5 * step));
        }
        return units;
    }

    /**
     * Ticks at whole powers of a log axis' base (1, 2, 3, 5 or 10 powers apart: 1, 10, 100, ..., never
     * 10^0.2), labelled compactly, with {@code minorTicks} minor ticks between two.
     */
    static TickUnitSource wholePowerTickUnits(int minorTicks) {
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 3, 5, 10}) {
            units.add(new NumberTickUnit(step, Numbers.compactFormat(), minorTicks));
        }
        return units;
    }

    /** {@code text} with no-break spaces, so a wrapped title never breaks inside it. */
    static String unbroken(String text) {
        return text.replace(' ', '\u00A0');
    }

    /** Each method's colour and line pattern, series by series. */
    static void colour(ChartTheme theme, XYLineAndShapeRenderer renderer, MethodTable methods) {
        for (int s = 0; s < methods.size(); s++) {
            renderer.setSeriesPaint(s, theme.paint(methods.get(s).method().kind()), false);
            renderer.setSeriesStroke(s, theme.stroke(methods.get(s).method().kind()), false);
        }
    }

    /** A thin line in the theme's marker colour with a label at its top. */
    static ValueMarker line(ChartTheme theme, double at, String label) {
        ValueMarker m = new ValueMarker(at, theme.marker(), theme.markerStroke());
        label(theme, m, label, RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT);
        return m;
    }

    /** Gives {@code m} a label in the theme's font and colours. */
    static void label(ChartTheme theme, Marker m, String text, RectangleAnchor anchor, TextAnchor textAnchor) {
        m.setLabel(text);
        m.setLabelFont(theme.font(Font.PLAIN, 12));
        m.setLabelPaint(theme.mutedText());
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        m.setLabelBackgroundColor(theme.labelBackground());
    }

    /** {@code c} with {@code alpha}. */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
