package org.ropescope.math.schemes;

import org.ropescope.math.InvalidConfigException;

/**
 * The settings of the positional schemes compared with RoPE, validated: ALiBi's number of heads, T5's
 * buckets, and the sinusoidal encoding's {@code d_model}. RoPE's own (b, d, m_l, m) are the explorer's
 * inputs. A bad value ends in an {@link InvalidConfigException} naming the field.
 *
 * @param heads           ALiBi heads, 1 to 1,024
 * @param t5Buckets       T5 {@code num_buckets}, even, 4 to 1,024
 * @param t5MaxDistance   T5 {@code max_distance}, above the exact buckets, at most 1e8
 * @param t5Bidirectional T5's encoder buckets; false: the decoder's (causal)
 * @param dModel          the sinusoidal encoding's {@code d_model}, even, 4 to 8,192
 */
public record SchemeSettings(int heads, int t5Buckets, long t5MaxDistance, boolean t5Bidirectional, int dModel) {

    /** 8 heads, T5's 32 buckets and 128 causal, d_model 512. */
    public static final SchemeSettings DEFAULT = new SchemeSettings(8, T5Buckets.DEFAULT_BUCKETS,
            T5Buckets.DEFAULT_MAX_DISTANCE, false, 512);

    public SchemeSettings {
        if (heads < 1 || heads > Alibi.MAX_HEADS) {
            throw new InvalidConfigException("heads", Alibi.headsRule() + ", got " + heads);
        }
        new T5Buckets(t5Buckets, t5MaxDistance, t5Bidirectional); // checks both
        if (dModel < Sinusoidal.D_MODEL_MIN || dModel > Sinusoidal.D_MODEL_MAX || dModel % 2 != 0) {
            throw new InvalidConfigException("d_model", Sinusoidal.dModelRule() + ", got " + dModel);
        }
    }

    /** T5's buckets of these settings. */
    public T5Buckets t5() {
        return new T5Buckets(t5Buckets, t5MaxDistance, t5Bidirectional);
    }

    /** ALiBi's slopes, head 1 first. */
    public double[] slopes() {
        return Alibi.slopes(heads);
    }

    public SchemeSettings withHeads(int h) {
        return new SchemeSettings(h, t5Buckets, t5MaxDistance, t5Bidirectional, dModel);
    }

    public SchemeSettings withT5(int buckets, long maxDistance, boolean bidirectional) {
        return new SchemeSettings(heads, buckets, maxDistance, bidirectional, dModel);
    }

    public SchemeSettings withDModel(int dm) {
        return new SchemeSettings(heads, t5Buckets, t5MaxDistance, t5Bidirectional, dm);
    }
}
