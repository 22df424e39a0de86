package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.schemes.Alibi;
import org.ropescope.math.schemes.SchemeSettings;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The Schemes view: four panels on one log axis of distance {@code Δ} (tokens between a key and the
 * query before it), each with lines at {@code m_l} and {@code m}: RoPE's long-term decay for each drawn
 * method; the sinusoidal encodings' similarity, with the positions past {@code m_l} shaded as never seen;
 * T5's bucket of each distance, with the saturation marked; ALiBi's bias {@code -slope*Δ} of every head,
 * with each head's hundredfold cut on the line {@code -ln 100}. {@link #update} fires one change event.
 */
public final class SchemesChart implements ThemedChart {

    private final JFreeChart chart;
    private final CombinedDomainXYPlot combined;
    private final LogAxis distanceAxis = new PlainLogAxis(text("chart.schemes.distanceAxis"));
    private final XYPlot decayPlot;
    private final XYPlot sinusoidalPlot;
    private final XYPlot t5Plot;
    private final XYPlot alibiPlot;
    private final TextTitle subtitle = new TextTitle("");
    private ChartTheme theme = ChartTheme.LIGHT;
    private MethodTable methods;
    private SchemeSettings settings;
    private SchemesData data;

    public SchemesChart(MethodTable methods, SchemeSettings settings) {
        distanceAxis.setBase(10);
        distanceAxis.setSmallestValue(1);
        distanceAxis.setNumberFormatOverride(Numbers.compactFormat());
        org.jfree.chart.axis.TickUnits decades = new org.jfree.chart.axis.TickUnits();
        decades.add(new org.jfree.chart.axis.NumberTickUnit(1, Numbers.compactFormat(), 9)); // 1, 10, 100, 1k, ...
        decades.add(new org.jfree.chart.axis.NumberTickUnit(2, Numbers.compactFormat(), 1));
        distanceAxis.setStandardTickUnits(decades);
        distanceAxis.setMinorTickMarksVisible(true);
        combined = new CombinedDomainXYPlot(distanceAxis);
        combined.setGap(10);
        decayPlot = subplot("RoPE", new XYLineAndShapeRenderer(true, false), -1.05, 1.05);
        sinusoidalPlot = subplot(text("chart.schemes.sinusoidal"), new XYLineAndShapeRenderer(true, false), -1.05, 1.05);
        t5Plot = subplot(text("chart.schemes.t5"), new XYStepRenderer(), 0, 1);
        alibiPlot = subplot(text("chart.schemes.alibi"), new XYLineAndShapeRenderer(true, false), SchemesData.ALIBI_FLOOR, 0.8);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        alibiPlot.setRenderer(1, dots);
        for (XYPlot p : List.of(decayPlot, sinusoidalPlot, t5Plot, alibiPlot)) {
            combined.add(p, 1);
        }
        chart = new JFreeChart(null, ChartStyle.font(Font.BOLD, 16), combined, true);
        chart.setTitle(new TextTitle(text("chart.schemes.title")));
        chart.addSubtitle(0, subtitle);
        update(methods, settings);
    }

    private static XYPlot subplot(String label, XYLineAndShapeRenderer renderer, double lo, double hi) {
        NumberAxis y = new NumberAxis(label);
        y.setRange(lo, hi);
        y.setAutoRange(false);
        XYPlot p = new XYPlot(null, null, y, renderer);
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
        return p;
    }

    /** Draws with {@code newTheme} from now on; one change event. */
    @Override
    public void applyTheme(ChartTheme newTheme) {
        if (newTheme == theme) {
            return;
        }
        theme = Objects.requireNonNull(newTheme);
        update(methods, settings);
    }

    @Override
    public ChartTheme theme() {
        return theme;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The settings drawn now. */
    public SchemeSettings settings() {
        return settings;
    }

    /** The methods whose decay is drawn now (and their context: b, d, m_l, m). */
    public MethodTable methods() {
        return methods;
    }

    /** The four panels, top first: RoPE decay, sinusoidal, T5, ALiBi. */
    public List<XYPlot> panels() {
        return List.of(decayPlot, sinusoidalPlot, t5Plot, alibiPlot);
    }

    /** The distance from which every key shares T5's last bucket, as drawn. */
    public long t5Saturation() {
        return data.saturation;
    }

    /** Shows {@code newMethods} (RoPE, and the lengths) and {@code newSettings}; one change event. */
    public void update(MethodTable newMethods, SchemeSettings newSettings) {
        methods = Objects.requireNonNull(newMethods);
        settings = Objects.requireNonNull(newSettings);
        ScalingContext c = newMethods.context();
        data = new SchemesData(newMethods, newSettings);
        chart.setNotify(false);
        try {
            style();
            decayPlot.setDataset(data.decay);
            sinusoidalPlot.setDataset(data.sinusoidal);
            t5Plot.setDataset(data.t5);
            alibiPlot.setDataset(0, data.alibi);
            alibiPlot.setDataset(1, data.alibiCuts);
            colour();
            double far = Math.max(c.newLength(), Math.max(data.saturation, 10));
            distanceAxis.setRange(0.8, far * 1.6);
            t5Plot.getRangeAxis().setRange(-0.5, newSettings.t5().bucketsPerDirection() - 0.5);
            mark(c);
            subtitle.setText(text("chart.schemes.subtitle", Numbers.grouped(c.base()), Integer.toString(c.rotaryDim()),
                    Numbers.grouped(c.originalLength()), Numbers.grouped(c.newLength()),
                    Integer.toString(newSettings.dModel()), Integer.toString(newSettings.heads()),
                    Integer.toString(newSettings.t5Buckets()), Numbers.grouped(newSettings.t5MaxDistance()),
                    text(newSettings.t5Bidirectional() ? "chart.schemes.encoder" : "chart.schemes.decoder"),
                    Integer.toString(data.distances.length)));
        } finally {
            chart.setNotify(true);
        }
    }

    private void colour() {
        XYLineAndShapeRenderer decay = (XYLineAndShapeRenderer) decayPlot.getRenderer();
        for (int k = 0; k < methods.size(); k++) {
            decay.setSeriesPaint(k, theme.paint(methods.get(k).method().kind()), false);
            decay.setSeriesStroke(k, theme.stroke(methods.get(k).method().kind()), false);
        }
        line(sinusoidalPlot, theme.text()); // named by its axis, not in the legend
        line(t5Plot, theme.text());
        XYLineAndShapeRenderer heads = (XYLineAndShapeRenderer) alibiPlot.getRenderer(0);
        int n = data.shownHeads.length;
        for (int k = 0; k < n; k++) {
            heads.setSeriesPaint(k, headColour(data.slopes[data.shownHeads[k]], data.slopes), false);
            heads.setSeriesStroke(k, theme.scaled(n > 16 ? 1.2f : 2f), false);
            heads.setSeriesVisibleInLegend(k, k == 0 || k == n - 1, false); // first and last name the ramp
        }
        XYLineAndShapeRenderer dots = (XYLineAndShapeRenderer) alibiPlot.getRenderer(1);
        double r = 3.5 * theme.lineWidth() / 2.6;
        Shape dot = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        dots.setSeriesShape(0, dot, false);
        dots.setSeriesPaint(0, theme.text(), false);
        dots.setSeriesVisibleInLegend(0, false, false); // the line's own label says what the dots are
    }

    private void line(XYPlot p, Color c) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) p.getRenderer();
        r.setSeriesPaint(0, c, false);
        r.setSeriesStroke(0, theme.stroke(MethodKind.DEFAULT), false);
        r.setSeriesVisibleInLegend(0, false, false);
    }

    /** A head of {@code slope}: from PI's colour (the steepest of {@code all}) to base scaling's (the gentlest). */
    Color headColour(double slope, double[] all) {
        Color a = theme.paint(MethodKind.LINEAR);
        Color b = theme.paint(MethodKind.NTK);
        double hi = java.util.Arrays.stream(all).max().orElse(slope);
        double lo = java.util.Arrays.stream(all).min().orElse(slope);
        double t = hi == lo ? 0 : Math.log(hi / slope) / Math.log(hi / lo);
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    private void mark(ScalingContext c) {
        for (XYPlot p : panels()) {
            p.clearDomainMarkers();
            p.clearRangeMarkers();
            boolean top = p == decayPlot;
            p.addDomainMarker(0, marker(c.originalLength(), top ? "m_l" : null), Layer.FOREGROUND, false);
            p.addDomainMarker(0, marker(c.newLength(), top ? "m" : null), Layer.FOREGROUND, false);
        }
        if (c.newLength() > c.originalLength()) {
            IntervalMarker unseen = new IntervalMarker(c.originalLength(), c.newLength(),
                    PlotStyle.translucent(theme.marker(), 40));
            label(unseen, text("chart.schemes.unseen"), RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_RIGHT);
            sinusoidalPlot.addDomainMarker(0, unseen, Layer.BACKGROUND, false);
        }
        ValueMarker sat = new ValueMarker(data.saturation, theme.paint(MethodKind.NTK), theme.markerStroke());
        t5Plot.addDomainMarker(0, sat, Layer.FOREGROUND, false);
        double far = Math.max(c.newLength(), data.saturation);
        ValueMarker note = new ValueMarker(far, PlotStyle.translucent(theme.marker(), 0), theme.markerStroke()); // text only
        label(note, text("chart.schemes.t5Note", Numbers.grouped(data.saturation), data.newBuckets),
                RectangleAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_RIGHT);
        t5Plot.addDomainMarker(0, note, Layer.FOREGROUND, false);
        ValueMarker cut = new ValueMarker(-Alibi.LN_100, theme.marker(), theme.markerStroke());
        label(cut, text("chart.schemes.cut"), RectangleAnchor.TOP_RIGHT,
                TextAnchor.BOTTOM_RIGHT);
        alibiPlot.addRangeMarker(0, cut, Layer.FOREGROUND, false); // its label over the heads
    }

    private ValueMarker marker(double at, String text) {
        ValueMarker m = new ValueMarker(at, theme.marker(), theme.markerStroke());
        if (text != null) {
            label(m, text, RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT);
        }
        return m;
    }

    private void label(Marker m, String text, RectangleAnchor anchor, TextAnchor textAnchor) {
        m.setLabel(text);
        m.setLabelFont(theme.font(Font.PLAIN, 12));
        m.setLabelPaint(theme.text());
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(new RectangleInsets(3, 4, 3, 4));
        m.setLabelBackgroundColor(theme.labelBackground());
    }

    /** Every paint, font and stroke from {@link #theme}. */
    private void style() {
        PlotStyle.header(theme, chart, subtitle, PlotStyle.Sizes.SINGLE.withSubtitle(11));
        subtitle.setVisible(theme.fontScale() <= 1); // presentation mode: the room goes to the panels
        subtitle.setTextAlignment(HorizontalAlignment.LEFT);
        combined.setBackgroundPaint(theme.background());
        combined.setOutlineVisible(false);
        axis(distanceAxis);
        boolean tight = theme.fontScale() > 1; // presentation: panel labels as short as the panels are low
        String[] names = tight ? new String[] {"RoPE", text("chart.schemes.sinusoidal.tight"), "T5", "ALiBi"}
                : new String[] {"RoPE", text("chart.schemes.sinusoidal"), text("chart.schemes.t5"), text("chart.schemes.alibi")};
        for (int k = 0; k < 4; k++) {
            panels().get(k).getRangeAxis().setLabel(names[k]);
        }
        for (XYPlot p : panels()) {
            PlotStyle.plot(theme, p);
            axis(p.getRangeAxis());
            for (int k = 0; k < p.getRendererCount(); k++) {
                if (p.getRenderer(k) instanceof XYLineAndShapeRenderer r) {
                    r.setLegendLine(new Line2D.Double(-18 * theme.fontScale(), 0, 18 * theme.fontScale(), 0));
                }
            }
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(theme.background());
        legend.setItemFont(theme.font(Font.PLAIN, 12));
        legend.setItemPaint(theme.text());
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    }

    private void axis(org.jfree.chart.axis.ValueAxis a) {
        PlotStyle.axes(theme, 12, 11, a); // a little smaller than the other charts': four panels share the height
    }
}
