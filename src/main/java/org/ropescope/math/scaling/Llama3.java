package org.ropescope.math.scaling;

import java.util.OptionalDouble;
import org.ropescope.math.RopeMath;

/**
 * Llama 3.1's scaling ({@code rope_type "llama3"}, transformers' {@code _compute_llama3_parameters}).
 * With {@code m_l} the context's original length ({@code original_max_position_embeddings}) and
 * {@code wavelen_i = 2*pi / theta_i}: pairs with {@code wavelen_i < m_l / high_freq_factor} are kept,
 * pairs with {@code wavelen_i > m_l / low_freq_factor} are divided by the factor, and in between
 * {@code smooth = (m_l / wavelen_i - low) / (high - low)} blends the two:
 * {@code inv_freq_i = (1 - smooth) * theta_i / f + smooth * theta_i}.
 *
 * @param factor         the stretch of the low-frequency band, above 0 ({@code 8} for Llama 3.1);
 *                       empty to follow the context's {@code s = m / m_l}
 * @param lowFreqFactor  {@code low_freq_factor}, above 0 ({@code 1} for Llama 3.1)
 * @param highFreqFactor {@code high_freq_factor}, above 0 ({@code 4} for Llama 3.1). transformers only warns when it
 *                       is not above {@code low_freq_factor}, and so computes Llama 4's {@code 1 = 1}: a plain step
 *                       at {@code m_l} (pairs longer than {@code m_l / low_freq_factor} divided, the rest kept);
 *                       this record computes the same {@code torch.where} cases in the same order
 */
public record Llama3(OptionalDouble factor, double lowFreqFactor, double highFreqFactor) implements ScalingMethod {

    /** Llama 3.1's {@code low_freq_factor}. */
    public static final double DEFAULT_LOW_FREQ_FACTOR = 1;
    /** Llama 3.1's {@code high_freq_factor}. */
    public static final double DEFAULT_HIGH_FREQ_FACTOR = 4;

    /** Which of the three bands a pair falls in. */
    public enum Band {
        /** Wavelength below {@code m_l / high_freq_factor}: unchanged. */
        KEPT,
        /** Between the two wavelengths: a smooth blend. */
        BLENDED,
        /** Wavelength above {@code m_l / low_freq_factor}: divided by the factor. */
        SCALED
    }

    public Llama3 {
        MethodKind k = MethodKind.LLAMA3;
        Checks.factor(k, factor);
        Checks.positive(k, "low_freq_factor", lowFreqFactor);
        Checks.positive(k, "high_freq_factor", highFreqFactor);
    }

    /** Llama 3 scaling with explicit values, as in a {@code config.json}. */
    public static Llama3 of(double factor, double lowFreqFactor, double highFreqFactor) {
        return new Llama3(OptionalDouble.of(factor), lowFreqFactor, highFreqFactor);
    }

    /** Llama 3.1's band factors (1 and 4), stretching by the context's {@code s = m / m_l}. */
    public static Llama3 followingContext() {
        return new Llama3(OptionalDouble.empty(), DEFAULT_LOW_FREQ_FACTOR, DEFAULT_HIGH_FREQ_FACTOR);
    }

    @Override
    public MethodKind kind() {
        return MethodKind.LLAMA3;
    }

    @Override
    public double factor(ScalingContext c) {
        return factor.orElse(c.scale());
    }

    /** {@code m_l / low_freq_factor}: wavelengths above it are divided by the factor. */
    public double lowFreqWavelength(ScalingContext c) {
        return c.originalLength() / lowFreqFactor;
    }

    /** {@code m_l / high_freq_factor}: wavelengths below it are kept. */
    public double highFreqWavelength(ScalingContext c) {
        return c.originalLength() / highFreqFactor;
    }

    /** The band pair {@code i} falls in on {@code c}. */
    public Band band(ScalingContext c, int i) {
        double wavelen = RopeMath.TWO_PI / RopeMath.theta(c.base(), c.rotaryDim(), i);
        if (wavelen > lowFreqWavelength(c)) {
            return Band.SCALED;
        }
        return wavelen < highFreqWavelength(c) ? Band.KEPT : Band.BLENDED;
    }

    @Override
    public ScaledFrequencies evaluate(ScalingContext c) {
        double f = factor(c);
        double lowWavelen = lowFreqWavelength(c);
        double highWavelen = highFreqWavelength(c);
        double[] theta = Spectra.theta(c.base(), c.rotaryDim());
        double[] inv = new double[theta.length];
        for (int i = 0; i < inv.length; i++) {
            double wavelen = RopeMath.TWO_PI / theta[i];
            if (wavelen > lowWavelen) {
                inv[i] = theta[i] / f;
            } else if (wavelen < highWavelen) {
                inv[i] = theta[i];
            } else {
                double smooth = (c.originalLength() / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
                inv[i] = (1 - smooth) * theta[i] / f + smooth * theta[i];
            }
        }
        return new ScaledFrequencies(this, c, inv, Spectra.periodsOf(inv), null, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof Llama3 l && factor.equals(l.factor) && Double.compare(lowFreqFactor, l.lowFreqFactor) == 0
                && Double.compare(highFreqFactor, l.highFreqFactor) == 0;
    }

    @Override
    public int hashCode() {
        return (31 * factor.hashCode() + Double.hashCode(lowFreqFactor)) * 31 + Double.hashCode(highFreqFactor);
    }
}
