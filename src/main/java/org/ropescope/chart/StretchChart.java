package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.Yarn;

/**
 * The stretch chart: x is the pair index, y the stretch {@code T'_i / T_i} of each pair's period on
 * a log axis (base 2), one line per drawn method. PI is flat at its factor, base scaling rises from 1
 * to {@code s}, YaRN ramps between its bounds (both marked), Llama 3's three bands are shaded, and a
 * line marks {@code s = m / m_l}. Methods that change the attention temperature name their factor in
 * the legend. Like {@link PeriodChart}, {@link #update} fires one change event.
 */
public final class StretchChart extends SinglePlotChart {

    private final StretchDataset dataset;
    private final XYLineAndShapeRenderer renderer;
    private final LogAxis stretchAxis;
    private final NumberAxis pairAxis;
    private final ValueMarker scaleMarker;
    private final List<Marker> methodMarkers = new ArrayList<>();
    private MethodTable methods;
    // the shortcut lambda = s: its stretch s^(2i/d), which misses s at the last pair (issue 13)
    private final org.jfree.data.xy.XYSeriesCollection shortcut = new org.jfree.data.xy.XYSeriesCollection();
    private final DecimatingLineRenderer shortcutRenderer = new DecimatingLineRenderer();
    private boolean shortcutShown;

    public StretchChart(MethodTable methods) {
        super(text("chart.stretch.title"));
        this.methods = methods;
        dataset = new StretchDataset(methods);
        pairAxis = new NumberAxis(text("chart.pairAxis"));
        pairAxis.setStandardTickUnits(PlotStyle.integerTickUnits());
        stretchAxis = new PlainLogAxis(text("chart.stretch.axis"));
        stretchAxis.setBase(2);
        stretchAxis.setNumberFormatOverride(Numbers.compactFormat());
        stretchAxis.setStandardTickUnits(PlotStyle.wholePowerTickUnits(0)); // whole powers of two: 1, 2, 4, 8, ...
        stretchAxis.setSmallestValue(1e-6);

        renderer = new DecimatingLineRenderer(); // lines only, drawing only the points that show
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
        plot.setDataset(dataset);
        plot.setDomainAxis(pairAxis);
        plot.setRangeAxis(stretchAxis);
        plot.setRenderer(renderer);
        plot.setRenderer(1, shortcutRenderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        scaleMarker = new ValueMarker(1, ChartStyle.MARKER, ChartStyle.markerStroke());
        scaleMarker.setLabelFont(ChartStyle.font(Font.PLAIN, 12));
        scaleMarker.setLabelPaint(ChartStyle.MUTED_TEXT);
        scaleMarker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        // below its line, clear of PI's thick dashes on it: s is mostly the top of the range, and above
        // it presentation's type was cut
        scaleMarker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        scaleMarker.setLabelOffset(new RectangleInsets(2, 6, 8, 6));
        scaleMarker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        plot.addRangeMarker(scaleMarker, Layer.BACKGROUND); // under PI's line, which sits on it

        style();
        update(methods);
    }

    @Override
    void redraw() {
        update(methods);
    }

    public StretchDataset dataset() {
        return dataset;
    }

    public MethodTable methods() {
        return methods;
    }

    /** Shows {@code newMethods}: data, colours, range, bounds, bands and subtitle; one change event. */
    public void update(MethodTable newMethods) {
        this.methods = newMethods;
        ScalingContext c = newMethods.context();
        chart.setNotify(false);
        try {
            dataset.setMethods(newMethods);
            for (int s = 0; s < newMethods.size(); s++) {
                renderer.setSeriesPaint(s, theme.paint(newMethods.get(s).method().kind()), false);
                renderer.setSeriesStroke(s, theme.stroke(newMethods.get(s).method().kind()), false);
            }
            int last = c.headPairs() - 1;
            pairAxis.setRange(-0.02 * Math.max(last, 1), last + 0.02 * Math.max(last, 1));
            double lo = Math.min(1, finiteOr(newMethods.minStretch(), 1));
            double hi = Math.max(c.scale(), finiteOr(newMethods.maxStretch(), 1));
            // a little room above s and below 1 (a factor of 1.6 left an empty band above 4)
            stretchAxis.setRange(lo / 1.15, hi * 1.15);
            showShortcut(c);
            scaleMarker.setValue(c.scale());
            scaleMarker.setLabel("s = m / m_l = " + Numbers.significant(c.scale(), 6));

            for (Marker m : methodMarkers) {
                plot.removeDomainMarker(0, m, Layer.BACKGROUND, false);
                plot.removeDomainMarker(0, m, Layer.FOREGROUND, false);
            }
            methodMarkers.clear();
            for (ScaledFrequencies f : newMethods.results()) {
                if (f.method() instanceof Yarn) {
                    markYarn((Yarn) f.method(), c);
                } else if (f.method() instanceof Llama3) {
                    shadeLlama3((Llama3) f.method(), c);
                }
            }
            NonRotating.mark(plot, c);
            subtitle.setText(text("chart.stretch.subtitle"));
        } finally {
            chart.setNotify(true);
        }
    }

    /** Draws the shortcut {@code lambda = s} as a dashed series with its miss at the last pair; one change event. */
    public void setShortcutShown(boolean shown) {
        if (shown != shortcutShown) {
            shortcutShown = shown;
            update(methods);
        }
    }

    public boolean isShortcutShown() {
        return shortcutShown;
    }

    private void showShortcut(ScalingContext c) {
        plot.clearAnnotations();
        shortcut.removeAllSeries();
        if (!shortcutShown) {
            plot.setDataset(1, null);
            return;
        }
        org.ropescope.math.RopeConfig rc = c.rotaryConfig();
        // x values unique by construction (pair indices): "allow duplicates" spares XYSeries a search of
        // every earlier point at each add, quadratic in the pairs (4,096 at d = 8192)
        org.jfree.data.xy.XYSeries series = new org.jfree.data.xy.XYSeries(ShortcutDataset.label(), false, true);
        for (int i = 0; i < rc.pairs(); i++) {
            series.add(i, org.ropescope.math.Teaching.naiveStretch(rc, i), false);
        }
        shortcut.addSeries(series);
        plot.setDataset(1, shortcut);
        int last = rc.lastPair();
        double miss = org.ropescope.math.Teaching.naiveStretch(rc, last);
        org.jfree.chart.annotations.XYPointerAnnotation note = new org.jfree.chart.annotations.XYPointerAnnotation(
                text("chart.stretch.shortcut", Numbers.significant(miss, 4), Integer.toString(last),
                        Numbers.significant(c.scale(), 4)), last, miss, Math.PI * 0.75);
        note.setTextAnchor(TextAnchor.TOP_RIGHT);
        note.setFont(theme.font(Font.PLAIN, 13));
        Color paint = ShortcutInset.shortcutPaint(theme);
        note.setPaint(paint);
        note.setArrowPaint(paint);
        note.setBackgroundPaint(theme.labelBackground());
        note.setBaseRadius(40 * theme.fontScale());
        note.setTipRadius(4 * theme.fontScale());
        plot.addAnnotation(note, false);
    }

    private void markYarn(Yarn y, ScalingContext c) {
        Yarn.CorrectionRange r = y.correctionRange(c);
        IntervalMarker ramp = new IntervalMarker(r.low(), r.high(),
                PlotStyle.translucent((Color) ChartStyle.paint(MethodKind.YARN), 22));
        label(ramp, text("chart.stretch.yarnRamp", Numbers.significant(r.low(), 6), Numbers.significant(r.high(), 6)),
                RectangleAnchor.TOP, TextAnchor.TOP_CENTER);
        add(ramp, Layer.BACKGROUND);
        for (double at : new double[] {r.low(), r.high()}) {
            ValueMarker bound = new ValueMarker(at, theme.paint(MethodKind.YARN),
                    new BasicStroke(1.2f * theme.fontScale(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {5f, 3f}, 0f));
            add(bound, Layer.FOREGROUND);
        }
    }

    /** The continuous pair index whose wavelength {@code 2*pi*b^(2i/d)} equals {@code wavelength}. */
    static double pairAtWavelength(ScalingContext c, double wavelength) {
        return c.rotaryDim() / 2.0 * Math.log(wavelength / (2 * Math.PI)) / Math.log(c.base());
    }

    private void shadeLlama3(Llama3 l, ScalingContext c) {
        double lastPair = c.pairs() - 1;
        double from = -0.5;
        double kept = clamp(pairAtWavelength(c, l.highFreqWavelength(c)), from, lastPair + 0.5);
        double scaled = clamp(pairAtWavelength(c, l.lowFreqWavelength(c)), from, lastPair + 0.5);
        String f = Numbers.significant(l.factor(c), 6);
        band(from, kept, 14, text("chart.stretch.llamaKept"));
        band(kept, scaled, 34, text("chart.stretch.blend"));
        band(scaled, lastPair + 0.5, 56, "÷ " + f);
    }

    private void band(double from, double to, int alpha, String text) {
        if (!(to > from)) {
            return;
        }
        IntervalMarker m = new IntervalMarker(from, to, PlotStyle.translucent((Color) ChartStyle.paint(MethodKind.LLAMA3), alpha));
        label(m, text, RectangleAnchor.BOTTOM, TextAnchor.BOTTOM_CENTER);
        add(m, Layer.BACKGROUND);
    }

    private void label(Marker m, String text, RectangleAnchor anchor, TextAnchor textAnchor) {
        PlotStyle.label(theme, m, text, anchor, textAnchor); // 12 pt as the other chart labels: 11 pt was hard to read
        m.setLabelPaint(theme.text()); // grey was hard to read too
        m.setLabelOffset(new RectangleInsets(4, 2, 4, 2));
    }

    private void add(Marker m, Layer layer) {
        methodMarkers.add(m);
        plot.addDomainMarker(0, m, layer, false);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    @Override
    void style() {
        PlotStyle.apply(theme, chart, plot, subtitle, renderer, pairAxis, stretchAxis);
        scaleMarker.setPaint(theme.marker());
        scaleMarker.setStroke(theme.markerStroke());
        scaleMarker.setLabelFont(theme.font(Font.PLAIN, 12));
        scaleMarker.setLabelPaint(theme.mutedText());
        scaleMarker.setLabelBackgroundColor(theme.labelBackground());
        shortcutRenderer.setSeriesPaint(0, ShortcutInset.shortcutPaint(theme));
        shortcutRenderer.setSeriesStroke(0, ChartStyle.shortcutStroke(theme.lineWidth() / ChartTheme.STYLE_LINE_WIDTH));
        shortcutRenderer.setLegendLine(new Line2D.Double(-18 * theme.fontScale(), 0, 18 * theme.fontScale(), 0));
    }
}
