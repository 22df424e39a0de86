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
 * follows runs of evenly spaced distances (and runs whose step doubles, as on a log axis) by rotating
 * each pair, vectorised over the pairs, and re-synchronises with cosines every {@value #RESYNC}
 * distances, so its values agree with {@link #at} to about 1e-12.
 */
public final class LongTermDecay {

    /** Steps of a rotation run between two direct evaluations. */
    static final int RESYNC = 1024;

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
        int n = inverseFrequencies.length;
        double[] out = new double[distances.length];
        DecayWalker w = new DecayWalker(n);
        double step = Double.NaN; // the walker's step; NaN: not loaded
        int sinceLoad = 0;
        for (int k = 0; k < distances.length; k++) {
            double x = distances[k];
            double next = k + 1 < distances.length ? distances[k + 1] - x : 0;
            double h = k > 0 ? x - distances[k - 1] : Double.NaN;
            boolean follows = h == step || h == 2 * step;
            if (follows && sinceLoad < RESYNC) {
                if (h == 2 * step) { // the walker stands one old step on: take it, then step twice as far
                    w.sumAndRotate(n);
                    w.doubleStep(n);
                    step = h;
                }
            } else if (next != 0 && k + 2 < distances.length && distances[k + 2] - distances[k + 1] == next) {
                // the start of a run of three or more (or a resync): load with cosines
                w.load(inverseFrequencies, x, next);
                step = next;
                sinceLoad = 0;
                out[k] = w.sumAndRotate(n) / n;
                sinceLoad++;
                continue;
            } else { // a lone distance
                out[k] = at(inverseFrequencies, x);
                step = Double.NaN;
                continue;
            }
            out[k] = w.sumAndRotate(n) / n;
            sinceLoad++;
        }
        return out;
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

    static void requirePairs(double[] inverseFrequencies) {
        if (inverseFrequencies.length == 0) {
            throw new IllegalArgumentException("at least one inverse frequency is needed");
        }
    }
}
