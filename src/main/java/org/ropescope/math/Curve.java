package org.ropescope.math;

/**
 * The three curves of the book's comparison. Each computes one pair's period straight from its
 * closed form with {@link Math#pow}, never by multiplying along the pairs, so every value is within
 * a few ulps of the exact one.
 */
public enum Curve {

    /** Original RoPE: {@code T_i = 2*pi / theta_i = 2*pi * b^(2i/d)}. */
    ORIGINAL("Original RoPE") {
        @Override
        public double period(RopeConfig c, int i) {
            return RopeMath.period(c.base(), c.dim(), i);
        }
    },

    /** Linear position interpolation: positions scaled by {@code m_l/m}, so periods grow by {@code s}. */
    INTERPOLATED("Position interpolation (PI)") {
        @Override
        public double period(RopeConfig c, int i) {
            return c.scale() * RopeMath.period(c.base(), c.dim(), i);
        }
    },

    /** RoPE base scaling: the base becomes {@code lambda*b}, {@code lambda = s^(d/(d-2))}. */
    BASE_SCALED("Base scaling (λ·b)") {
        @Override
        public double period(RopeConfig c, int i) {
            return RopeMath.period(c.newBase(), c.dim(), i);
        }
    };

    private final String label;

    Curve(String label) {
        this.label = label;
    }

    /** The name shown in legends and tables. */
    public String label() {
        return label;
    }

    /** The period in tokens of pair {@code i} ({@code 0 <= i < d/2}). */
    public abstract double period(RopeConfig c, int i);
}
