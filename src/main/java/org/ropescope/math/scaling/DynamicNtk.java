package org.ropescope.math.scaling;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Dynamic NTK scaling ({@code rope_type "dynamic"}, transformers' {@code _compute_dynamic_ntk_parameters}):
 * at the current sequence length {@code L} the base becomes
 * {@code b * (f*L/m_l - (f-1))^(d/(d-2))} when {@code L > m_l}, and stays {@code b} otherwise.
 * With {@code f = 1} and {@code L = m} that is the book's {@code lambda * b}.
 *
 * @param factor the {@code factor} of the configuration, above 0 (at least 1 in practice; transformers only warns below 1)
 * @param seqLen the current sequence length {@code L}; empty to use the context's target length {@code m}
 */
public record DynamicNtk(double factor, OptionalLong seqLen) implements ScalingMethod {

    public DynamicNtk {
        Checks.factor(MethodKind.DYNAMIC, "factor", factor);
        Checks.length(MethodKind.DYNAMIC, "seq_len", seqLen);
    }

    /** Dynamic NTK with {@code factor}, evaluated at the context's target length {@code m}. */
    public static DynamicNtk of(double factor) {
        return new DynamicNtk(factor, OptionalLong.empty());
    }

    /** Dynamic NTK with {@code factor}, evaluated at the current length {@code seqLen}. */
    public static DynamicNtk at(double factor, long seqLen) {
        return new DynamicNtk(factor, OptionalLong.of(seqLen));
    }

    @Override
    public MethodKind kind() {
        return MethodKind.DYNAMIC;
    }

    @Override
    public double factor(ScalingContext c) {
        return factor;
    }

    /** The length {@code L} the base is computed for: {@code seq_len}, or the context's {@code m}. */
    public long seqLen(ScalingContext c) {
        return seqLen.orElse(c.newLength());
    }

    /** The base at the current length: {@code b * (f*L/m_l - (f-1))^(d/(d-2))} above {@code m_l}, else {@code b}. */
    public double scaledBase(ScalingContext c) {
        long l = seqLen(c);
        long ml = c.originalLength();
        if (l <= ml) {
            return c.base();
        }
        int d = c.rotaryDim();
        return c.base() * Math.pow(factor * l / ml - (factor - 1), (double) d / (d - 2));
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
        return o instanceof DynamicNtk n && Double.compare(factor, n.factor) == 0 && seqLen.equals(n.seqLen);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(factor) + seqLen.hashCode();
    }
}
