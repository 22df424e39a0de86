package org.ropescope.math.scaling;

import static org.ropescope.text.Texts.text;

import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.RopeConfig;

/**
 * Everything a scaling method needs besides its own parameters: the base {@code b}, the head
 * dimension, the share of it that rotates, the original context {@code m_l} and the target
 * context {@code m}. Immutable and validated; one context is shared by every method drawn side by
 * side, so they are compared on the same model.
 *
 * <p>The base, head dimension and lengths obey the same limits as {@link RopeConfig} (and are checked
 * by building one). The rotated dimension is {@code int(head_dim * partial_rotary_factor)}, exactly as
 * in Hugging Face transformers; it must be even and at least 4, and it is the {@code d} of every
 * formula in this package. Only pairs {@code 0 .. rotaryDim/2 - 1} rotate; the remaining
 * {@code headPairs() - pairs()} pairs of each head carry no position at all (GPT-NeoX, Phi).
 *
 * @param base                 the RoPE base {@code b} ({@code rope_theta})
 * @param headDim              the attention head dimension ({@code head_dim})
 * @param partialRotaryFactor  the rotating share of each head, in {@code (0, 1]} ({@code partial_rotary_factor})
 * @param originalLength       {@code m_l}, the context the model was trained on ({@code original_max_position_embeddings})
 * @param newLength            {@code m}, the context it is stretched to; at least {@code m_l}
 */
public record ScalingContext(double base, int headDim, double partialRotaryFactor, long originalLength,
        long newLength) {

    /** The defaults: b = 10,000, d = 128, every dimension rotating, 4k stretched to 16k. */
    public static final ScalingContext DEFAULT = of(RopeConfig.DEFAULT);

    public ScalingContext {
        RopeConfig.of(base, headDim, originalLength, newLength); // same limits, same messages
        if (!(partialRotaryFactor > 0 && partialRotaryFactor <= 1)) {
            throw new InvalidConfigException("partial_rotary_factor", text("check.rotary", Double.toString(partialRotaryFactor)));
        }
        int rotary = (int) (headDim * partialRotaryFactor);
        if (rotary < 4 || rotary % 2 != 0) {
            throw new InvalidConfigException("partial_rotary_factor", text("check.rotaryDim",
                    headDim + " * " + partialRotaryFactor, Integer.toString(rotary)));
        }
    }

    /** A fully rotating head with the values of {@code c}. */
    public static ScalingContext of(RopeConfig c) {
        return of(c, 1.0);
    }

    /** The values of {@code c}, with only {@code partialRotaryFactor} of each head rotating. */
    public static ScalingContext of(RopeConfig c, double partialRotaryFactor) {
        return new ScalingContext(c.base(), c.dim(), partialRotaryFactor, c.originalLength(), c.newLength());
    }

    /** The same context with another target length {@code m} (at least {@code m_l}). */
    public ScalingContext withNewLength(long m) {
        return new ScalingContext(base, headDim, partialRotaryFactor, originalLength, m);
    }

    /** The rotated dimension {@code int(head_dim * partial_rotary_factor)}: the {@code d} of every formula. */
    public int rotaryDim() {
        return (int) (headDim * partialRotaryFactor);
    }

    /** Number of rotating pairs, {@code rotaryDim()/2}; the length of every per-pair array. */
    public int pairs() {
        return rotaryDim() / 2;
    }

    /** Number of pairs in a whole head, {@code headDim/2}; pairs from {@link #pairs()} on do not rotate. */
    public int headPairs() {
        return headDim / 2;
    }

    /** True when only part of each head rotates. */
    public boolean isPartial() {
        return rotaryDim() < headDim;
    }

    /** The stretch {@code s = m / m_l}: the factor every method uses when it is given none. */
    public double scale() {
        return (double) newLength / (double) originalLength;
    }

    /**
     * The book's set-up for the rotating part: base, rotated dimension and both lengths. Its
     * {@link RopeConfig#lambda()} is the base-scaling factor {@code (m/m_l)^(d/(d-2))} with
     * {@code d = rotaryDim()}.
     */
    public RopeConfig rotaryConfig() {
        return RopeConfig.of(base, rotaryDim(), originalLength, newLength);
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof ScalingContext c && Double.compare(base, c.base) == 0 && headDim == c.headDim
                && Double.compare(partialRotaryFactor, c.partialRotaryFactor) == 0
                && originalLength == c.originalLength && newLength == c.newLength;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(base);
        h = 31 * h + headDim;
        h = 31 * h + Double.hashCode(partialRotaryFactor);
        h = 31 * h + Long.hashCode(originalLength);
        return 31 * h + Long.hashCode(newLength);
    }
}
