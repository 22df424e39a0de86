package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.ropescope.format.Numbers;
import org.ropescope.math.diagnostics.DecayGrid;
import org.ropescope.math.diagnostics.FirstNegative;
import org.ropescope.math.diagnostics.LongTermDecay;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The long-term decay chart (Men et al., "Base of RoPE Bounds Context Length", NeurIPS 2024):
 * {@code B(delta) = (2/d) sum cos(delta * theta'_i)} of every drawn method against the distance
 * {@code delta} from 0 to {@code m}, on a linear or a log distance axis; lines at {@code m_l} and
 * {@code m} and at zero; where each curve first falls below zero, a dot in its colour, and the list
 * in the subtitle. A long context is drawn at evenly spaced whole distances, and the subtitle says
 * how far apart: B swings between them (its fastest pair turns every 6 tokens). {@link #update}
 * fires one change event.
 */
public final class DecayChart extends SinglePlotChart {

    /** Distances drawn on a linear axis at most (every token below that). */
    public static final int LINEAR_POINTS = 400;
    /** Distances drawn per octave on a log axis. */
    public static final int PER_OCTAVE = 32;

    private final XYSeriesCollection firsts = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new DecimatingLineRenderer();
    private final XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    private final NumberAxis linearAxis = new NumberAxis(text("chart.decay.distanceAxis"));
    private final LogAxis logAxis = new PlainLogAxis(text("chart.decay.distanceAxis.log"));
    private final NumberAxis decayAxis = new NumberAxis("B(Δ) = (2/d) Σ cos(Δ·θ′ᵢ)");
    private final TextTitle firstsLine = new TextTitle("");
    private final List<ValueMarker> lines = new ArrayList<>();
    private MethodTable methods;
    private boolean log;
    private Curves shown;
    private List<FirstNegative> firstNegatives;

    /** The chart of {@code methods} on a linear ({@code log = false}) or log distance axis; first negatives pending. */
    public DecayChart(MethodTable methods, boolean log) {
        super(text("chart.decay.title"));
        linearAxis.setAutoRangeIncludesZero(true);
        linearAxis.setNumberFormatOverride(Numbers.compactFormat());
        logAxis.setNumberFormatOverride(Numbers.compactFormat());
        logAxis.setBase(10);
        logAxis.setSmallestValue(1);
        org.jfree.chart.axis.TickUnits decades = new org.jfree.chart.axis.TickUnits();
        decades.add(new org.jfree.chart.axis.NumberTickUnit(1, Numbers.compactFormat(), 0));
        logAxis.setStandardTickUnits(decades); // 1, 10, 100, 1k, ...
        decayAxis.setAutoRange(false);
        plot.setDataset(new DefaultXYDataset());
        plot.setDomainAxis(linearAxis);
        plot.setRangeAxis(decayAxis);
        plot.setRenderer(renderer);
        plot.setDataset(1, firsts);
        plot.setRenderer(1, dots);
        dots.setDefaultSeriesVisibleInLegend(false);
        dots.setUseOutlinePaint(true);
        dots.setDrawOutlines(true);
        chart.addSubtitle(1, firstsLine);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD); // dots over the lines
        this.methods = methods;
        this.log = log;
        style();
        update(methods, log, null);
    }

    /**
     * Shows {@code newMethods} on a log or linear axis, with where each first falls below zero
     * ({@code first.get(k)} for method {@code k}; {@code null} while they are being searched).
     */
    public void update(MethodTable newMethods, boolean logAxisOn, List<FirstNegative> first) {
        // the first negatives arriving, or a new theme, keep the curves of the same table
        update(newMethods, logAxisOn, first, shows(newMethods, logAxisOn) ? shown : curves(newMethods, logAxisOn));
    }

    /**
     * The curves of {@code methods}' decay on the log or linear grid: the longest part of an update
     * (at d = 8192, 11 million pair rotations), which the window computes off the FX thread. Pure.
     */
    public static Curves curves(MethodTable methods, boolean logAxisOn) {
        long m = methods.context().newLength();
        double[] x = logAxisOn ? DecayGrid.log(m, PER_OCTAVE) : DecayGrid.linear(m, LINEAR_POINTS);
        return new Curves(methods, logAxisOn, x, DecayCurves.of(methods, x));
    }

    /** The curves computed for one table and axis ({@link #curves}). */
    public static final class Curves {
        private final MethodTable methods;
        private final boolean log;
        private final double[] x;
        private final double[][] y;

        private Curves(MethodTable methods, boolean log, double[] x, double[][] y) {
            this.methods = methods;
            this.log = log;
            this.x = x;
            this.y = y;
        }

        /** Whether these are the curves of exactly {@code table} (the same object) on that axis. */
        public boolean isFor(MethodTable table, boolean logAxisOn) {
            return methods == table && log == logAxisOn;
        }
    }

    /** Whether the chart shows the curves of exactly {@code table} on that axis: an update needs no new ones. */
    public boolean shows(MethodTable table, boolean logAxisOn) {
        return shown != null && shown.isFor(table, logAxisOn);
    }

    /**
     * {@link #update(MethodTable, boolean, List)} with curves already computed for that table and axis
     * ({@link #curves}; those shown now when they are the same).
     */
    public void update(MethodTable newMethods, boolean logAxisOn, List<FirstNegative> first, Curves curves) {
        if (!curves.isFor(newMethods, logAxisOn)) {
            throw new IllegalArgumentException("curves of another table or axis");
        }
        this.methods = Objects.requireNonNull(newMethods);
        this.log = logAxisOn;
        this.firstNegatives = first == null ? null : List.copyOf(first);
        this.shown = curves;
        ScalingContext c = newMethods.context();
        long m = c.newLength();
        chart.setNotify(false);
        try {
            double[] x = curves.x;
            double[][] y = curves.y;
            double lo = 0;
            for (int s = 0; s < y.length; s++) {
                for (double v : y[s]) {
                    lo = Math.min(lo, v);
                }
            }
            // built off to the side, then swapped in: one change event however many series
            DefaultXYDataset data = new DefaultXYDataset();
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int s = 0; s < newMethods.size(); s++) {
                String key = MethodDataset.legendLabel(newMethods.get(s).method(), c);
                for (int n = 2; !keys.add(key); n++) {
                    key = MethodDataset.legendLabel(newMethods.get(s).method(), c) + " (" + n + ")";
                }
                data.addSeries(key, new double[][] {x, y[s]});
            }
            plot.setDataset(0, data);
            PlotStyle.colour(theme, renderer, newMethods);
            ValueAxis axis = logAxisOn ? logAxis : linearAxis;
            if (plot.getDomainAxis() != axis) {
                plot.setDomainAxis(axis);
            }
            axis.setRange(logAxisOn ? 1 : 0, Math.max(m, logAxisOn ? 2 : 1) * (logAxisOn ? 1.15 : 1.02));
            decayAxis.setRange(Math.floor((lo - 0.05) * 10) / 10, 1.05);
            markLines(c);
            markFirsts(newMethods);
            subtitle.setText(sampling(m, logAxisOn));
            firstsLine.setText(firstsText(newMethods));
        } finally {
            chart.setNotify(true);
        }
    }

    private static String sampling(long m, boolean logAxisOn) {
        long h = DecayGrid.linearStep(m, LINEAR_POINTS);
        if (!logAxisOn && h == 1) {
            return text("chart.decay.everyDistance", Numbers.grouped(m));
        }
        return logAxisOn ? text("chart.decay.perOctave", Integer.toString(PER_OCTAVE))
                : text("chart.decay.every", Numbers.grouped(h));
    }

    private String firstsText(MethodTable t) {
        if (firstNegatives == null) {
            return text("chart.decay.searching");
        }
        StringBuilder sb = new StringBuilder(text("chart.decay.firstBelow"));
        for (int k = 0; k < t.size() && k < firstNegatives.size(); k++) {
            FirstNegative f = firstNegatives.get(k);
            sb.append(k == 0 ? "  " : "  ·  ").append(shortName(t.get(k).method())).append(' ').append(describe(f));
        }
        return sb.toString();
    }

    /** "original RoPE", "PI", "base scaling" for the book's curves; a method's label otherwise. */
    public static String shortName(org.ropescope.math.scaling.ScalingMethod m) {
        if (!m.isBook()) {
            return text("method." + m.kind().id());
        }
        return switch (m.kind()) {
            case DEFAULT -> text("chart.short.original");
            case LINEAR -> "PI";
            default -> text("chart.short.baseScaling");
        };
    }

    /** {@code "Δ = 1,234"}, {@code "none up to 16,384"} or {@code "none up to 3,000,000 (search stopped)"}. */
    public static String describe(FirstNegative f) {
        return switch (f.status()) {
            case FOUND -> "Δ = " + Numbers.grouped(f.distance());
            case NONE -> text("chart.decay.none", Numbers.grouped(f.searchedTo()));
            case STOPPED -> text("chart.decay.stopped", Numbers.grouped(f.searchedTo()));
        };
    }

    private void markLines(ScalingContext c) {
        for (ValueMarker v : lines) {
            plot.removeDomainMarker(0, v, Layer.FOREGROUND, false);
        }
        plot.clearRangeMarkers();
        lines.clear();
        ValueMarker trained = PlotStyle.line(theme, c.originalLength(), "m_l = "
                + Numbers.grouped(c.originalLength()));
        trained.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT); // low: clear of m's label on a log axis
        trained.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        lines.add(trained);
        ValueMarker newLine = PlotStyle.line(theme, c.newLength(), "m = " + Numbers.grouped(c.newLength()));
        newLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        newLine.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        lines.add(newLine);
        for (ValueMarker v : lines) {
            plot.addDomainMarker(0, v, Layer.FOREGROUND, false);
        }
        ValueMarker zero = new ValueMarker(0, theme.axis(), theme.scaled(1f));
        plot.addRangeMarker(0, zero, Layer.BACKGROUND, false);
    }

    private void markFirsts(MethodTable t) {
        firsts.removeAllSeries();
        double r = 5.5 * theme.fontScale();
        for (int k = 0; k < t.size(); k++) {
            XYSeries s = new XYSeries("first below zero " + k, false, true);
            if (firstNegatives != null && k < firstNegatives.size()
                    && firstNegatives.get(k).status() == FirstNegative.Status.FOUND) {
                long at = firstNegatives.get(k).distance();
                ScaledFrequencies f = t.get(k);
                s.add(at, LongTermDecay.at(f.invFreqs(), at), false);
            }
            firsts.addSeries(s);
            dots.setSeriesPaint(k, theme.paint(t.get(k).method().kind()), false);
            dots.setSeriesShape(k, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), false);
            dots.setSeriesOutlineStroke(k, new BasicStroke(1.5f * theme.fontScale()), false);
            dots.setSeriesOutlinePaint(k, theme.background(), false);
        }
    }

    @Override
    void redraw() {
        update(methods, log, firstNegatives);
    }

    @Override
    void style() {
        PlotStyle.apply(theme, chart, plot, subtitle, renderer, linearAxis, logAxis, decayAxis);
        firstsLine.setFont(theme.font(Font.PLAIN, 12));
        firstsLine.setPaint(theme.text());
        firstsLine.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        firstsLine.setPadding(new org.jfree.chart.ui.RectangleInsets(0, 8, 4, 4));
    }

    /** The curves drawn: one series per method, x the distance, y {@code B}. */
    public XYDataset dataset() {
        return plot.getDataset(0);
    }

    /** The methods drawn, with their context. */
    public MethodTable methods() {
        return methods;
    }

    /** Whether the distance axis is logarithmic. */
    public boolean isLog() {
        return log;
    }

    /** The first negatives shown, or {@code null} while pending. */
    public List<FirstNegative> firstNegatives() {
        return firstNegatives;
    }
}
