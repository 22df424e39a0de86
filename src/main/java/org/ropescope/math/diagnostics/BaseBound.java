package org.ropescope.math.diagnostics;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The smallest base a context needs (Men et al., "Base of RoPE Bounds Context Length", NeurIPS 2024):
 * {@code b_min(L, d)}, the smallest base {@code b} for which the long-term decay
 * {@code B(delta) = (2/d) sum cos(delta * b^(-2i/d))} stays at or above zero at every integer
 * distance from 0 to {@code L}.
 *
 * <p>{@code B} is not monotone in {@code b}: a base that passes may be followed by one that fails. So
 * the bases are scanned upwards on a grid of ratio {@value #GRID_RATIO} (the powers of that ratio),
 * the first that passes is refined against the failing grid point below it by bisection on
 * {@code log b}, and the result is accepted only when the base 1 % below it fails; otherwise the
 * search goes on below. The reported base passes the definition exactly (every integer distance is
 * checked) and the base 1 % below it does not. Islands of passing bases narrower than the grid
 * step may lie lower still; the paper's own values are found the same way.
 *
 * <p>Checking a base is made cheap three ways: distances where earlier bases failed are tried
 * first, the distances are walked down from {@code L} (where a failing base near the bound fails),
 * and consecutive distances are reached by rotating each pair's {@code (cos, sin)} rather than
 * calling the cosine, re-synchronised every {@value #BLOCK} steps. The bound is computed exactly for
 * {@code d <= }{@value #MAX_DIM} and {@code L <= }{@value #MAX_LENGTH}, in under 2 s on two cores;
 * outside that range {@link #compute} says that it was not computed and why.
 *
 * @param status what was found
 * @param base   {@code b_min} when {@link Status#EXACT}; NaN otherwise
 * @param length {@code L}, the context length asked about
 * @param dim    {@code d}, the rotated dimension asked about
 * @param reason for anything but {@link Status#EXACT}, one sentence saying why there is no number
 */
public record BaseBound(Status status, double base, long length, int dim, String reason) {

    /** Largest rotated dimension the bound is computed for. */
    public static final int MAX_DIM = 256;
    /** Largest context length the bound is computed for. */
    public static final long MAX_LENGTH = 1_048_576L;
    /** Largest base searched. */
    public static final double MAX_BASE = 1e15;
    /** Ratio between neighbouring bases of the scan. */
    public static final double GRID_RATIO = 1.005;

    static final int BLOCK = 4096;
    private static final int SUSPECTS = 16;
    private static final int BISECTIONS = 5;
    /** Distances either side of a suspect tried before the full walk. */
    private static final int WINDOW = 128;
    private static final AtomicBoolean NEVER = new AtomicBoolean();

    /** What {@link #compute} found. */
    public enum Status {
        /** {@link #base()} is the bound: it passes and the base 1 % below it fails. */
        EXACT,
        /** Every base above 1 passes ({@code L <= 1}). */
        ANY_BASE,
        /** No base up to {@link #MAX_BASE} passes. */
        ABOVE_SEARCH,
        /** Outside the range computed exactly; {@link #reason()} says why. */
        NOT_COMPUTED
    }

    public BaseBound {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether {@code (length, dim)} is inside the range computed exactly. */
    public static boolean inRange(long length, int dim) {
        return length <= MAX_LENGTH && dim <= MAX_DIM;
    }

    /** The bound, or why it was not computed; see {@link #compute(long, int, DoubleConsumer, BooleanSupplier)}. */
    public static BaseBound compute(long length, int dim) {
        return compute(length, dim, b -> { }, () -> false);
    }

    /**
     * Computes {@code b_min(length, dim)}.
     *
     * @param length    {@code L}, at least 1
     * @param dim       {@code d}, the rotated dimension, even and at least 2
     * @param progress  told each base being tried, for a read-out
     * @param cancelled polled between bases; when it answers true the search stops with a
     *                  {@link CancellationException}
     */
    public static BaseBound compute(long length, int dim, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (length < 1 || dim < 2 || dim % 2 != 0) {
            throw new IllegalArgumentException("need L >= 1 and an even d >= 2, got L = " + length + ", d = " + dim);
        }
        if (!inRange(length, dim)) {
            return new BaseBound(Status.NOT_COMPUTED, Double.NaN, length, dim, notComputedReason(length, dim));
        }
        if (length <= 1) { // B(1) = mean cos(theta_i) > 0 since every theta_i <= 1
            return new BaseBound(Status.ANY_BASE, Double.NaN, length, dim, "every base above 1 keeps B(1) > 0");
        }
        return new Search(length, dim, progress, cancelled).run();
    }

    /** The sentence given when {@code (length, dim)} is outside the exact range. */
    public static String notComputedReason(long length, int dim) {
        if (dim > MAX_DIM) {
            return String.format(Locale.ROOT, "the base bound is computed exactly for a rotated dimension up to %d;"
                    + " d = %d here", MAX_DIM, dim);
        }
        return String.format(Locale.ROOT, "the base bound is computed exactly for contexts up to %,d tokens;"
                + " L = %,d here", MAX_LENGTH, length);
    }

    /** Inverse frequencies {@code b^(-2i/d)} of the {@code d/2} pairs. */
    static double[] theta(double b, int dim) {
        double[] t = new double[dim / 2];
        double lb = Math.log(b);
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.exp(-2.0 * i / dim * lb);
        }
        return t;
    }

    /** One search: the scan, the refinement and the memory of distances where bases failed. */
    private static final class Search {
        private final long length;
        private final int dim;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        private final Deque<Long> suspects = new ArrayDeque<>();
        private final DecayWalker mine;
        private final DecayWalker helper;
        private ExecutorService second;

        Search(long length, int dim, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.length = length;
            this.dim = dim;
            this.progress = progress;
            this.cancelled = cancelled;
            mine = new DecayWalker(dim / 2);
            helper = new DecayWalker(dim / 2);
        }

        BaseBound run() {
            try {
                return scan();
            } finally {
                if (second != null) {
                    second.shutdownNow();
                }
            }
        }

        private BaseBound scan() {
            double step = Math.log(GRID_RATIO);
            double lo = 1;
            for (int k = 1;; k++) {
                double b = Math.exp(k * step);
                if (b > MAX_BASE) {
                    return new BaseBound(Status.ABOVE_SEARCH, Double.NaN, length, dim, String.format(Locale.ROOT,
                            "no base up to 1e15 keeps B(Δ) ≥ 0 at every distance up to %,d", length));
                }
                if (passes(b)) {
                    return new BaseBound(Status.EXACT, refine(lo, b), length, dim, "");
                }
                lo = b;
            }
        }

        /** From a failing {@code lo} and a passing {@code hi}: a passing base whose 1 % lower neighbour fails. */
        private double refine(double lo, double hi) {
            while (true) {
                for (int i = 0; i < BISECTIONS; i++) {
                    double mid = Math.sqrt(lo * hi);
                    if (passes(mid)) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                double below = hi / 1.01;
                if (!passes(below)) {
                    return hi;
                }
                hi = below; // a passing island lower down: walk down the grid to a failing base
                lo = hi / GRID_RATIO;
                while (passes(lo)) {
                    hi = lo;
                    lo = hi / GRID_RATIO;
                }
            }
        }

        /** The top block on this thread; the rest shared with a second thread, alternate blocks each. */
        private long walkOnTwoThreads(double[] t) {
            long top = mine.walk(t, length, length - BLOCK + 1, 0, 1, NEVER);
            if (top >= 0) {
                return top;
            }
            if (second == null) {
                second = Executors.newSingleThreadExecutor(r -> {
                    Thread th = new Thread(r, "base-bound");
                    th.setDaemon(true);
                    return th;
                });
            }
            AtomicBoolean stop = new AtomicBoolean();
            Future<Long> other = second.submit(() -> helper.walk(t, length, 1, 2, 2, stop));
            long here = mine.walk(t, length, 1, 1, 2, stop);
            if (here >= 0) {
                stop.set(true);
            }
            try {
                long there = other.get();
                return here >= 0 ? here : there;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("base bound search interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("base bound walk failed", e.getCause());
            }
        }

        /** True when {@code B(delta) >= 0} for every integer {@code delta} in {@code [0, length]}. */
        boolean passes(double b) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("base bound search cancelled");
            }
            progress.accept(b);
            double[] t = theta(b, dim);
            long failed = -1;
            for (long delta : suspects) {
                failed = mine.walk(t, Math.min(length, delta + WINDOW), Math.max(1, delta - WINDOW), 0, 1, NEVER);
                if (failed >= 0) {
                    break;
                }
            }
            if (failed < 0) {
                failed = length <= 2L * BLOCK ? mine.walk(t, length, 1, 0, 1, NEVER) : walkOnTwoThreads(t);
            }
            if (failed < 0) {
                return true;
            }
            suspects.remove(failed);
            suspects.addFirst(failed);
            if (suspects.size() > SUSPECTS) {
                suspects.removeLast();
            }
            return false;
        }
    }
}
