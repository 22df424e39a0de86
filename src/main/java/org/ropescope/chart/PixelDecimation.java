package org.ropescope.chart;

import java.util.BitSet;

/**
 * Chooses which points of a line need drawing at a given pixel size, so that the drawn line looks
 * the same as the line through every point: Douglas-Peucker on device-pixel coordinates, dropping
 * every point that lies within {@link #TOLERANCE_PX} (a quarter of a pixel, below what antialiasing
 * can show) of the polyline through the points kept. A straight stretch (every curve of the book
 * is straight on the log axis) keeps only its ends; a bend or a spike keeps what it needs. The first
 * and last points are always kept. Pure arithmetic: no drawing, no chart types.
 */
public final class PixelDecimation {

    /** The largest distance, in device pixels, between a dropped point and the line drawn. */
    public static final double TOLERANCE_PX = 0.25;

    private PixelDecimation() {
    }

    /**
     * The indexes of the points worth drawing among {@code x[0..n)}, {@code y[0..n)} (device pixels,
     * x ascending). Points with a non-finite coordinate are all kept (they break the line).
     */
    public static BitSet keep(double[] x, double[] y, int n) {
        return keep(x, y, n, new int[2 * n]);
    }

    /**
     * {@link #keep(double[], double[], int)} with {@code stack} (at least {@code 2 * n} long) as its
     * working space, for a caller that draws every frame and keeps one.
     */
    static BitSet keep(double[] x, double[] y, int n, int[] stack) {
        BitSet out = new BitSet(n);
        if (n <= 2) {
            out.set(0, n);
            return out;
        }
        int from = 0; // straight runs, within each stretch of finite points
        for (int k = 0; k <= n; k++) {
            if (k == n || !Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                if (k > from) {
                    simplify(x, y, from, k - 1, out, stack);
                }
                if (k < n) {
                    out.set(k);
                }
                from = k + 1;
            }
        }
        return out;
    }

    /**
     * Douglas-Peucker over {@code a..b}, iterative; marks the points kept in {@code out}. Distances are
     * compared squared (no square root, no {@code hypot}, in a loop run for every point of a frame).
     */
    private static void simplify(double[] x, double[] y, int a, int b, BitSet out, int[] stack) {
        out.set(a);
        out.set(b);
        double tol2 = TOLERANCE_PX * TOLERANCE_PX;
        int top = 0;
        stack[top++] = a;
        stack[top++] = b;
        while (top > 0) {
            int j = stack[--top];
            int i = stack[--top];
            if (j - i < 2) {
                continue;
            }
            double x0 = x[i];
            double y0 = y[i];
            double dx = x[j] - x0;
            double dy = y[j] - y0;
            double len2 = dx * dx + dy * dy;
            int worst = -1;
            double worstDist2 = tol2;
            for (int k = i + 1; k < j; k++) {
                double d2 = distanceToSegment2(x[k] - x0, y[k] - y0, dx, dy, len2);
                if (d2 > worstDist2) {
                    worstDist2 = d2;
                    worst = k;
                }
            }
            if (worst >= 0) {
                out.set(worst);
                stack[top++] = i;
                stack[top++] = worst;
                stack[top++] = worst;
                stack[top++] = j;
            }
        }
    }

    /** Squared distance from (px, py) to the segment from the origin to (dx, dy), {@code len2} its squared length. */
    private static double distanceToSegment2(double px, double py, double dx, double dy, double len2) {
        double dot = px * dx + py * dy;
        if (len2 == 0 || dot <= 0) {
            return px * px + py * py;
        }
        if (dot >= len2) {
            double ex = px - dx;
            double ey = py - dy;
            return ex * ex + ey * ey;
        }
        double cross = px * dy - py * dx;
        return cross * cross / len2;
    }
}
