package org.ropescope.math.diagnostics;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Walks the long-term decay {@code B(delta)} down through consecutive integer distances looking for
 * a negative value, at the cost of a complex multiplication per pair and distance: each pair's
 * {@code (cos, sin)} is rotated one token at a time and re-synchronised with a direct cosine at the
 * top of every block of {@value BaseBound#BLOCK} distances, which keeps the rounding error near
 * 1e-13. One walker per thread: it owns its work arrays.
 */
final class DecayWalker {

    private final double[] c;
    private final double[] s;
    private final double[] rc;
    private final double[] rs;

    DecayWalker(int pairs) {
        c = new double[pairs];
        s = new double[pairs];
        rc = new double[pairs];
        rs = new double[pairs];
    }

    /**
     * {@code sum cos(delta * theta_i)} summed directly: a negative sum met by rotation is confirmed
     * this way before it is reported, so a rounding error of the rotation (about 1e-13) can never
     * turn a tiny positive {@code B} into a failure.
     */
    private static double direct(double[] theta, long delta) {
        double sum = 0;
        for (double t : theta) {
            sum += Math.cos(delta * t);
        }
        return sum;
    }

    /** Sets every pair to distance {@code x0}, to move by {@code step} a call of {@link #sumAndRotate}. */
    void load(double[] theta, double x0, double step) {
        for (int i = 0; i < theta.length; i++) {
            c[i] = Math.cos(x0 * theta[i]);
            s[i] = Math.sin(x0 * theta[i]);
            rc[i] = Math.cos(step * theta[i]);
            rs[i] = Math.sin(step * theta[i]);
        }
    }

    /** Doubles the step: the rotation by {@code step} squared, no cosine needed. */
    void doubleStep(int n) {
        for (int i = 0; i < n; i++) {
            double a = rc[i];
            double b = rs[i];
            rc[i] = a * a - b * b;
            rs[i] = 2 * a * b;
        }
    }

    /**
     * The first distance with {@code B < 0} met walking down from {@code from} to {@code to}
     * (inclusive), through the blocks {@code first, first + stride, ...} counted from the top; -1 if
     * none, or when {@code stop} is raised (by another walker that found one).
     */
    long walk(double[] theta, long from, long to, int first, int stride, AtomicBoolean stop) {
        int n = theta.length;
        for (int i = 0; i < n; i++) {
            rc[i] = Math.cos(theta[i]);
            rs[i] = -Math.sin(theta[i]);
        }
        long span = (long) BaseBound.BLOCK * stride;
        for (long top = from - (long) first * BaseBound.BLOCK; top >= to; top -= span) {
            if (stop.get()) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                c[i] = Math.cos(top * theta[i]);
                s[i] = Math.sin(top * theta[i]);
            }
            long bottom = Math.max(to, top - BaseBound.BLOCK + 1);
            for (long delta = top;; delta--) {
                if (sumAndRotate(n) < 0 && direct(theta, delta) < 0) {
                    return delta;
                }
                if (delta == bottom) {
                    break;
                }
            }
        }
        return -1;
    }

    /**
     * The first distance with {@code B < 0} met walking up from {@code from} to {@code to}
     * (inclusive), or -1 when there is none. Where {@code B} is well above zero whole stretches are
     * skipped: {@code |B'| <= mean(theta)}, so {@code B} stays at or above zero for
     * {@code B(x) / mean(theta)} tokens after {@code x}. Stops after about {@code budget} pair-steps
     * and answers {@code -2 - x}, with {@code x} the last distance checked.
     */
    long walkUp(double[] theta, long from, long to, long budget) {
        int n = theta.length;
        double slope = 0;
        for (int i = 0; i < n; i++) {
            rc[i] = Math.cos(theta[i]);
            rs[i] = Math.sin(theta[i]);
            slope += theta[i];
        }
        slope /= n;
        long spent = 0;
        long start = from;
        while (start <= to) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                c[i] = Math.cos(start * theta[i]);
                s[i] = Math.sin(start * theta[i]);
                sum += c[i];
            }
            spent += 8L * n;
            double safe = sum / n / slope;
            if (safe >= 64) { // every integer up to start + safe keeps B >= 0
                start += (long) Math.min(safe, (double) (to - start + 1));
                continue;
            }
            long end = Math.min(to, start + BaseBound.BLOCK - 1);
            for (long delta = start;; delta++) {
                if (sumAndRotate(n) < 0 && direct(theta, delta) < 0) {
                    return delta;
                }
                if (delta == end) {
                    break;
                }
            }
            spent += (end - start + 1) * n;
            if (spent > budget && end < to) {
                return -2 - end;
            }
            start = end + 1;
        }
        return -1;
    }

    /**
     * {@code sum cos} at the current distance, then every pair rotated one token (down, or up
     * for {@link #walkUp}). The rotation
     * is a loop of its own so that it runs on vector registers; the sum keeps eight partial sums.
     */
    double sumAndRotate(int n) {
        double[] c = this.c; // locals: C1 (the app's only JIT, see packaging/README.md) reloads fields in loops
        double[] s = this.s;
        double[] rc = this.rc;
        double[] rs = this.rs;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        double a6 = 0;
        double a7 = 0;
        int i = 0;
        for (; i + 7 < n; i += 8) { // eight partial sums: two additions a cycle, not one per four cycles
            a0 += c[i];
            a1 += c[i + 1];
            a2 += c[i + 2];
            a3 += c[i + 3];
            a4 += c[i + 4];
            a5 += c[i + 5];
            a6 += c[i + 6];
            a7 += c[i + 7];
        }
        for (; i < n; i++) {
            a0 += c[i];
        }
        for (int j = 0; j < n; j++) {
            double c0 = c[j];
            double s0 = s[j];
            double x = rc[j];
            double y = rs[j];
            c[j] = c0 * x - s0 * y;
            s[j] = s0 * x + c0 * y;
        }
        return ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
    }
}
