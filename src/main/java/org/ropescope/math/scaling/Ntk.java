package org.ropescope.math.scaling;

import java.util.OptionalDouble;

/**
 * Static NTK-aware scaling, the book's RoPE base scaling ({@code rope_type "ntk"}, transformers'
 * {@code _compute_ntk_parameters} in the releases that had it): the base becomes
 * {@code b * f^(d/(d-2))}. Pair 0 keeps its period; the last pair is stretched by exactly {@code f}.
 * With {@code f = m / m_l} the multiplier is the book's {@code lambda}, bit for bit.
 *
 * @param factor the stretch {@code f > 0} (at least 1 in practice; transformers only warns
 *     below 1); empty to follow the context's {@code s = m / m_l}
 */
public record Ntk(OptionalDouble factor) implements ScalingMethod {

    public Ntk {
        Checks.factor(MethodKind.NTK, factor);
    }

    /** NTK scaling with a fixed factor. */
    public static Ntk of(double factor) {
        return new Ntk(OptionalDouble.of(factor));
    }

    /** NTK scaling by the context's {@code s = m / m_l}: the book's base-scaling curve. */
    public static Ntk followingContext() {
        return new Ntk(OptionalDouble.empty());
    }

    @Override
    public MethodKind kind() {
        return MethodKind.NTK;
    }

    @Override
    public double factor(ScalingContext c) {
        return factor.orElse(c.scale());
    }

    /** The base multiplier {@code lambda = f^(d/(d-2))}, {@code d} the rotated dimension. */
    public double lambda(ScalingContext c) {
        int d = c.rotaryDim();
        return Math.pow(factor(c), (double) d / (d - 2)); // the same expression as RopeConfig.lambda()
    }

    /** The scaled base {@code lambda * b}. */
    public double scaledBase(ScalingContext c) {
        return lambda(c) * c.base();
    }

    @Override
    public ScaledFrequencies evaluate(ScalingContext c) {
        double b = scaledBase(c);
        return new ScaledFrequencies(this, c, Spectra.theta(b, c.rotaryDim()), Spectra.period(b, c.rotaryDim()),
                null, OptionalDouble.empty(), OptionalDouble.of(b));
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof Ntk n && factor.equals(n.factor);
    }

    @Override
    public int hashCode() {
        return factor.hashCode();
    }
}
