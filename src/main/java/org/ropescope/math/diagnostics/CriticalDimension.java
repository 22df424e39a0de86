package org.ropescope.math.diagnostics;

import org.ropescope.math.RopeMath;

/**
 * The critical dimension of Liu et al., "Scaling Laws of RoPE-based Extrapolation" (ICLR 2024):
 * the pairs whose original period {@code 2*pi*b^(2i/d)} is at most the training length {@code m_l}
 * complete a full turn in training and are learnt fully; the others never see a whole turn. The
 * critical dimension is twice their number, and the extrapolation bound for a model that runs with
 * base {@code b'} is {@code T_extra = 2*pi * b'^(critical dimension / d)}: the period, under
 * {@code b'}, of the first pair that never turned in training.
 *
 * @param base           {@code b}, the base the model was trained with
 * @param dim            {@code d}, the rotated dimension
 * @param originalLength {@code m_l}, the training length
 * @param criticalPairs  how many pairs complete a full turn within {@code m_l} (pairs {@code 0 .. n-1})
 */
public record CriticalDimension(double base, int dim, long originalLength, int criticalPairs) {

    /** Counts the pairs whose original period is at most {@code originalLength}. */
    public static CriticalDimension of(double base, int dim, long originalLength) {
        if (!(base > 1) || dim < 2 || dim % 2 != 0 || originalLength < 1) {
            throw new IllegalArgumentException("need b > 1, an even d >= 2 and m_l >= 1");
        }
        int n = 0;
        while (n < dim / 2 && RopeMath.period(base, dim, n) <= originalLength) {
            n++;
        }
        return new CriticalDimension(base, dim, originalLength, n);
    }

    /** Number of rotating pairs, {@code d/2}. */
    public int pairs() {
        return dim / 2;
    }

    /** The critical dimension, {@code 2 * criticalPairs}. */
    public int criticalDimension() {
        return 2 * criticalPairs;
    }

    /** {@code T_extra = 2*pi * baseInUse^(criticalDimension / d)}, in tokens. */
    public double extrapolationBound(double baseInUse) {
        return RopeMath.TWO_PI * Math.pow(baseInUse, (double) criticalDimension() / dim);
    }
}
