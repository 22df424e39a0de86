package org.ropescope.math.diagnostics;

/**
 * RoPE's long-term decay (Su et al., RoFormer, 2021, section 3.4.3): the mean over the rotating pairs
 * of {@code cos(distance * theta_i)}, written {@code (2/d) * sum_i cos(distance * theta_i)} with
 * {@code d = 2 * (number of frequencies)}. It is 1 at distance 0 and is the attention logit between a
 * query and a key that are the same all-ones vector, {@code distance} tokens apart, divided by its
 * value at distance 0. The same sum with {@code theta_i = 10000^(-2i/d_model)} is the similarity of two
 * sinusoidal position encodings (Vaswani et al., 2017).
 */
public final class LongTermDecay {

    private LongTermDecay() {
    }

    /** {@code (2/d) * sum_i cos(distance * inverseFrequencies[i])}, {@code d = 2 * inverseFrequencies.length}. */
    public static double at(double[] inverseFrequencies, double distance) {
        if (inverseFrequencies.length == 0) {
            throw new IllegalArgumentException("at least one frequency is needed");
        }
        double sum = 0;
        for (double theta : inverseFrequencies) {
            sum += Math.cos(distance * theta);
        }
        return sum / inverseFrequencies.length;
    }

    /** {@link #at} at every one of {@code distances}, in order. */
    public static double[] over(double[] inverseFrequencies, double[] distances) {
        double[] out = new double[distances.length];
        for (int k = 0; k < distances.length; k++) {
            out[k] = at(inverseFrequencies, distances[k]);
        }
        return out;
    }
}
