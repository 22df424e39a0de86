package org.ropescope.math;

/**
 * The numbers behind the teaching views: what the shortcut {@code lambda = s} breaks, and which pairs
 * complete a full turn inside the trained context. Pure functions of a validated {@link RopeConfig}.
 */
public final class Teaching {

    private Teaching() {
    }

    /**
     * The period of pair {@code i} when the base is scaled by {@code s} itself instead of by
     * {@code lambda = s^(d/(d-2))}: {@code 2*pi*(s*b)^(2i/d)}. The simplification students propose.
     */
    public static double naivePeriod(RopeConfig c, int i) {
        return RopeMath.period(c.scale() * c.base(), c.dim(), i);
    }

    /**
     * The next stretch factor on the ladder a class thinks in, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, ...
     * (powers of two and one and a half times them), above {@code s} ({@code direction > 0}) or below
     * it; never below 1.
     */
    public static double nextScale(double s, int direction) {
        double eps = 1e-9 * Math.max(1, s);
        if (direction > 0) {
            for (double p = 1; ; p *= 2) {
                if (p > s + eps) {
                    return p;
                }
                if (p * 1.5 > s + eps) {
                    return p * 1.5;
                }
            }
        }
        double below = 1;
        for (double p = 1; p < s - eps; p *= 2) {
            below = p;
            if (p * 1.5 < s - eps) {
                below = p * 1.5;
            }
        }
        return below;
    }

    /**
     * The stretch of pair {@code i} under the shortcut {@code lambda = s}: {@code s^(2i/d)}
     * ({@code (s*b)^(2i/d) / b^(2i/d)}), which stops short of {@code s} at the last pair.
     */
    public static double naiveStretch(RopeConfig c, int i) {
        return Math.pow(c.scale(), 2.0 * i / c.dim());
    }

    /**
     * The ratio that defines period matching: pair {@code i}'s period under base scaling over its period
     * under PI, {@code lambda^(2i/d) / s}; exactly 1 at the last pair, {@code 1/s} at pair 0.
     */
    public static double matchRatio(RopeConfig c, int i) {
        return Math.pow(c.lambda(), 2.0 * i / c.dim()) / c.scale();
    }

    /**
     * How far the last pair's period under {@code lambda = s} falls from its period under PI, as a
     * fraction ({@code -0.0214} for 2.14 % short). Closed form: {@code (s*b)^((d-2)/d) / (s*b^((d-2)/d)) - 1
     * = s^(-2/d) - 1}, computed with {@code expm1} so that a tiny mismatch keeps its digits.
     */
    public static double naiveMismatch(RopeConfig c) {
        return Math.expm1(-2.0 / c.dim() * Math.log(c.scale())) + 0.0; // + 0.0: no "-0" at s = 1
    }

    /** {@link #naiveMismatch} in percent ({@code -2.142793791} for the defaults, 4k to 16k). */
    public static double naiveMismatchPercent(RopeConfig c) {
        return 100 * naiveMismatch(c);
    }

    /**
     * How many pairs complete at least one full turn within the original context: those whose
     * original period {@code 2*pi*b^(2i/d)} is at most {@code m_l}. Periods rise with {@code i}, so
     * these are pairs {@code 0 .. count-1}; the rest never see a whole turn during training (the idea
     * behind the critical dimension of Liu et al., 2023).
     */
    public static int pairsCompletingTurn(RopeConfig c) {
        // the periods rise with the pair (Math.pow is semi-monotonic), so the pairs that turn are a
        // prefix: found by halving, the same count as a scan from pair 0, in 13 periods at d = 8192
        // instead of up to 4,096 (the chart's notes and the readout ask on every frame of a drag)
        int lo = 0; // every pair below lo completes a turn
        int hi = c.pairs(); // no pair from hi on does
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (RopeMath.period(c.base(), c.dim(), mid) <= c.originalLength()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
