package org.ropescope.math.schemes;

import static org.ropescope.text.Texts.text;

import org.ropescope.math.InvalidConfigException;

/**
 * ALiBi, attention with linear biases (Press, Smith and Lewis, "Train Short, Test Long", ICLR 2022):
 * no position is added to the tokens; head {@code k} adds {@code -slope_k * distance} to the logit of a
 * key {@code distance} tokens before the query.
 *
 * <p>The slopes are those of the paper's reference code ({@code get_slopes} in
 * ofirpress/attention_with_linear_biases, fairseq's {@code multihead_attention}), computed with the
 * same floating-point steps: for {@code H} a power of two, {@code start = 2^(-2^-(log2(H) - 3))} and
 * slope {@code i} (from 0) is {@code start * start^i}, that is {@code 2^(-8k/H)} for {@code k = 1..H};
 * otherwise the slopes of the largest power of two below {@code H}, then every other slope (the 1st,
 * 3rd, ...) of twice that power, {@code H} in all. Python's {@code **} on floats is C's {@code pow};
 * {@link Math.pow} is fdlibm's, which is within one unit in the last place of it.
 */
public final class Alibi {

    /** The most heads this tool draws (BLOOM-176B has 112). */
    public static final int MAX_HEADS = 1024;

    /** {@code ln 100}: the bias that cuts a key's weight 100-fold. */
    public static final double LN_100 = Math.log(100);

    private Alibi() {
    }

    /** The rule for the number of heads, as a message says it. */
    public static String headsRule() {
        return text("rule.heads", Integer.toString(MAX_HEADS));
    }

    /** The slope of every head, head 1 first: the largest first for a power of two. */
    public static double[] slopes(int heads) {
        if (heads < 1 || heads > MAX_HEADS) {
            throw new InvalidConfigException("heads", text("input.invalid", headsRule(), String.valueOf(heads)));
        }
        if (Integer.bitCount(heads) == 1) {
            return powerOfTwoSlopes(heads);
        }
        int closest = Integer.highestOneBit(heads);
        double[] out = new double[heads];
        System.arraycopy(powerOfTwoSlopes(closest), 0, out, 0, closest);
        double[] twice = slopes(2 * closest);
        for (int k = closest; k < heads; k++) {
            out[k] = twice[2 * (k - closest)]; // twice[0::2][:heads - closest]
        }
        return out;
    }

    private static double[] powerOfTwoSlopes(int n) {
        int log2 = Integer.numberOfTrailingZeros(n); // math.log2(n), exact for a power of two
        double start = Math.pow(2, -Math.pow(2, -(log2 - 3)));
        double ratio = start;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = start * Math.pow(ratio, i);
        }
        return out;
    }

    /** The bias {@code -slope * distance} added to the logit of a key {@code distance} tokens back. */
    public static double bias(double slope, double distance) {
        return 0.0 - slope * distance; // 0, not -0.0, at distance 0
    }

    /**
     * The distance {@code ln 100 / slope} past which the head's bias cuts a key's weight more than
     * 100-fold against a key at distance 0 (same logit otherwise).
     */
    public static double hundredfoldDistance(double slope) {
        return LN_100 / slope;
    }
}
