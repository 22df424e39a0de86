package org.ropescope.math.diagnostics;

/**
 * The long-term decay of RoPE attention (Men et al., "Base of RoPE Bounds Context Length",
 * NeurIPS 2024, section 4): {@code B(delta) = (2/d) * sum_{i=0}^{d/2-1} cos(delta * theta_i)}, the
 * expected attention score between a query and a key that are {@code delta} tokens apart and that
 * share the same content, normalised so that {@code B(0) = 1}.
 *
 * <p>The inverse frequencies {@code theta_i} are those of the curve in question: {@code b^(-2i/d)}
 * for the original model, {@code theta_i / s} under position interpolation, {@code (lambda*b)^(-2i/d)}
 * under base scaling, each scaling method its own. With a partially rotating head only the rotating
 * pairs are passed in, so {@code d} is the rotated dimension ({@code 2 * inverseFrequencies.length}).
 *
 * <p>Pure functions of their arguments; no state. {@link #at} sums cosines directly, {@link #over}
 * follows runs of evenly spaced distances by rotation and re-synchronises with a direct sum every
 * {@value #RESYNC} steps, so its values agree with {@link #at} to about 1e-13.
 */
public final class LongTermDecay {

    /** Steps of a rotation run between two direct evaluations. */
    static final int RESYNC = 256;

    private LongTermDecay() {
    }

    /**
     * {@code B(distance) = mean_i cos(distance * theta_i)}; 1 at distance 0.
     *
     * @param inverseFrequencies {@code theta_i} of every rotating pair, at least one, all finite
     * @param distance           the distance between query and key, in tokens (any finite value)
     */
    public static double at(double[] inverseFrequencies, double distance) {
        requirePairs(inverseFrequencies);
        double sum = 0;
        for (double theta : inverseFrequencies) {
            sum += Math.cos(distance * theta);
        }
        return sum / inverseFrequencies.length;
    }

    /**
     * {@link #at} at every distance, in the given order. Runs of evenly spaced distances (the usual
     * case: every token, or a chart's columns) cost a complex multiplication per pair and distance
     * instead of a cosine.
     *
     * @param inverseFrequencies {@code theta_i} of every rotating pair, at least one, all finite
     * @param distances          the distances, any finite values in any order
     * @return {@code B} at each distance, a new array of the same length
     */
    public static double[] over(double[] inverseFrequencies, double[] distances) {
        requirePairs(inverseFrequencies);
        int n = distances.length;
        double[] sum = new double[n];
        int start = 0;
        while (start < n) {
            int end = runEnd(distances, start);
            addRun(inverseFrequencies, distances, start, end, sum);
            start = end;
        }
        double mean = 1.0 / inverseFrequencies.length;
        for (int k = 0; k < n; k++) {
            sum[k] *= mean;
        }
        return sum;
    }

    /** {@code B} at the integer distances {@code 0, 1, ..., last}. */
    public static double[] overIntegers(double[] inverseFrequencies, int last) {
        if (last < 0) {
            throw new IllegalArgumentException("last distance must be at least 0, got " + last);
        }
        double[] d = new double[last + 1];
        for (int k = 0; k <= last; k++) {
            d[k] = k;
        }
        return over(inverseFrequencies, d);
    }

    /** The end (exclusive) of the run of evenly spaced distances that starts at {@code start}. */
    private static int runEnd(double[] x, int start) {
        if (start + 2 >= x.length) {
            return start + 1;
        }
        double step = x[start + 1] - x[start];
        double tol = 1e-12 * Math.max(Math.abs(step), 1e-300);
        if (Math.abs((x[start + 2] - x[start + 1]) - step) > tol) {
            return start + 1; // no run: a lone distance is summed directly
        }
        int end = start + 3;
        while (end < x.length && end - start < RESYNC && Math.abs((x[end] - x[end - 1]) - step) <= tol) {
            end++;
        }
        return end;
    }

    /** Adds {@code sum_i cos(x[k]*theta_i)} to {@code sum[k]} for {@code k} in {@code [from, to)}. */
    private static void addRun(double[] theta, double[] x, int from, int to, double[] sum) {
        double x0 = x[from];
        double step = to - from > 1 ? x[from + 1] - x[from] : 0;
        for (double t : theta) {
            double c = Math.cos(x0 * t);
            double s = Math.sin(x0 * t);
            double rc = Math.cos(step * t);
            double rs = Math.sin(step * t);
            sum[from] += c;
            for (int k = from + 1; k < to; k++) {
                double nc = c * rc - s * rs;
                s = s * rc + c * rs;
                c = nc;
                sum[k] += c;
            }
        }
    }

    static void requirePairs(double[] inverseFrequencies) {
        if (inverseFrequencies.length == 0) {
            throw new IllegalArgumentException("at least one inverse frequency is needed");
        }
    }
}
