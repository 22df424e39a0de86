package org.ropescope.testing;

/**
 * The long-term decay of Men et al., "Base of RoPE Bounds Context Length" (NeurIPS 2024), written
 * out from the paper for the tests to check the app against: no code of the app is used.
 */
public final class PaperSums {

    private PaperSums() {
    }

    /** {@code theta_i = b^(-2i/d)} for {@code i < d/2}. */
    public static double[] theta(double b, int d) {
        double[] t = new double[d / 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.pow(b, -2.0 * i / d);
        }
        return t;
    }

    /** {@code B(delta) = (2/d) * sum_{i<d/2} cos(delta * b^(-2i/d))}. */
    public static double decay(double b, int d, double delta) {
        double s = 0;
        for (int i = 0; i < d / 2; i++) {
            s += Math.cos(delta * Math.pow(b, -2.0 * i / d));
        }
        return 2.0 / d * s;
    }
}
