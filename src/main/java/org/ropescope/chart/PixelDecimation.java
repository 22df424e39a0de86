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
        if (n <= 2) {
            BitSet all = new BitSet(n);
            all.set(0, n);
            return all;
        }
        // straight runs, within each stretch of finite points
        int[] idx = java.util.stream.IntStream.range(0, n).toArray();
        BitSet out = new BitSet(n);
        int from = 0;
        for (int k = 0; k <= idx.length; k++) {
            boolean breakHere = k == idx.length || !Double.isFinite(x[idx[k]]) || !Double.isFinite(y[idx[k]]);
            if (breakHere) {
                if (k > from) {
                    simplify(x, y, idx, from, k - 1, out);
                }
                if (k < idx.length) {
                    out.set(idx[k]);
                }
                from = k + 1;
            }
        }
        return out;
    }

    /** Douglas-Peucker over {@code idx[a..b]}, iterative; marks the points kept in {@code out}. */
    private static void simplify(double[] x, double[] y, int[] idx, int a, int b, BitSet out) {
        out.set(idx[a]);
        out.set(idx[b]);
        int[] stack = new int[2 * (b - a + 1)];
        int top = 0;
        stack[top++] = a;
        stack[top++] = b;
        while (top > 0) {
            int j = stack[--top];
            int i = stack[--top];
            if (j - i < 2) {
                continue;
            }
            double x0 = x[idx[i]];
            double y0 = y[idx[i]];
            double dx = x[idx[j]] - x0;
            double dy = y[idx[j]] - y0;
            double len = Math.hypot(dx, dy);
            int worst = -1;
            double worstDist = TOLERANCE_PX;
            for (int k = i + 1; k < j; k++) {
                double px = x[idx[k]] - x0;
                double py = y[idx[k]] - y0;
                double dist = len == 0 ? Math.hypot(px, py) : distanceToSegment(px, py, dx, dy, len);
                if (dist > worstDist) {
                    worstDist = dist;
                    worst = k;
                }
            }
            if (worst >= 0) {
                out.set(idx[worst]);
                stack[top++] = i;
                stack[top++] = worst;
                stack[top++] = worst;
                stack[top++] = j;
            }
        }
    }

    /** Distance from (px, py) to the segment from the origin to (dx, dy) of length {@code len}. */
    private static double distanceToSegment(double px, double py, double dx, double dy, double len) {
        double t = (px * dx + py * dy) / (len * len);
        if (t <= 0) {
            return Math.hypot(px, py);
        }
        if (t >= 1) {
            return Math.hypot(px - dx, py - dy);
        }
        return Math.abs(px * dy - py * dx) / len;
    }
}
