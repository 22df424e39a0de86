package org.ropescope.math.scaling;

import org.ropescope.math.RopeMath;

/** Small closed forms shared by the method records. Pure functions of validated values. */
final class Spectra {

    private Spectra() {
    }

    /** {@code b^(-2i/d)} for every rotating pair. */
    static double[] theta(double base, int dim) {
        double[] t = new double[dim / 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = RopeMath.theta(base, dim, i);
        }
        return t;
    }

    /** {@code 2*pi*b^(2i/d)} for every rotating pair. */
    static double[] period(double base, int dim) {
        double[] t = new double[dim / 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = RopeMath.period(base, dim, i);
        }
        return t;
    }

    /** {@code 2*pi / invFreq[i]} for every pair. */
    static double[] periodsOf(double[] invFreq) {
        double[] p = new double[invFreq.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = RopeMath.TWO_PI / invFreq[i];
        }
        return p;
    }
}
