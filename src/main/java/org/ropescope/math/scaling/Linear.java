package org.ropescope.math.scaling;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Linear position interpolation (PI, {@code rope_type "linear"}, transformers'
 * {@code _compute_linear_scaling_rope_parameters}): every inverse frequency divided by the factor,
 * so every period grows by it: {@code T'_i = f * 2*pi*b^(2i/d)}, a flat stretch of {@code f}.
 *
 * @param factor the stretch {@code f > 0} (at least 1 in practice; transformers only warns
 *     below 1); empty to follow the context's {@code s = m / m_l}
 */
public record Linear(OptionalDouble factor) implements ScalingMethod {

    public Linear {
        Checks.factor(MethodKind.LINEAR, factor);
    }

    /** PI with a fixed factor. */
    public static Linear of(double factor) {
        return new Linear(OptionalDouble.of(factor));
    }

    /** PI by the context's {@code s = m / m_l}: the book's interpolation curve. */
    public static Linear followingContext() {
        return new Linear(OptionalDouble.empty());
    }

    @Override
    public MethodKind kind() {
        return MethodKind.LINEAR;
    }

    @Override
    public double factor(ScalingContext c) {
        return factor.orElse(c.scale());
    }

    @Override
    public ScaledFrequencies evaluate(ScalingContext c) {
        double f = factor(c);
        double[] inv = Spectra.theta(c.base(), c.rotaryDim());
        double[] period = Spectra.period(c.base(), c.rotaryDim());
        for (int i = 0; i < inv.length; i++) {
            inv[i] /= f;
            period[i] *= f; // f * 2*pi*b^(2i/d): the book's PI, s times the original period
        }
        double[] stretch = new double[inv.length];
        Arrays.fill(stretch, f);
        return new ScaledFrequencies(this, c, inv, period, stretch, OptionalDouble.empty(), OptionalDouble.empty());
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof Linear l && factor.equals(l.factor);
    }

    @Override
    public int hashCode() {
        return factor.hashCode();
    }
}
