package org.ropescope.math;

/** Closed forms shared by every curve. Pure functions of already validated values. */
public final class RopeMath {

    public static final double TWO_PI = 2 * Math.PI;

    private RopeMath() {
    }

    /** The rotation frequency {@code theta_i = b^(-2i/d)} of pair {@code i}, in radians per token. */
    public static double theta(double base, int dim, int i) {
        return Math.pow(base, -2.0 * i / dim);
    }

    /** The period {@code 2*pi / theta_i = 2*pi * b^(2i/d)} of pair {@code i}, in tokens. */
    public static double period(double base, int dim, int i) {
        return TWO_PI * Math.pow(base, 2.0 * i / dim);
    }
}
