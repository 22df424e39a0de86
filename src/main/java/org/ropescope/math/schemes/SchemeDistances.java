package org.ropescope.math.schemes;

/**
 * The distances at which the schemes are tabulated and drawn: whole numbers of tokens rising from 0
 * to {@code m}.
 */
public final class SchemeDistances {

    /** Every distance up to here is a row of the table. */
    public static final long EVERY_UP_TO = 4096;
    /** The most rows a table has. */
    public static final int MAX_ROWS = 100_001;

    private SchemeDistances() {
    }

    /**
     * The table's rows: every whole distance from 0 to {@code m} when that is at most
     * {@link #MAX_ROWS} rows; otherwise every one up to {@link #EVERY_UP_TO}, then distances spaced evenly
     * on a log scale up to exactly {@code m} (each at least one more than the one before), {@link #MAX_ROWS}
     * in all.
     */
    public static long[] table(long m) {
        return spread(m, MAX_ROWS);
    }

    /**
     * About {@code points} distances for a chart on a log axis: every one up to {@code min(m, 256)}, the
     * rest spread evenly on a log scale up to {@code m}, with {@code extra} (such as m_l) inserted exactly.
     */
    public static long[] chart(long m, int points, long... extra) {
        long[] base = spread(m, Math.max(points, 258), 256);
        java.util.TreeSet<Long> all = new java.util.TreeSet<>();
        for (long d : base) {
            all.add(d);
        }
        for (long e : extra) {
            if (e >= 0 && e <= m) {
                all.add(e);
            }
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] spread(long m, int rows) {
        return spread(m, rows, EVERY_UP_TO);
    }

    private static long[] spread(long m, int rows, long every) {
        if (m < 0) {
            throw new IllegalArgumentException("m must be at least 0, got " + m);
        }
        if (m + 1 <= rows || m <= every) {
            long[] all = new long[(int) Math.min(m + 1, Integer.MAX_VALUE)];
            for (int k = 0; k < all.length; k++) {
                all[k] = k;
            }
            return all;
        }
        int head = (int) every + 1; // 0..every
        int tail = rows - head; // after every, up to m
        if (tail <= 0 || m - every < tail) {
            throw new IllegalArgumentException("too few rows for " + m);
        }
        long[] out = new long[rows];
        for (int k = 0; k < head; k++) {
            out[k] = k;
        }
        double logRatio = Math.log((double) m / every);
        long prev = every;
        for (int k = 1; k <= tail; k++) {
            long geometric = k == tail ? m : Math.round(every * Math.exp(logRatio * k / tail));
            prev = Math.max(prev + 1, Math.min(geometric, m - (tail - k)));
            out[head + k - 1] = prev;
        }
        return out;
    }
}
