package org.ropescope.math;

import java.util.Locale;

/**
 * The domain of every input, in one place. The sliders, the text fields, the command line and the
 * configuration record all ask here, so a limit is never written twice.
 */
public final class Limits {

    /** The base must be strictly greater than this. */
    public static final double BASE_EXCLUSIVE_MIN = 1.0;
    public static final double BASE_MAX = 1e10;
    /** The base slider's range; typed values may go below it, down to just above 1. */
    public static final double BASE_SLIDER_MIN = 100;

    public static final int DIM_MIN = 4;
    public static final int DIM_MAX = 8192;

    public static final long LENGTH_MIN = 1;
    public static final long LENGTH_MAX = 100_000_000L;
    /** The length sliders' lower end; typed values may go below it. */
    public static final long LENGTH_SLIDER_MIN = 16;

    private Limits() {
    }

    public static String baseRule() {
        return "b must be a number greater than 1 and at most 1e10";
    }

    public static String dimRule() {
        return "d must be an even integer from " + DIM_MIN + " to " + DIM_MAX;
    }

    public static String lengthRule(String name) {
        return name + " must be a whole number of tokens from 1 to 100,000,000 (1e8)";
    }

    static void requireBase(double b) {
        if (!(b > BASE_EXCLUSIVE_MIN && b <= BASE_MAX)) { // also rejects NaN
            throw new InvalidConfigException("b", baseRule() + ", got " + plain(b));
        }
    }

    static void requireDim(int d) {
        if (d < DIM_MIN || d > DIM_MAX || d % 2 != 0) {
            throw new InvalidConfigException("d", dimRule() + ", got " + d);
        }
    }

    static void requireLength(String name, long v) {
        if (v < LENGTH_MIN || v > LENGTH_MAX) {
            throw new InvalidConfigException(name, lengthRule(name) + ", got " + v);
        }
    }

    /** Shortest faithful text for a double, without a trailing {@code .0}. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return Double.toString(v);
    }
}
