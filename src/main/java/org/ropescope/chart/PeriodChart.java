package org.ropescope.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.format.Numbers;
import org.ropescope.math.Curve;
import org.ropescope.math.PeriodTable;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;

/**
 * The period chart: x is the pair index, y the period in tokens on a log axis, one line per
 * {@link Curve}, labelled lines at {@code m_l} and {@code m}, and the two points that tell the
 * story marked: pair 0, where base scaling keeps the period 2*pi, and the last pair, where base
 * scaling meets PI.
 *
 * <p>The same {@link JFreeChart} is shown in the window and drawn to files. {@link #update} changes
 * data, markers, annotations and titles with notification off and fires one change event at the
 * end, so the viewer repaints once per update.
 */
public final class PeriodChart {

    public static final List<Curve> CURVES = List.of(Curve.ORIGINAL, Curve.INTERPOLATED, Curve.BASE_SCALED);

    private final JFreeChart chart;
    private final XYPlot plot;
    private final PeriodDataset dataset;
    private final LogAxis periodAxis;
    private final NumberAxis pairAxis;
    private final TextTitle subtitle;
    private final ValueMarker originalMarker;
    private final ValueMarker newMarker;
    private PeriodTable table;
    private ChartTheme theme = ChartTheme.LIGHT;

    public PeriodChart(PeriodTable table) {
        this.table = table;
        dataset = new PeriodDataset(CURVES, table);

        pairAxis = new NumberAxis("pair index i   (frequency θᵢ = b^(−2i/d) falls →)");
        pairAxis.setStandardTickUnits(integerTickUnits());
        pairAxis.setAutoRangeIncludesZero(true);
        periodAxis = new LogAxis("period Tᵢ = 2π/θᵢ  (tokens, log scale)");
        periodAxis.setBase(10);
        periodAxis.setNumberFormatOverride(Numbers.compactFormat());
        periodAxis.setStandardTickUnits(decadeTickUnits()); // whole decades: 10, 100, 1k, never 10^0.2
        periodAxis.setMinorTickCount(9);
        periodAxis.setMinorTickMarksVisible(true);
        periodAxis.setSmallestValue(1e-3);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));

        plot = new XYPlot(dataset, pairAxis, periodAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        // labels at the left, where the rising curves leave room: m above its line, m_l below
        // its line, so they never collide, not even at m = m_l
        originalMarker = marker();
        originalMarker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        originalMarker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        newMarker = marker();
        plot.addRangeMarker(originalMarker, Layer.FOREGROUND);
        plot.addRangeMarker(newMarker, Layer.FOREGROUND);

        chart = new JFreeChart(null, ChartStyle.font(Font.BOLD, 18), plot, true);
        subtitle = new TextTitle("", ChartStyle.font(Font.PLAIN, 13));
        chart.setTitle(new TextTitle("RoPE period of every dimension pair"));
        chart.addSubtitle(0, subtitle);
        style();
        update(table);
    }

    /**
     * Draws the chart with {@code newTheme} (colours, line widths, font sizes) from now on, in
     * the window and in files; one change event.
     */
    public void applyTheme(ChartTheme newTheme) {
        this.theme = java.util.Objects.requireNonNull(newTheme);
        chart.setNotify(false);
        style();
        update(table); // turns notification back on: one change event for the style and the data
    }

    /** The theme the chart is drawn with; {@link ChartTheme#LIGHT} until {@link #applyTheme}. */
    public ChartTheme theme() {
        return theme;
    }

    /** The JFreeChart object, for the viewer and for file export. */
    public JFreeChart chart() {
        return chart;
    }

    public PeriodDataset dataset() {
        return dataset;
    }

    public PeriodTable table() {
        return table;
    }

    /** Shows {@code newTable}: data, axis ranges, markers, annotations and subtitle, in one change event. */
    public void update(PeriodTable newTable) {
        this.table = newTable;
        RopeConfig c = newTable.config();
        chart.setNotify(false);
        try {
            dataset.setTable(newTable);
            int last = c.lastPair();
            pairAxis.setRange(-0.02 * Math.max(last, 1), last + 0.02 * Math.max(last, 1));

            double lo = Math.min(newTable.minPeriod(), c.originalLength());
            double hi = Math.max(newTable.maxPeriod(), c.newLength());
            periodAxis.setRange(lo / 5, hi * 5);

            originalMarker.setValue(c.originalLength());
            originalMarker.setLabel("m_l = " + Numbers.grouped(c.originalLength()) + "  original context");
            newMarker.setValue(c.newLength());
            newMarker.setLabel("m = " + Numbers.grouped(c.newLength()) + "  new context");

            annotate(newTable, c, last);
            subtitle.setText("b = " + Numbers.grouped(c.base()) + "    d = " + c.dim()
                    + "    m_l = " + Numbers.grouped(c.originalLength()) + " → m = " + Numbers.grouped(c.newLength())
                    + "    s = " + Numbers.significant(c.scale(), 6)
                    + "    λ = " + Numbers.significant(c.lambda(), 6)
                    + "    λ·b = " + Numbers.significant(c.newBase(), 7));
        } finally {
            chart.setNotify(true); // one ChartChangeEvent for everything above
        }
    }

    private void annotate(PeriodTable t, RopeConfig c, int last) {
        plot.clearAnnotations();
        double matched = t.period(Curve.BASE_SCALED, last);
        XYPointerAnnotation end = pointer("last pair i = " + last + ": base scaling = PI = "
                + Numbers.tokens(matched) + " tokens (interpolates)", last, matched, -2.6);
        end.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(end, false);

        double p0 = t.period(Curve.BASE_SCALED, 0);
        XYPointerAnnotation start = pointer("pair 0: base scaling keeps 2π ≈ " + Numbers.tokens(RopeMath.TWO_PI)
                + " (extrapolates)", 0, p0, 0.55);
        start.setTextAnchor(TextAnchor.TOP_LEFT);
        plot.addAnnotation(start, false);

        plot.addAnnotation(new RingAnnotation(last, matched, 6 * theme.fontScale(), theme.text(), theme.scaled(2f)),
                false);
        plot.addAnnotation(new RingAnnotation(0, p0, 6 * theme.fontScale(), theme.text(), theme.scaled(2f)), false);
    }

    private XYPointerAnnotation pointer(String text, double x, double y, double angle) {
        XYPointerAnnotation a = new XYPointerAnnotation(text, x, y, angle);
        a.setFont(theme.font(Font.PLAIN, 13));
        a.setPaint(theme.text());
        a.setArrowPaint(theme.mutedText());
        a.setArrowStroke(theme.scaled(1.1f));
        a.setArrowLength(5 + 5 * theme.fontScale());
        a.setArrowWidth(2 + 2 * theme.fontScale());
        a.setTipRadius(7 * theme.fontScale());
        a.setBaseRadius(44 * theme.fontScale());
        a.setLabelOffset(4);
        a.setBackgroundPaint(theme.labelBackground());
        return a;
    }

    private static ValueMarker marker() {
        ValueMarker m = new ValueMarker(1, ChartStyle.MARKER, ChartStyle.markerStroke());
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
        return m;
    }

    /** Sets every paint, stroke and font from {@link #theme}; {@link #applyTheme} is the public way in. */
    private void style() {
        TextTitle title = chart.getTitle();
        title.setFont(theme.font(Font.BOLD, 18));
        title.setPaint(theme.text());
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(4, 8, 0, 4));
        chart.setBackgroundPaint(theme.background());
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        subtitle.setFont(theme.font(Font.PLAIN, 13));
        subtitle.setPaint(theme.mutedText());
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setTextAlignment(HorizontalAlignment.LEFT); // a wrapped second line starts at the left too
        subtitle.setPadding(new RectangleInsets(2, 8, 6, 4));

        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(theme.scaled(1f));
        plot.setRangeGridlineStroke(theme.scaled(1f));
        plot.setRangeMinorGridlinesVisible(true);
        plot.setRangeMinorGridlinePaint(theme.minorGrid());
        plot.setRangeMinorGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, theme.paint(dataset.curve(s)));
            renderer.setSeriesStroke(s, theme.stroke(dataset.curve(s)));
        }
        renderer.setLegendLine(new Line2D.Double(-18 * theme.fontScale(), 0, 18 * theme.fontScale(), 0));

        for (ValueMarker m : List.of(originalMarker, newMarker)) {
            m.setPaint(theme.marker());
            m.setStroke(theme.markerStroke());
            m.setLabelFont(theme.font(Font.PLAIN, 12));
            m.setLabelPaint(theme.mutedText());
            m.setLabelBackgroundColor(theme.labelBackground());
        }

        for (var axis : List.of(pairAxis, periodAxis)) {
            axis.setLabelFont(theme.font(Font.PLAIN, 13));
            axis.setLabelPaint(theme.mutedText());
            axis.setTickLabelFont(theme.font(Font.PLAIN, 12));
            axis.setTickLabelPaint(theme.axis());
            axis.setAxisLinePaint(theme.axis());
            axis.setAxisLineStroke(theme.scaled(1f));
            axis.setTickMarkPaint(theme.axis());
            axis.setTickMarkStroke(theme.scaled(1f));
            axis.setTickMarkOutsideLength(2 * theme.fontScale());
            axis.setTickLabelInsets(new RectangleInsets(2 * theme.fontScale(), 4 * theme.fontScale(),
                    2 * theme.fontScale(), 4 * theme.fontScale()));
        }

        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(theme.background());
        legend.setItemFont(theme.font(Font.PLAIN, 13));
        legend.setItemPaint(theme.text());
        legend.setItemLabelPadding(new RectangleInsets(2, 4 + theme.lineWidth(), 2, 18 * theme.fontScale()));
        legend.setPadding(new RectangleInsets(2, 4, 4, 4));
    }

    private static TickUnitSource decadeTickUnits() {
        TickUnits units = new TickUnits();
        for (int decades : new int[] {1, 2, 3, 5, 10}) {
            units.add(new NumberTickUnit(decades, Numbers.compactFormat(), 9));
        }
        return units;
    }

    private static TickUnitSource integerTickUnits() {
        TickUnits units = new TickUnits();
        for (long step = 1; step <= 1_000_000; step *= 10) {
            units.add(new NumberTickUnit(step));
            units.add(new NumberTickUnit(2 * step));
            units.add(new NumberTickUnit(5 * step));
        }
        return units;
    }

    /** A ring of fixed pixel size around a data point, whatever the axes' scale. */
    static final class RingAnnotation extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final double x;
        private final double y;
        private final double radius;
        private final transient Color paint;
        private final transient BasicStroke stroke;

        RingAnnotation(double x, double y, double radius, Color paint, BasicStroke stroke) {
            this.x = x;
            this.y = y;
            this.radius = radius;
            this.paint = paint;
            this.stroke = stroke;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
            double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            g2.setPaint(paint);
            g2.setStroke(stroke);
            g2.draw(new Ellipse2D.Double(px - radius, py - radius, 2 * radius, 2 * radius));
        }
    }
}
