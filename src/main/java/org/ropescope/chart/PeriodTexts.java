package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.util.List;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.Teaching;
import org.ropescope.math.scaling.ScalingContext;

/**
 * Every text the period chart shows, whole sentences with their numbers, in one place: the title, the
 * axes, the lines at {@code m_l} and {@code m}, the band of pairs that never turn, the subtitle and the
 * teaching notes ({@link PeriodNotes}). A compact text is for the narrow chart beside the table. In the
 * language in use ({@code chart.periods.*} in the text bundles).
 */
final class PeriodTexts {

    private PeriodTexts() {
    }

    static String title() {
        return text("chart.periods.title");
    }

    static String pairAxis() {
        return pairAxis(false);
    }

    /** The pair axis; in large type beside the table, only its name (the full label was cut there). */
    static String pairAxis(boolean narrowLargeType) {
        return text(narrowLargeType ? "chart.pairAxis" : "chart.periods.pairAxis");
    }

    /** The period axis; in large type the full label is taller than the plot of a window (it overran the legend). */
    static String periodAxis(boolean largeType) {
        return text(largeType ? "chart.periods.periodAxis.large" : "chart.periods.periodAxis");
    }

    static String originalLine(long ml) {
        return text("chart.periods.originalLine", Numbers.grouped(ml));
    }

    static String newLine(long m) {
        return text("chart.periods.newLine", Numbers.grouped(m));
    }

    /** The band from pair {@code turning} on: the pairs that never complete a turn within {@code m_l}. */
    static String neverTurn(int turning, boolean compact) {
        return text(compact ? "chart.periods.noTurn.compact" : "chart.periods.noTurn", Integer.toString(turning));
    }

    /**
     * The numbers, in groups a narrow chart (presentation mode's large type) wraps between, never inside:
     * "λ =" never ends a line with its value on the next.
     */
    static String subtitle(ScalingContext ctx) {
        RopeConfig c = ctx.rotaryConfig();
        return String.join("    ", List.of(
                PlotStyle.unbroken("b = " + Numbers.grouped(c.base())),
                PlotStyle.unbroken(ctx.isPartial() ? text("chart.periods.dimOfRotating", Integer.toString(c.dim()),
                        Integer.toString(ctx.headDim())) : "d = " + c.dim()),
                PlotStyle.unbroken("m_l = " + Numbers.grouped(c.originalLength()) + " → m = "
                        + Numbers.grouped(c.newLength())),
                PlotStyle.unbroken("s = " + Numbers.significant(c.scale(), 6)),
                PlotStyle.unbroken("λ = " + Numbers.significant(c.lambda(), 6)),
                PlotStyle.unbroken("λ·b = " + Numbers.significant(c.newBase(), 7))));
    }

    /** The last pair's note, where base scaling stretched by {@code f} reaches {@code matched} (PI's, if drawn). */
    static String lastPair(int last, boolean piDrawn, double f, double matched) {
        return piDrawn ? text("chart.periods.lastPair.pi", Integer.toString(last), Numbers.tokens(matched))
                : text("chart.periods.lastPair.stretched", Integer.toString(last), Numbers.significant(f, 6),
                        Numbers.tokens(matched));
    }

    static String lastPairShort(int last, boolean piDrawn, double f, double matched) {
        return lastPairShort(last, piDrawn, f, Numbers.tokens(matched));
    }

    /** As {@link #lastPairShort(int, boolean, double, double)} with the period rounded ("55.7M"): the table beside has every digit. */
    static String lastPairRounded(int last, boolean piDrawn, double f, double matched) {
        return lastPairShort(last, piDrawn, f, Numbers.compact(matched));
    }

    private static String lastPairShort(int last, boolean piDrawn, double f, String period) {
        return piDrawn ? text("chart.periods.lastPairShort.pi", Integer.toString(last), period)
                : text("chart.periods.lastPairShort.stretched", Integer.toString(last), Numbers.significant(f, 4), period);
    }

    static String pairZero() {
        return text("chart.periods.pairZero", Numbers.tokens(RopeMath.TWO_PI));
    }

    static String pairZeroShort() {
        return text("chart.periods.pairZero.short");
    }

    /** The shortcut lambda = s: where its last pair ends and how far that is from PI. */
    static String miss(RopeConfig c, int last) {
        return text("chart.periods.shortcut", Numbers.tokens(Teaching.naivePeriod(c, last)),
                EquationTex.percentText(Teaching.naiveMismatchPercent(c)));
    }

    static String missShort(RopeConfig c) {
        return text("chart.periods.shortcut.short", EquationTex.percentText(Teaching.naiveMismatchPercent(c)));
    }
}
