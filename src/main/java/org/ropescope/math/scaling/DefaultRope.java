package org.ropescope.math.scaling;

import java.util.OptionalDouble;

/**
 * No scaling: the model as trained, {@code inv_freq_i = b^(-2i/d)} ({@code rope_type "default"},
 * transformers' {@code _compute_default_rope_parameters}). Every stretch is exactly 1.
 */
public record DefaultRope() implements ScalingMethod {

    /** The one instance worth having. */
    public static final DefaultRope INSTANCE = new DefaultRope();

    @Override
    public MethodKind kind() {
        return MethodKind.DEFAULT;
    }

    @Override
    public double factor(ScalingContext context) {
        return 1;
    }

    @Override
    public ScaledFrequencies evaluate(ScalingContext c) {
        int d = c.rotaryDim();
        double[] stretch = new double[c.pairs()];
        java.util.Arrays.fill(stretch, 1.0);
        return new ScaledFrequencies(this, c, Spectra.theta(c.base(), d), Spectra.period(c.base(), d), stretch,
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof DefaultRope;
    }

    @Override
    public int hashCode() {
        return DefaultRope.class.hashCode();
    }
}
