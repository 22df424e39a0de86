package org.ropescope.chart;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ropescope.math.diagnostics.LongTermDecay;
import org.ropescope.math.scaling.MethodTable;

/**
 * The decay chart's curves, {@link LongTermDecay#over} for every method, computed on two cores when
 * there are two and the work is large: at d = 8192 the chart's seven curves are 11 million pair
 * rotations, the longest part of a Decay tab update. Half the curves (by work) go to one helper
 * thread while the calling thread does the others; the caller waits for both, so a frame still
 * shows one consistent set of curves. Values are the same as computed one after another.
 */
final class DecayCurves {

    /** Pair rotations below which a second thread costs more than it saves. */
    static final long PARALLEL_WORK = 400_000;

    private DecayCurves() {
    }

    /** One daemon thread, made on first use. */
    private static final class Helper {
        static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "decay-curves");
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code B} at each of {@code x} for each method of {@code methods}, in order. */
    static double[][] of(MethodTable methods, double[] x) {
        int n = methods.size();
        double[][] y = new double[n][];
        long[] work = new long[n];
        long total = 0;
        for (int s = 0; s < n; s++) {
            work[s] = (long) methods.get(s).invFreqs().length * x.length;
            total += work[s];
        }
        if (n < 2 || total < PARALLEL_WORK || Runtime.getRuntime().availableProcessors() < 2) {
            for (int s = 0; s < n; s++) {
                y[s] = LongTermDecay.over(methods.get(s).invFreqs(), x);
            }
            return y;
        }
        // the helper's share: curves taken in order while its work stays at most half
        boolean[] helper = new boolean[n];
        long helperWork = 0;
        for (int s = n - 1; s >= 0; s--) {
            if (2 * (helperWork + work[s]) <= total) {
                helper[s] = true;
                helperWork += work[s];
            }
        }
        Future<?> other = Helper.THREAD.submit(() -> {
            for (int s = 0; s < n; s++) {
                if (helper[s]) {
                    y[s] = LongTermDecay.over(methods.get(s).invFreqs(), x);
                }
            }
        });
        for (int s = 0; s < n; s++) {
            if (!helper[s]) {
                y[s] = LongTermDecay.over(methods.get(s).invFreqs(), x);
            }
        }
        try {
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the decay curves were computed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        return y;
    }
}
