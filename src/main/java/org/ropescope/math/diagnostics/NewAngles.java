package org.ropescope.math.diagnostics;

import java.util.Arrays;
import org.ropescope.math.scaling.ScaledFrequencies;

/**
 * Which pairs meet rotation angles they never met in training. Pair {@code i} turned through angles
 * up to {@code m_l * theta_i} in training and turns through up to {@code m * theta'_i} at the new
 * length. It meets new angles when it never completed a turn in training
 * ({@code m_l * theta_i < 2*pi}: a pair that did has already met every angle) and
 * {@code m * theta'_i} exceeds {@code m_l * theta_i}. A ratio within 1e-9 of 1 counts as equal, so
 * that position interpolation, whose ratio is 1 up to rounding, meets none.
 *
 * @param ratio    {@code m * theta'_i / (m_l * theta_i)} per pair
 * @param turned   whether pair {@code i} completed a turn in training
 */
public record NewAngles(double[] ratio, boolean[] turned) {

    /** Ratios this close to 1 count as 1: the rounding of {@code theta / s * m} against {@code theta * m_l}. */
    public static final double TOLERANCE = 1e-9;

    public NewAngles {
        ratio = ratio.clone();
        turned = turned.clone();
    }

    /**
     * @param original       {@code theta_i}, the trained inverse frequencies
     * @param scaled         {@code theta'_i}, the method's, as many as {@code original}
     * @param originalLength {@code m_l}
     * @param newLength      {@code m}
     */
    public static NewAngles of(double[] original, double[] scaled, long originalLength, long newLength) {
        if (original.length != scaled.length) {
            throw new IllegalArgumentException("need as many scaled frequencies (" + scaled.length
                    + ") as original ones (" + original.length + ")");
        }
        double[] r = new double[original.length];
        boolean[] t = new boolean[original.length];
        for (int i = 0; i < r.length; i++) {
            double trained = originalLength * original[i];
            r[i] = newLength * scaled[i] / trained;
            t[i] = trained >= 2 * Math.PI;
        }
        return new NewAngles(r, t);
    }

    /**
     * {@code of(original, scaled, originalLength, newLength).count()} with no arrays made (the window's
     * readout asks once per frame of a drag, for every drawn method).
     */
    public static int count(ScaledFrequencies original, ScaledFrequencies scaled, long originalLength, long newLength) {
        if (original.size() != scaled.size()) {
            throw new IllegalArgumentException("need as many scaled frequencies (" + scaled.size()
                    + ") as original ones (" + original.size() + ")");
        }
        int n = 0;
        for (int i = 0; i < original.size(); i++) {
            double trained = originalLength * original.invFreq(i);
            double ratio = newLength * scaled.invFreq(i) / trained;
            n += trained < 2 * Math.PI && ratio > 1 + TOLERANCE ? 1 : 0;
        }
        return n;
    }

    /** Number of pairs. */
    public int size() {
        return ratio.length;
    }

    /** {@code m * theta'_i / (m_l * theta_i)}. */
    public double ratio(int i) {
        return ratio[i];
    }

    /** Whether pair {@code i} meets angles it never met in training. */
    public boolean meetsNew(int i) {
        return !turned[i] && ratio[i] > 1 + TOLERANCE;
    }

    /** How many pairs meet new angles. */
    public int count() {
        int n = 0;
        for (int i = 0; i < ratio.length; i++) {
            n += meetsNew(i) ? 1 : 0;
        }
        return n;
    }

    /** A copy of every ratio. */
    public double[] ratios() {
        return ratio.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewAngles a && Arrays.equals(ratio, a.ratio) && Arrays.equals(turned, a.turned);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ratio) + Arrays.hashCode(turned);
    }

    @Override
    public String toString() {
        return "NewAngles[" + count() + " of " + ratio.length + " pairs meet new angles]";
    }
}
