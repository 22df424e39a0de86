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
import org.jfree.chart.plot.IntervalMarker;
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
import org.ropescope.math.Teaching;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The period chart: x is the pair index, y the period in tokens on a log axis, one line per
 * drawn method (the book's three {@link Curve}s by default, or any {@link MethodTable}), labelled
 * lines at {@code m_l} and {@code m}, and, when base scaling is drawn, the two points that tell the
 * story marked: pair 0, where base scaling keeps the period 2*pi, and the last pair, where base
 * scaling meets PI. With partial rotary embeddings the pairs that do not rotate are shaded grey.
 *
 * <p>The same {@link JFreeChart} is shown in the window and drawn to files. {@link #update} changes
 * data, markers, annotations and titles with notification off and fires one change event at the
 * end, so the viewer repaints once per update.
 */
public final class PeriodChart {

    public static final List<Curve> CURVES = List.of(Curve.ORIGINAL, Curve.INTERPOLATED, Curve.BASE_SCALED);

    private final JFreeChart chart;
    private final LayeredXYPlot plot;
    private final PeriodDataset dataset;
    private final LogAxis periodAxis;
    private final NumberAxis pairAxis;
    private final LiveTextTitle subtitle;
    private final LiveLayers layers;
    private final ValueMarker originalMarker;
    private final ValueMarker newMarker;
    private final XYLineAndShapeRenderer renderer;
    private PeriodTable table;
    private ChartTheme theme = ChartTheme.LIGHT;
    private MethodTable methods;

    // teaching views: the shortcut lambda = s, the pairs that never turn, the selected pair
    private final ShortcutDataset shortcut = new ShortcutDataset();
    private final IntervalMarker neverTurnBand;
    private boolean shortcutShown;
    private boolean compact;
    private boolean notesShown = true;
    private boolean zoomedToLastPairs;
    private int highlightedPair = -1;

    /** The book's three curves for {@code table}. */
    public PeriodChart(PeriodTable table) {
        this(PeriodDataset.book(CURVES, table));
        this.table = table;
    }

    /** Every method of {@code methods}, side by side. */
    public PeriodChart(MethodTable methods) {
        this.methods = methods;
        dataset = new PeriodDataset(methods);

        pairAxis = new LiveNumberAxis("pair index i   (frequency θᵢ = b^(−2i/d) falls →)");
        pairAxis.setStandardTickUnits(integerTickUnits());
        pairAxis.setAutoRangeIncludesZero(true);
        periodAxis = new LogAxis("period Tᵢ = 2π/θᵢ  (tokens, log scale)");
        periodAxis.setBase(10);
        periodAxis.setNumberFormatOverride(Numbers.compactFormat());
        periodAxis.setStandardTickUnits(decadeTickUnits()); // whole decades: 10, 100, 1k, never 10^0.2
        periodAxis.setMinorTickCount(9);
        periodAxis.setMinorTickMarksVisible(true);
        periodAxis.setSmallestValue(1e-3);

        // lines only, one path per series, drawing only the points that show at the drawn size
        renderer = new DecimatingLineRenderer();
        // a narrow chart (beside the table) names each method without its parameters: the legend's
        // long entries were cut at the chart's edge
        renderer.setLegendItemLabelGenerator((data, series) -> {
            String key = String.valueOf(data.getSeriesKey(series));
            int colon = key.indexOf(':');
            return compact && colon > 0 ? key.substring(0, colon) : key;
        });
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));

        plot = new LayeredXYPlot(dataset, pairAxis, periodAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        // labels at the left, where the rising curves leave room: m above its line, m_l below
        // its line, so they never collide, not even at m = m_l
        originalMarker = marker();
        originalMarker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        originalMarker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        newMarker = marker();
        plot.addRangeMarker(originalMarker, Layer.FOREGROUND);
        plot.addRangeMarker(newMarker, Layer.FOREGROUND);

        DecimatingLineRenderer shortcutRenderer = new DecimatingLineRenderer();
        shortcutRenderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
        shortcutRenderer.setSeriesPaint(0, ChartStyle.SHORTCUT);
        shortcutRenderer.setSeriesStroke(0, ChartStyle.shortcutStroke());
        plot.setRenderer(1, shortcutRenderer);
        neverTurnBand = new IntervalMarker(0, 1, ChartStyle.NEVER_TURN_BAND);
        neverTurnBand.setLabelFont(ChartStyle.font(Font.PLAIN, 12));
        neverTurnBand.setLabelPaint(new Color(0x5E4A8A));
        // the label ends at the band's right edge and runs left: a narrow band (few late pairs, or the
        // narrow chart beside the table) no longer pushes it out of the plot
        neverTurnBand.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        neverTurnBand.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        neverTurnBand.setLabelOffset(new RectangleInsets(6, 6, 26, 6));

        chart = new JFreeChart(null, ChartStyle.font(Font.BOLD, 18), plot, false);
        subtitle = new LiveTextTitle("", ChartStyle.font(Font.PLAIN, 13));
        chart.setTitle(new TextTitle("RoPE period of every dimension pair"));
        chart.addSubtitle(subtitle);
        LiveLegendTitle legend = new LiveLegendTitle(plot);
        chart.addSubtitle(legend);
        layers = new LiveLayers(chart, plot, subtitle, legend);
        style();
        update(methods);
    }

    /**
     * Draws the chart with {@code newTheme} (colours, line widths, font sizes) from now on, in
     * the window and in files; one change event.
     */
    public void applyTheme(ChartTheme newTheme) {
        this.theme = java.util.Objects.requireNonNull(newTheme);
        chart.setNotify(false);
        style();
        update(methods); // turns notification back on: one change event for the style and the data
    }

    /** The theme the chart is drawn with; {@link ChartTheme#LIGHT} until {@link #applyTheme}. */
    public ChartTheme theme() {
        return theme;
    }

    /** The JFreeChart object, for the viewer and for file export. */
    public JFreeChart chart() {
        return chart;
    }

    /** The chart's two layers on screen: what stays during a drag and what moves. */
    public LiveLayers liveLayers() {
        return layers;
    }

    public PeriodDataset dataset() {
        return dataset;
    }

    /** The book's periods for the shown context (its rotating part), computed when first asked. */
    public PeriodTable table() {
        if (table == null) {
            table = PeriodTable.of(methods.context().rotaryConfig());
        }
        return table;
    }

    /** The methods shown, with their context. */
    public MethodTable methods() {
        return methods;
    }

    /** Shows the book's three curves for {@code newTable}, in one change event. */
    public void update(PeriodTable newTable) {
        update(PeriodDataset.book(CURVES, newTable));
        this.table = newTable;
    }

    /**
     * Shows {@code newMethods}: data, colours, axis ranges, markers, annotations and subtitle, in one
     * change event.
     */
    public void update(MethodTable newMethods) {
        this.methods = newMethods;
        this.table = null;
        ScalingContext ctx = newMethods.context();
        RopeConfig c = ctx.rotaryConfig();
        chart.setNotify(false);
        try {
            dataset.setMethods(newMethods);
            for (int s = 0; s < newMethods.size(); s++) {
                renderer.setSeriesPaint(s, theme.paint(newMethods.get(s).method().kind()), false);
                renderer.setSeriesStroke(s, theme.stroke(newMethods.get(s).method().kind()), false);
            }
            int last = ctx.headPairs() - 1;
            pairAxis.setRange(-0.02 * Math.max(last, 1), last + 0.02 * Math.max(last, 1));
            NonRotating.mark(plot, ctx);

            double lo = Math.min(finiteOr(newMethods.minPeriod(), RopeMath.TWO_PI), c.originalLength());
            double hi = Math.max(finiteOr(newMethods.maxPeriod(), c.newLength()), c.newLength());
            periodAxis.setRange(quarterDecadeBelow(lo / 4), quarterDecadeAbove(hi * 4));
            if (zoomedToLastPairs) {
                zoomToLastPairs(newMethods, last);
            }

            originalMarker.setValue(c.originalLength());
            originalMarker.setLabel("m_l = " + Numbers.grouped(c.originalLength()) + "  original context");
            newMarker.setValue(c.newLength());
            newMarker.setLabel("m = " + Numbers.grouped(c.newLength()) + "  new context");

            int turning = Teaching.pairsCompletingTurn(c);
            plot.removeDomainMarker(0, neverTurnBand, Layer.BACKGROUND, false);
            if (turning < c.pairs()) {
                neverTurnBand.setStartValue(turning - 0.5);
                neverTurnBand.setEndValue(c.lastPair() + 0.5); // the rotating pairs only
                neverTurnBand.setLabel("i ≥ " + turning + (compact ? ": no turn" : ": no full turn within m_l"));
                plot.addDomainMarker(0, neverTurnBand, Layer.BACKGROUND, false);
            }
            if (shortcutShown) {
                shortcut.setConfig(c);
            }
            plot.setDataset(1, shortcutShown ? shortcut : null);
            if (highlightedPair > c.lastPair()) {
                highlightedPair = -1;
            }

            annotate(newMethods, c.lastPair());
            // a narrow chart (presentation mode's large type) wraps between these groups, never
            // inside one: "λ =" never ends a line with its value on the next
            subtitle.setText(String.join("    ", List.of(
                    unbroken("b = " + Numbers.grouped(c.base())),
                    unbroken("d = " + c.dim() + (ctx.isPartial() ? " of " + ctx.headDim() + " rotating" : "")),
                    unbroken("m_l = " + Numbers.grouped(c.originalLength()) + " → m = " + Numbers.grouped(c.newLength())),
                    unbroken("s = " + Numbers.significant(c.scale(), 6)),
                    unbroken("λ = " + Numbers.significant(c.lambda(), 6)),
                    unbroken("λ·b = " + Numbers.significant(c.newBase(), 7)))));
        } finally {
            chart.setNotify(true); // one ChartChangeEvent for everything above
        }
    }

    /** {@code text} with no-break spaces, so a wrapped line never breaks inside it. */
    static String unbroken(String text) {
        return text.replace(' ', '\u00A0');
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    /**
     * The book's two points, on the first base-scaling (ntk) curve drawn (nothing when there is none);
     * the shortcut's miss and the highlighted pair when they are on.
     */
    private void annotate(MethodTable t, int last) {
        plot.clearAnnotations();
        if (shortcutShown) {
            // first, so that the notes drawn after it keep off it
            // the magnifier sits in the empty lower-right corner: short periods, late pairs
            // its bottom clears the never-turn band's label (drawn at the foot of the band)
            float k = theme.fontScale();
            plot.addAnnotation(new InsetAnnotation(ShortcutInset.of(table(), theme), 0.985, 0.12,
                    Math.round(300 * k), Math.round(160 * k), Math.round(48 * k)), false);
        }
        if (notesShown) {
            bookPoints(t, last);
        }
        RopeConfig c = t.context().rotaryConfig();
        if (shortcutShown && notesShown) {
            double cut = Teaching.naivePeriod(c, last);
            String missShort = "λ = s: " + EquationTex.percentText(Teaching.naiveMismatchPercent(c)) + " off PI";
            XYPointerAnnotation miss = pointer(compact ? missShort : "λ = s: " + Numbers.tokens(cut) + " tokens, "
                    + EquationTex.percentText(Teaching.naiveMismatchPercent(c)) + " off PI", missShort,
                    last, cut, 2.4);
            miss.setTextAnchor(TextAnchor.TOP_RIGHT);
            miss.setPaint(ShortcutInset.shortcutPaint(theme));
            miss.setArrowPaint(ShortcutInset.shortcutPaint(theme));
            plot.addAnnotation(miss, false);
        }
        if (highlightedPair >= 0) {
            plot.addAnnotation(new HighlightAnnotation(highlightedPair, table(), shortcutShown ? c : null), false);
        }
    }

    private void bookPoints(MethodTable t, int last) {
        int k = -1;
        for (int s = 0; s < t.size() && k < 0; s++) {
            if (t.get(s).method() instanceof Ntk) {
                k = s;
            }
        }
        if (k < 0) {
            return;
        }
        double f = t.get(k).method().factor(t.context());
        boolean piDrawn = t.results().stream().anyMatch(r -> r.method() instanceof Linear
                && r.method().factor(t.context()) == f);
        double matched = t.get(k).period(last);
        String rule = piDrawn ? "base scaling = PI = " : "base scaling stretched " + Numbers.significant(f, 6) + "x = ";
        String endShort = "i = " + last + ": " + (piDrawn ? "base = PI = " : "base ×" + Numbers.significant(f, 4) + " = ")
                + Numbers.tokens(matched);
        XYPointerAnnotation end = pointer(compact ? endShort
                : "last pair i = " + last + ": " + rule + Numbers.tokens(matched) + " tokens (interpolates)", endShort,
                last, matched, t.context().isPartial() ? -0.55 : -2.6); // partial: the grey band on the right has room
        end.setTextAnchor(t.context().isPartial() ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(end, false);

        double p0 = t.get(k).period(0);
        XYPointerAnnotation start = pointer(compact ? "pair 0 keeps 2π"
                : "pair 0: base scaling keeps 2π ≈ " + Numbers.tokens(RopeMath.TWO_PI) + " (extrapolates)",
                "pair 0 keeps 2π", 0, p0, 0.55);
        start.setTextAnchor(TextAnchor.TOP_LEFT);
        plot.addAnnotation(start, false);

        plot.addAnnotation(new RingAnnotation(last, matched, 6 * theme.fontScale(), theme.text(), theme.scaled(2f)),
                false);
        plot.addAnnotation(new RingAnnotation(0, p0, 6 * theme.fontScale(), theme.text(), theme.scaled(2f)), false);
    }

    /** The pairs a zoom to the last pairs shows. */
    public static final int ZOOM_PAIRS = 8;

    /** Both axes around the last {@link #ZOOM_PAIRS} pairs: where the methods part and where lambda = s misses. */
    private void zoomToLastPairs(MethodTable t, int last) {
        int first = Math.max(0, last - ZOOM_PAIRS + 1);
        pairAxis.setRange(first - 0.4, last + 0.4);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int s = 0; s < t.size(); s++) {
            for (int i = first; i <= last; i++) {
                double p = t.get(s).period(i);
                if (Double.isFinite(p) && p > 0) {
                    lo = Math.min(lo, p);
                    hi = Math.max(hi, p);
                }
            }
        }
        if (hi > 0) {
            periodAxis.setRange(lo / 1.25, hi * 1.25);
        }
    }

    /**
     * Shows only the last {@link #ZOOM_PAIRS} pairs (presentation mode's Z key), or every pair again;
     * one change event.
     */
    public void setZoomedToLastPairs(boolean on) {
        if (on != zoomedToLastPairs) {
            zoomedToLastPairs = on;
            update(methods);
        }
    }

    public boolean isZoomedToLastPairs() {
        return zoomedToLastPairs;
    }

    /** Draws the notes on the chart (pair 0, the last pair, the shortcut's miss), or leaves them out. */
    public void setNotesShown(boolean on) {
        if (on != notesShown) {
            notesShown = on;
            update(methods);
        }
    }

    public boolean isNotesShown() {
        return notesShown;
    }

    /**
     * The boxes of the labels the last drawing placed in the plot (the m_l and m lines' labels, the
     * notes, the magnifier), in Java2D coordinates: what a layout check compares.
     */
    public List<Rectangle2D> labelBoxes() {
        return List.copyOf(plot.labelsPlaced());
    }

    /** Short annotation texts, for a chart shown in a narrow space (beside the table). */
    public void setCompact(boolean on) {
        if (on != compact) {
            compact = on;
            update(methods);
        }
    }

    /** Draws the shortcut {@code lambda = s} as an extra dashed series, with its miss annotated. */
    public void setShortcutShown(boolean shown) {
        if (shown != shortcutShown) {
            shortcutShown = shown;
            update(methods);
        }
    }

    public boolean isShortcutShown() {
        return shortcutShown;
    }

    /** The dataset of the shortcut's series (plot dataset 1; drawn only while shown). */
    public ShortcutDataset shortcutDataset() {
        return shortcut;
    }

    /** Highlights pair {@code i} (a line and a ring on every series), or nothing for {@code i < 0}. */
    public void setHighlightedPair(int i) {
        int next = i >= 0 && i < table().size() ? i : -1;
        if (next != highlightedPair) {
            highlightedPair = next;
            chart.setNotify(false);
            try {
                annotate(methods, table().config().lastPair());
            } finally {
                chart.setNotify(true);
            }
        }
    }

    /** The highlighted pair, or -1. */
    public int highlightedPair() {
        return highlightedPair;
    }

    /** The band over the pairs that never complete a turn within m_l (on the plot only when there are some). */
    public IntervalMarker neverTurnBand() {
        return neverTurnBand;
    }

    /**
     * The pair under a Java2D x coordinate of the plot's data area (nearest index), or -1 outside it.
     * Used by the window's hover and click; pure arithmetic on the axis.
     */
    public int pairAt(double java2DX, Rectangle2D dataArea) {
        if (dataArea == null || java2DX < dataArea.getMinX() || java2DX > dataArea.getMaxX()) {
            return -1;
        }
        double x = pairAxis.java2DToValue(java2DX, dataArea, plot.getDomainAxisEdge());
        int i = (int) Math.round(x);
        return Math.max(0, Math.min(table().size() - 1, i));
    }

    private XYPointerAnnotation pointer(String text, String shortText, double x, double y, double angle) {
        XYPointerAnnotation a = new FittingPointerAnnotation(text, shortText, x, y, angle);
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
        plot.setRangeMinorGridlinesVisible(false); // minor ticks on the axis say "log"; 50 faint grid lines cost a raster pass each
        plot.setRangeMinorGridlinePaint(theme.minorGrid());
        plot.setRangeMinorGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, theme.paint(dataset.method(s).kind()));
            renderer.setSeriesStroke(s, theme.stroke(dataset.method(s).kind()));
        }
        renderer.setLegendLine(new Line2D.Double(-18 * theme.fontScale(), 0, 18 * theme.fontScale(), 0));

        for (ValueMarker m : List.of(originalMarker, newMarker)) {
            m.setPaint(theme.marker());
            m.setStroke(theme.markerStroke());
            m.setLabelFont(theme.font(Font.PLAIN, 12));
            m.setLabelPaint(theme.mutedText());
            m.setLabelBackgroundColor(theme.labelBackground());
        }
        neverTurnBand.setLabelFont(theme.font(Font.PLAIN, 12));
        neverTurnBand.setLabelOffset(new RectangleInsets(6, 6, 26 * theme.fontScale(), 6));
        plot.getRenderer(1).setSeriesPaint(0, ShortcutInset.shortcutPaint(theme));
        plot.getRenderer(1).setSeriesStroke(0, ChartStyle.shortcutStroke(theme.lineWidth() / ChartTheme.STYLE_LINE_WIDTH));
        // JFreeChart's default label background is a grey box; the band's label sits on the band
        neverTurnBand.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        // the band's violet, dark on a light chart and light on a dark one (it was unreadable there)
        neverTurnBand.setLabelPaint(ChartTheme.luminance(theme.background()) < 0.5 ? new Color(0xC3B4F0)
                : new Color(0x5E4A8A));

        // in large type the full label is taller than the plot of a window (it overran the legend)
        periodAxis.setLabel(theme.fontScale() > 1.2 ? "period Tᵢ  (tokens)" : "period Tᵢ = 2π/θᵢ  (tokens, log scale)");
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
        // transparent: the chart's background is already there, and the window's moving header layer
        // must not paint over the top period label reaching up into the legend's strip (issue 13, defect 3)
        legend.setBackgroundPaint(null);
        legend.setItemFont(theme.font(Font.PLAIN, 13));
        legend.setItemPaint(theme.text());
        legend.setItemLabelPadding(new RectangleInsets(2, 4 + theme.lineWidth(), 2, 18 * theme.fontScale()));
        legend.setPadding(new RectangleInsets(2, 4, 4, 4));
    }

    /**
     * The axis ends snap to quarter decades, so a drag moves the curves, not the axis: the range
     * changes only when the data crosses a quarter decade (about x1.78), not on every step.
     */
    static double quarterDecadeBelow(double v) {
        return Math.pow(10, Math.floor(Math.log10(v) * 4) / 4);
    }

    static double quarterDecadeAbove(double v) {
        return Math.pow(10, Math.ceil(Math.log10(v) * 4) / 4);
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

    /** The selected pair: a vertical line across the plot and a filled dot on every series. */
    static final class HighlightAnnotation extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final int pair;
        private final double[] y;

        HighlightAnnotation(int pair, PeriodTable t, RopeConfig shortcutOf) {
            this.pair = pair;
            int n = CURVES.size() + (shortcutOf == null ? 0 : 1);
            y = new double[n];
            for (int s = 0; s < CURVES.size(); s++) {
                y[s] = t.period(CURVES.get(s), pair);
            }
            if (shortcutOf != null) {
                y[n - 1] = Teaching.naivePeriod(shortcutOf, pair);
            }
        }

        int pair() {
            return pair;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
            double px = domainAxis.valueToJava2D(pair, dataArea, plot.getDomainAxisEdge());
            g2.setPaint(new Color(0xC2185B & 0xFFFFFF | 0x66000000, true));
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(px, dataArea.getMinY(), px, dataArea.getMaxY()));
            for (double v : y) {
                if (!Double.isFinite(v) || v <= 0) {
                    continue; // never draw NaN or a point a log axis cannot place
                }
                double py = rangeAxis.valueToJava2D(v, dataArea, plot.getRangeAxisEdge());
                g2.setPaint(ChartStyle.HIGHLIGHT);
                g2.fill(new Ellipse2D.Double(px - 5, py - 5, 10, 10));
                g2.setPaint(Color.WHITE);
                g2.setStroke(new BasicStroke(1.5f));
                g2.draw(new Ellipse2D.Double(px - 5, py - 5, 10, 10));
            }
        }
    }

    /**
     * A small chart drawn inside the plot, anchored by its bottom-right corner at a fraction of the data
     * area, as vectors (sharp in PDF and SVG; no image made on every frame of a drag).
     */
    static final class InsetAnnotation extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final JFreeChart inset;
        private final double fx;
        private final double fy;
        private final int width;
        private final int height;
        private final int clearBelow;

        /** @param clearBelow pixels at the data area's foot the inset leaves free (the band's label) */
        InsetAnnotation(JFreeChart inset, double fx, double fy, int width, int height, int clearBelow) {
            this.inset = inset;
            this.clearBelow = clearBelow;
            this.fx = fx;
            this.fy = fy;
            this.width = width;
            this.height = height;
        }

        JFreeChart inset() {
            return inset;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
            int w = (int) Math.min(width, dataArea.getWidth() * 0.45);
            int h = (int) Math.min(height, dataArea.getHeight() * 0.45);
            if (w < 120 || h < 80) {
                return; // too small to read: leave the plot alone
            }
            double right = dataArea.getMinX() + fx * dataArea.getWidth();
            // over the band's label when the plot is tall enough; a short plot (below 400 px) needs that room
            // for the notes, and the magnifier sits where it always did
            double lift = dataArea.getHeight() >= 400 ? Math.max(fy * dataArea.getHeight(), clearBelow)
                    : fy * dataArea.getHeight();
            double bottom = dataArea.getMaxY() - lift;
            // drawn as vectors on a copy of the context: the copy's clip and transform end with it, so
            // the plot's own clip survives (drawing the nested chart on g2 itself would lose it)
            Rectangle2D at = new Rectangle2D.Double((int) (right - w), (int) (bottom - h), w, h);
            if (plot instanceof LayeredXYPlot p) {
                p.labelsPlaced().add(at); // the pointers' labels keep off it
            }
            Graphics2D g = (Graphics2D) g2.create();
            try {
                inset.draw(g, at);
            } finally {
                g.setClip(null);
                g.dispose();
            }
        }
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
