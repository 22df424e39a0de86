package org.ropescope.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.chart.live.LayeredXYPlot;
import org.ropescope.chart.live.LiveLayers;
import org.ropescope.chart.live.LiveLegendTitle;
import org.ropescope.chart.live.LiveNumberAxis;
import org.ropescope.chart.live.LiveTextTitle;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The period chart: x is the pair index, y the period in tokens on a log axis, one line per
 * drawn method of a {@link MethodTable} (the book's three curves are methods among the others), labelled
 * lines at {@code m_l} and {@code m}, and, when base scaling is drawn, the two points that tell the
 * story marked: pair 0, where base scaling keeps the period 2*pi, and the last pair, where base
 * scaling meets PI. With partial rotary embeddings the pairs that do not rotate are shaded grey.
 *
 * <p>The same {@link JFreeChart} is shown in the window and drawn to files. {@link #update} changes
 * data, markers, annotations and titles with notification off and fires one change event at the
 * end, so the viewer repaints once per update. The teaching notes on the plot are {@link PeriodNotes},
 * every text the chart shows is in {@link PeriodTexts}, and the window draws it in two layers
 * ({@link #liveLayers()}).
 */
public final class PeriodChart implements ThemedChart {

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
    private MethodTable book; // the book's three curves on the shown context, made when first asked
    private ChartTheme theme = ChartTheme.LIGHT;
    private MethodTable methods;

    // teaching views: the shortcut lambda = s, the pairs that never turn, the selected pair
    private final ShortcutDataset shortcut = new ShortcutDataset();
    private boolean shortcutShown;
    private boolean compact;
    private boolean notesShown = true;
    private boolean zoomedToLastPairs;
    private int highlightedPair = -1;
    private final PeriodNotes notes;

    /** Every method of {@code methods}, side by side ({@link MethodTable#book} for the book's three curves). */
    public PeriodChart(MethodTable methods) {
        this.methods = methods;
        dataset = new PeriodDataset(methods);

        pairAxis = new LiveNumberAxis(PeriodTexts.pairAxis());
        pairAxis.setStandardTickUnits(PlotStyle.integerTickUnits());
        pairAxis.setAutoRangeIncludesZero(true);
        periodAxis = new PlainLogAxis(PeriodTexts.periodAxis(false));
        periodAxis.setBase(10);
        periodAxis.setNumberFormatOverride(Numbers.compactFormat());
        periodAxis.setStandardTickUnits(PlotStyle.wholePowerTickUnits(9)); // whole decades: 10, 100, 1k, never 10^0.2
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

        notes = new PeriodNotes(plot, this::book); // the shortcut's renderer and the never-turn band too

        chart = new JFreeChart(null, ChartStyle.font(Font.BOLD, 18), plot, false);
        subtitle = new LiveTextTitle("", ChartStyle.font(Font.PLAIN, 13));
        chart.setTitle(new TextTitle(PeriodTexts.title()));
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
    @Override
    public void applyTheme(ChartTheme newTheme) {
        this.theme = java.util.Objects.requireNonNull(newTheme);
        chart.setNotify(false);
        style();
        update(methods); // turns notification back on: one change event for the style and the data
    }

    /** The theme the chart is drawn with; {@link ChartTheme#LIGHT} until {@link #applyTheme}. */
    @Override
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

    /**
     * The book's three curves on the shown context, whichever methods are drawn: what the highlight, the
     * magnifier and the pair table's frequencies read. Computed when first asked after an update, so a
     * new object means new numbers.
     */
    public MethodTable book() {
        if (book == null) {
            book = methods.book(); // the drawn book curves' values, when they are drawn
        }
        return book;
    }

    /** The methods shown, with their context. */
    public MethodTable methods() {
        return methods;
    }

    /**
     * Shows {@code newMethods}: data, colours, axis ranges, markers, annotations and subtitle, in one
     * change event.
     */
    public void update(MethodTable newMethods) {
        this.methods = newMethods;
        this.book = null;
        ScalingContext ctx = newMethods.context();
        RopeConfig c = ctx.rotaryConfig();
        chart.setNotify(false);
        try {
            dataset.setMethods(newMethods);
            PlotStyle.colour(theme, renderer, newMethods);
            int last = ctx.headPairs() - 1;
            // the rings on pair 0 and the last pair whole: the narrow chart beside the table needs more room
            double margin = (compact ? 0.035 : 0.02) * Math.max(last, 1);
            pairAxis.setRange(-margin, last + margin);
            String pairLabel = PeriodTexts.pairAxis(compact && theme.fontScale() > 1.2);
            if (!pairLabel.equals(pairAxis.getLabel())) {
                pairAxis.setLabel(pairLabel); // presentation's large type: the full label was cut
            }
            NonRotating.mark(plot, ctx);

            double lo = Math.min(finiteOr(newMethods.minPeriod(), RopeMath.TWO_PI), c.originalLength());
            double hi = Math.max(finiteOr(newMethods.maxPeriod(), c.newLength()), c.newLength());
            periodAxis.setRange(quarterDecadeBelow(lo / 4), quarterDecadeAbove(hi * 4));
            if (zoomedToLastPairs) {
                zoomToLastPairs(newMethods, last);
            }

            originalMarker.setValue(c.originalLength());
            originalMarker.setLabel(PeriodTexts.originalLine(c.originalLength()));
            newMarker.setValue(c.newLength());
            newMarker.setLabel(PeriodTexts.newLine(c.newLength()));

            notes.markNeverTurning(c, compact);
            if (shortcutShown) {
                shortcut.setConfig(c);
            }
            plot.setDataset(1, shortcutShown ? shortcut : null);
            if (highlightedPair > c.lastPair()) {
                highlightedPair = -1;
            }

            notes.annotate(newMethods, theme, compact, notesShown, shortcutShown, highlightedPair);
            subtitle.setText(PeriodTexts.subtitle(ctx));
        } finally {
            chart.setNotify(true); // one ChartChangeEvent for everything above
        }
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
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
        int next = i >= 0 && i < methods.context().pairs() ? i : -1;
        if (next != highlightedPair) {
            highlightedPair = next;
            chart.setNotify(false);
            try {
                notes.annotate(methods, theme, compact, notesShown, shortcutShown, highlightedPair);
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
        return notes.neverTurnBand();
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
        return Math.max(0, Math.min(methods.context().pairs() - 1, i));
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
        PlotStyle.header(theme, chart, subtitle, PlotStyle.Sizes.PERIOD);
        subtitle.setTextAlignment(HorizontalAlignment.LEFT); // a wrapped second line starts at the left too
        PlotStyle.plot(theme, plot);
        plot.setRangeMinorGridlinesVisible(false); // minor ticks on the axis say "log"; 50 faint grid lines cost a raster pass each
        plot.setRangeMinorGridlinePaint(theme.minorGrid());
        plot.setRangeMinorGridlineStroke(new BasicStroke(0.8f));
        PlotStyle.colour(theme, renderer, methods);
        PlotStyle.legendLine(theme, renderer);

        for (ValueMarker m : List.of(originalMarker, newMarker)) {
            m.setPaint(theme.marker());
            m.setStroke(theme.markerStroke());
            m.setLabelFont(theme.font(Font.PLAIN, 12));
            m.setLabelPaint(theme.mutedText());
            m.setLabelBackgroundColor(theme.labelBackground());
        }
        notes.style(theme);

        periodAxis.setLabel(PeriodTexts.periodAxis(theme.fontScale() > 1.2));
        PlotStyle.axes(theme, pairAxis, periodAxis);
        for (var axis : List.of(pairAxis, periodAxis)) {
            axis.setAxisLineStroke(theme.scaled(1f));
            axis.setTickMarkStroke(theme.scaled(1f));
            axis.setTickMarkOutsideLength(2 * theme.fontScale());
            axis.setTickLabelInsets(new RectangleInsets(2 * theme.fontScale(), 4 * theme.fontScale(),
                    2 * theme.fontScale(), 4 * theme.fontScale()));
        }

        PlotStyle.legend(theme, chart.getLegend(), PlotStyle.Sizes.PERIOD).setItemLabelPadding(
                new RectangleInsets(2, 4 + theme.lineWidth(), 2, 18 * theme.fontScale()));
        chart.getLegend().setPadding(new RectangleInsets(2, 4, 4, 4));
        // transparent: the chart's background is already there, and the window's moving header layer
        // must not paint over the top period label reaching up into the legend's strip (issue 13, defect 3)
        chart.getLegend().setBackgroundPaint(null);
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
}
