package org.ropescope.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
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
import org.ropescope.math.scaling.MethodTable;

/**
 * The look shared by the single-plot charts ({@link StretchChart}, {@link DecayChart},
 * {@link AnglesChart}, {@link RatioChart}): every paint, font and stroke from a {@link ChartTheme}, legend on top, title
 * and subtitle to the left, one colour and line pattern per method.
 */
final class SinglePlotStyle {

    private SinglePlotStyle() {
    }

    /** Styles the chart, its plot, titles, legend and axes with {@code theme}. */
    static void apply(ChartTheme theme, JFreeChart chart, XYPlot plot, TextTitle subtitle,
            XYLineAndShapeRenderer renderer, Axis... axes) {
        header(theme, chart, subtitle, 12);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(theme.scaled(1f));
        plot.setRangeGridlineStroke(theme.scaled(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        renderer.setLegendLine(new Line2D.Double(-18 * theme.fontScale(), 0, 18 * theme.fontScale(), 0));
        for (Axis axis : axes) {
            axis.setLabelFont(theme.font(Font.PLAIN, 13));
            axis.setLabelPaint(theme.mutedText());
            axis.setTickLabelFont(theme.font(Font.PLAIN, 12)); // as the Periods tab's
            axis.setTickLabelPaint(theme.axis());
            axis.setAxisLinePaint(theme.axis());
            axis.setTickMarkPaint(theme.axis());
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(theme.background());
        legend.setItemFont(theme.font(Font.PLAIN, 12));
        legend.setItemPaint(theme.text());
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
    }

    /**
     * The chart's background and padding, its bold title and its muted subtitle ({@code subtitleSize}
     * points), both to the left: the header every chart but the period chart shares.
     */
    static void header(ChartTheme theme, JFreeChart chart, TextTitle subtitle, int subtitleSize) {
        TextTitle title = chart.getTitle();
        title.setFont(theme.font(Font.BOLD, 16));
        title.setPaint(theme.text());
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(4, 8, 0, 4));
        chart.setBackgroundPaint(theme.background());
        chart.setPadding(new RectangleInsets(6, 8, 6, 12));
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        subtitle.setFont(theme.font(Font.PLAIN, subtitleSize));
        subtitle.setPaint(theme.mutedText());
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setPadding(new RectangleInsets(2, 8, 4, 4));
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
