package org.ropescope.chart;

import java.util.List;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.Teaching;
import org.ropescope.math.scaling.ScalingContext;

/**
 * Every text the period chart shows, whole sentences with their numbers, in one place: the title, the
 * axes, the lines at {@code m_l} and {@code m}, the band of pairs that never turn, the subtitle and the
 * teaching notes ({@link PeriodNotes}). A compact text is for the narrow chart beside the table.
 */
final class PeriodTexts {

    static final String TITLE = "RoPE period of every dimension pair";
    static final String PAIR_AXIS = "pair index i   (frequency θᵢ = b^(−2i/d) falls →)";

    private PeriodTexts() {
    }

    /** The period axis; in large type the full label is taller than the plot of a window (it overran the legend). */
    static String periodAxis(boolean largeType) {
        return largeType ? "period Tᵢ  (tokens)" : "period Tᵢ = 2π/θᵢ  (tokens, log scale)";
    }

    static String originalLine(long ml) {
        return "m_l = " + Numbers.grouped(ml) + "  original context";
    }

    static String newLine(long m) {
        return "m = " + Numbers.grouped(m) + "  new context";
    }

    /** The band from pair {@code turning} on: the pairs that never complete a turn within {@code m_l}. */
    static String neverTurn(int turning, boolean compact) {
        return "i ≥ " + turning + (compact ? ": no turn" : ": no full turn within m_l");
    }

    /**
     * The numbers, in groups a narrow chart (presentation mode's large type) wraps between, never inside:
     * "λ =" never ends a line with its value on the next.
     */
    static String subtitle(ScalingContext ctx) {
        RopeConfig c = ctx.rotaryConfig();
        return String.join("    ", List.of(
                PlotStyle.unbroken("b = " + Numbers.grouped(c.base())),
                PlotStyle.unbroken("d = " + c.dim() + (ctx.isPartial() ? " of " + ctx.headDim() + " rotating" : "")),
                PlotStyle.unbroken("m_l = " + Numbers.grouped(c.originalLength()) + " → m = "
                        + Numbers.grouped(c.newLength())),
                PlotStyle.unbroken("s = " + Numbers.significant(c.scale(), 6)),
                PlotStyle.unbroken("λ = " + Numbers.significant(c.lambda(), 6)),
                PlotStyle.unbroken("λ·b = " + Numbers.significant(c.newBase(), 7))));
    }

    /** The last pair's note, where base scaling stretched by {@code f} reaches {@code matched} (PI's, if drawn). */
    static String lastPair(int last, boolean piDrawn, double f, double matched) {
        String rule = piDrawn ? "base scaling = PI = " : "base scaling stretched " + Numbers.significant(f, 6) + "x = ";
        return "last pair i = " + last + ": " + rule + Numbers.tokens(matched) + " tokens (interpolates)";
    }

    static String lastPairShort(int last, boolean piDrawn, double f, double matched) {
        return "i = " + last + ": " + (piDrawn ? "base = PI = " : "base ×" + Numbers.significant(f, 4) + " = ")
                + Numbers.tokens(matched);
    }

    static String pairZero() {
        return "pair 0: base scaling keeps 2π ≈ " + Numbers.tokens(RopeMath.TWO_PI) + " (extrapolates)";
    }

    static final String PAIR_ZERO_SHORT = "pair 0 keeps 2π";

    /** The shortcut lambda = s: where its last pair ends and how far that is from PI. */
    static String miss(RopeConfig c, int last) {
        return "λ = s: " + Numbers.tokens(Teaching.naivePeriod(c, last)) + " tokens, "
                + EquationTex.percentText(Teaching.naiveMismatchPercent(c)) + " off PI";
    }

    static String missShort(RopeConfig c) {
        return "λ = s: " + EquationTex.percentText(Teaching.naiveMismatchPercent(c)) + " off PI";
    }
}
