package org.ropescope.math.scaling;

import java.util.ArrayList;
import java.util.List;
import org.ropescope.math.RopeMath;

/** Small closed forms shared by the method records. Pure functions of validated values. */
final class Spectra {

    private Spectra() {
    }

    /** One base's spectrum: {@code b^(-2i/d)} and {@code 2*pi*b^(2i/d)} for every rotating pair. */
    private record Base(double base, int dim, double[] theta, double[] period) {
    }

    /**
     * The last few spectra computed, newest first. A drag of {@code m} or {@code m_l} asks for the same
     * few bases (b for most methods, lambda*b for base scaling) every frame: at d = 8192 each was
     * 8,192 calls of {@code Math.pow} per method per frame. Replaced whole, so any thread reads a
     * consistent list; the arrays are never written.
     */
    private static volatile List<Base> recent = List.of();
    private static final int KEPT = 4;

    private static Base spectrum(double base, int dim) {
        List<Base> seen = recent;
        for (Base b : seen) {
            if (b.base() == base && b.dim() == dim) {
                return b;
            }
        }
        double[] t = new double[dim / 2];
        double[] p = new double[dim / 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = RopeMath.theta(base, dim, i);
            p[i] = RopeMath.period(base, dim, i);
        }
        Base fresh = new Base(base, dim, t, p);
        List<Base> next = new ArrayList<>(KEPT);
        next.add(fresh);
        for (int k = 0; k < seen.size() && next.size() < KEPT; k++) {
            next.add(seen.get(k));
        }
        recent = List.copyOf(next);
        return fresh;
    }

    /** {@code b^(-2i/d)} for every rotating pair (a new array, the caller's to change). */
    static double[] theta(double base, int dim) {
        return spectrum(base, dim).theta().clone();
    }

    /** {@code 2*pi*b^(2i/d)} for every rotating pair (a new array, the caller's to change). */
    static double[] period(double base, int dim) {
        return spectrum(base, dim).period().clone();
    }

    /** {@link #period}'s values without the copy: read them, never write them. */
    static double[] sharedPeriod(double base, int dim) {
        return spectrum(base, dim).period();
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
