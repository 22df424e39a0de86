package org.ropescope.math.diagnostics;

import java.util.Arrays;

/**
 * The integer distances at which a decay curve is drawn or written, in rising order, ending at the
 * last distance asked for. Laid out in runs of equal steps, so {@link LongTermDecay#over} follows
 * them by rotation rather than by cosine.
 */
public final class DecayGrid {

    /** Rows of {@code --decay-csv} at most. */
    public static final int CSV_MAX_ROWS = 100_001;
    /** Distances up to this many are all written to the CSV. */
    public static final int CSV_EVERY_TOKEN = 4096;

    private DecayGrid() {
    }

    /** {@code 0, h, 2h, ...} and {@code last}: at most {@code points} distances, every token when they fit. */
    public static double[] linear(long last, int points) {
        long h = Math.max(1, ceilDiv(last, points - 1L));
        int n = (int) (last / h) + 1;
        double[] d = new double[n + (last % h == 0 ? 0 : 1)];
        for (int k = 0; k < n; k++) {
            d[k] = (double) k * h;
        }
        d[d.length - 1] = last;
        return d;
    }

    /** The step of {@link #linear}: 1 when every token is drawn. */
    public static long linearStep(long last, int points) {
        return Math.max(1, ceilDiv(last, points - 1L));
    }

    /**
     * For a log axis: every distance from 1 to {@code 2 * perOctave}, then {@code perOctave} evenly
     * spaced whole distances in each further doubling (the step doubles with it), then {@code last}.
     * {@code perOctave} must be a power of two.
     */
    public static double[] log(long last, int perOctave) {
        double[] d = new double[64 * perOctave + 2];
        int n = 0;
        long x = 1;
        for (; x <= last && x <= 2L * perOctave; x++) {
            d[n++] = x;
        }
        long step = 2;
        for (x = 2L * perOctave + step; x <= last; step *= 2) {
            for (int k = 0; k < perOctave && x <= last; k++, x += step) {
                d[n++] = x;
            }
        }
        if (n == 0 || d[n - 1] != last) {
            d[n++] = last;
        }
        return Arrays.copyOf(d, n);
    }

    /**
     * The rows of {@code --decay-csv}: every distance from 0 to {@code min(last, 4096)}, then evenly
     * spaced whole distances up to {@code last}, which is always the final row; at most
     * {@value #CSV_MAX_ROWS} rows.
     */
    public static long[] csv(long last) {
        if (last + 1 <= CSV_MAX_ROWS) {
            long[] all = new long[(int) last + 1];
            for (int k = 0; k < all.length; k++) {
                all[k] = k;
            }
            return all;
        }
        int rest = CSV_MAX_ROWS - (CSV_EVERY_TOKEN + 1); // rows after 0 .. 4096
        long step = ceilDiv(last - CSV_EVERY_TOKEN, rest);
        long[] out = new long[CSV_MAX_ROWS];
        int n = 0;
        for (long k = 0; k <= CSV_EVERY_TOKEN; k++) {
            out[n++] = k;
        }
        for (long v = CSV_EVERY_TOKEN + step; v < last; v += step) {
            out[n++] = v;
        }
        out[n++] = last;
        return Arrays.copyOf(out, n);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
