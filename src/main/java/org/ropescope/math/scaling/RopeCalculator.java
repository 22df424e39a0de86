package org.ropescope.math.scaling;

import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;

/**
 * The RoPE calculator, both ways, under the book's matching rule
 * {@code lambda = (m / m_l)^(d/(d-2))} (the last pair's period under base scaling equals its period
 * under position interpolation). Pure functions; {@code d} is the rotated dimension.
 */
public final class RopeCalculator {

    private RopeCalculator() {
    }

    /**
     * The base that matches a context of {@code m} tokens: {@code b * (m / m_l)^(d/(d-2))}.
     * Equal to {@link org.ropescope.math.RopeConfig#newBase()} for the same values.
     */
    public static double baseForContext(double base, int dim, long originalLength, double newLength) {
        check(base, dim, originalLength);
        if (!(newLength > 0 && Double.isFinite(newLength))) {
            throw new InvalidConfigException("m", "m must be a positive number of tokens, got " + Limits.plain(newLength));
        }
        return Math.pow(newLength / originalLength, (double) dim / (dim - 2)) * base;
    }

    /**
     * The inverse: the context length {@code m} a scaled base {@code newBase} matches,
     * {@code m = m_l * (newBase / b)^((d-2)/d)}. Not rounded (the window decides how to show it);
     * below {@code m_l} when {@code newBase < b}.
     *
     * @throws InvalidConfigException naming {@code b}, {@code d}, {@code m_l} or {@code new base} when out of range
     */
    public static double contextForBase(double base, int dim, long originalLength, double newBase) {
        check(base, dim, originalLength);
        if (!(newBase > Limits.BASE_EXCLUSIVE_MIN && newBase < Double.POSITIVE_INFINITY)) {
            throw new InvalidConfigException("new base", "the new base must be a number greater than 1, got "
                    + Limits.plain(newBase));
        }
        double lambda = newBase / base;
        return originalLength * Math.pow(lambda, (double) (dim - 2) / dim);
    }

    /** {@link #contextForBase} on a context: its base, rotated dimension and {@code m_l}. */
    public static double contextForBase(ScalingContext c, double newBase) {
        return contextForBase(c.base(), c.rotaryDim(), c.originalLength(), newBase);
    }

    private static void check(double base, int dim, long originalLength) {
        // RopeConfig's own checks and messages, with m = m_l
        org.ropescope.math.RopeConfig.of(base, dim, originalLength, originalLength);
    }
}
