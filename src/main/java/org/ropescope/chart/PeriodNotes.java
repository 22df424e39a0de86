package org.ropescope.chart;

import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.function.Supplier;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.chart.annotation.FittingPointerAnnotation;
import org.ropescope.chart.annotation.HighlightAnnotation;
import org.ropescope.chart.annotation.InsetAnnotation;
import org.ropescope.chart.annotation.RingAnnotation;
import org.ropescope.chart.live.LayeredXYPlot;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.Teaching;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.Ntk;

/**
 * The teaching notes the period chart writes on its plot: the book's two points on base scaling (pair
 * 0 keeps 2π, the last pair meets PI), the shortcut {@code lambda = s} with its magnifier and its miss,
 * the highlighted pair, and the band over the pairs that never complete a turn within {@code m_l}. Their
 * texts are {@link PeriodTexts}.
 */
final class PeriodNotes {

    private final LayeredXYPlot plot;
    private final Supplier<MethodTable> book;
    private ChartTheme theme = ChartTheme.LIGHT;
    private boolean compact;

    private final IntervalMarker neverTurnBand = new IntervalMarker(0, 1, ChartStyle.NEVER_TURN_BAND);

    /**
     * Puts the shortcut's renderer on {@code plot} (renderer 1).
     *
     * @param book the book's three curves on the shown context (computed when first asked)
     */
    PeriodNotes(LayeredXYPlot plot, Supplier<MethodTable> book) {
        this.plot = plot;
        this.book = book;
        DecimatingLineRenderer shortcutRenderer = new DecimatingLineRenderer();
        shortcutRenderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
        shortcutRenderer.setSeriesPaint(0, ChartStyle.SHORTCUT);
        shortcutRenderer.setSeriesStroke(0, ChartStyle.shortcutStroke());
        plot.setRenderer(1, shortcutRenderer);
        neverTurnBand.setLabelFont(ChartStyle.font(Font.PLAIN, 12));
        neverTurnBand.setLabelPaint(ChartTheme.LIGHT.neverTurnLabel());
        // the label ends at the band's right edge and runs left: a narrow band (few late pairs, or the
        // narrow chart beside the table) no longer pushes it out of the plot
        neverTurnBand.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        neverTurnBand.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        neverTurnBand.setLabelOffset(new RectangleInsets(6, 6, 26, 6));
    }

    /** The shortcut's line and the never-turn band's label in {@code theme}. */
    void style(ChartTheme theme) {
        neverTurnBand.setLabelFont(theme.font(Font.PLAIN, 12));
        neverTurnBand.setLabelOffset(new RectangleInsets(6, 6, 26 * theme.fontScale(), 6));
        plot.getRenderer(1).setSeriesPaint(0, ShortcutInset.shortcutPaint(theme));
        plot.getRenderer(1).setSeriesStroke(0, ChartStyle.shortcutStroke(theme.lineWidth() / ChartTheme.STYLE_LINE_WIDTH));
        // JFreeChart's default label background is a grey box; the band's label sits on the band
        neverTurnBand.setLabelBackgroundColor(ChartStyle.TRANSPARENT);
        neverTurnBand.setLabelPaint(theme.neverTurnLabel());
    }

    /** Shades the pairs of {@code c} that never complete a turn within {@code m_l}, if there are any. No change event. */
    void markNeverTurning(RopeConfig c, boolean compact) {
        int turning = Teaching.pairsCompletingTurn(c);
        plot.removeDomainMarker(0, neverTurnBand, Layer.BACKGROUND, false);
        if (turning < c.pairs()) {
            neverTurnBand.setStartValue(turning - 0.5);
            neverTurnBand.setEndValue(c.lastPair() + 0.5); // the rotating pairs only
            neverTurnBand.setLabel(PeriodTexts.neverTurn(turning, compact));
            plot.addDomainMarker(0, neverTurnBand, Layer.BACKGROUND, false);
        }
    }

    /** The band over the pairs that never complete a turn within m_l (on the plot only when there are some). */
    IntervalMarker neverTurnBand() {
        return neverTurnBand;
    }

    /**
     * Replaces the plot's annotations: the book's two points on the first base-scaling (ntk) curve drawn
     * (nothing when there is none) when {@code notes}; the magnifier, and with the notes the miss, when
     * {@code shortcut}; the highlighted pair when {@code highlighted >= 0}. No change event.
     */
    void annotate(MethodTable t, ChartTheme theme, boolean compact, boolean notes, boolean shortcut,
            int highlighted) {
        this.theme = theme;
        this.compact = compact;
        int last = t.context().pairs() - 1;
        plot.clearAnnotations();
        if (shortcut && !compact) { // beside the table the magnifier covered the lines' labels and notes
            // first, so that the notes drawn after it keep off it
            // the magnifier sits in the empty lower-right corner: short periods, late pairs
            // its bottom clears the never-turn band's label (drawn at the foot of the band)
            float k = theme.fontScale();
            plot.addAnnotation(new InsetAnnotation(ShortcutInset.of(book.get(), theme), 0.985, 0.12,
                    Math.round(300 * k), Math.round(160 * k), Math.round(48 * k)), false);
        }
        if (notes) {
            bookPoints(t, last);
        }
        RopeConfig c = t.context().rotaryConfig();
        if (shortcut && notes) {
            String missShort = PeriodTexts.missShort(c);
            XYPointerAnnotation miss = pointer(compact ? missShort : PeriodTexts.miss(c, last), missShort,
                    last, Teaching.naivePeriod(c, last), 2.4);
            miss.setTextAnchor(TextAnchor.TOP_RIGHT);
            miss.setPaint(ShortcutInset.shortcutPaint(theme));
            miss.setArrowPaint(ShortcutInset.shortcutPaint(theme));
            plot.addAnnotation(miss, false);
        }
        if (highlighted >= 0) {
            plot.addAnnotation(highlight(highlighted, shortcut ? c : null), false);
        }
    }

    /** A dot on each of the book's curves at {@code pair}, and on the shortcut's when it is drawn. */
    private HighlightAnnotation highlight(int pair, RopeConfig shortcutOf) {
        MethodTable b = book.get();
        double[] y = new double[b.size() + (shortcutOf == null ? 0 : 1)];
        for (int s = 0; s < b.size(); s++) {
            y[s] = b.get(s).period(pair);
        }
        if (shortcutOf != null) {
            y[y.length - 1] = Teaching.naivePeriod(shortcutOf, pair);
        }
        return new HighlightAnnotation(pair, y, ChartStyle.HIGHLIGHT, ChartStyle.HIGHLIGHT_LINE, ChartStyle.HIGHLIGHT_RING);
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
        String endShort = PeriodTexts.lastPairShort(last, piDrawn, f, matched);
        // beside the table, where the period grows wider than the narrow plot, it moves rounded
        XYPointerAnnotation end = pointer(compact ? endShort : PeriodTexts.lastPair(last, piDrawn, f, matched),
                compact ? PeriodTexts.lastPairRounded(last, piDrawn, f, matched) : endShort, last, matched,
                t.context().isPartial() ? -0.55 : -2.6); // partial: the grey band on the right has room
        end.setTextAnchor(t.context().isPartial() ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(end, false);

        double p0 = t.get(k).period(0);
        XYPointerAnnotation start = pointer(compact ? PeriodTexts.pairZeroShort() : PeriodTexts.pairZero(),
                PeriodTexts.pairZeroShort(), 0, p0, 0.55);
        start.setTextAnchor(TextAnchor.TOP_LEFT);
        plot.addAnnotation(start, false);

        plot.addAnnotation(new RingAnnotation(last, matched, 6 * theme.fontScale(), theme.text(), theme.scaled(2f)),
                false);
        plot.addAnnotation(new RingAnnotation(0, p0, 6 * theme.fontScale(), theme.text(), theme.scaled(2f)), false);
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
}
