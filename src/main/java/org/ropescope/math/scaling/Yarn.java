package org.ropescope.math.scaling;

import java.util.OptionalDouble;

/**
 * YaRN ({@code rope_type "yarn"}, transformers' {@code _compute_yarn_parameters}).
 *
 * <p>With {@code d} the rotated dimension, {@code corr(r) = d * ln(m_l / (2*pi*r)) / (2 * ln b)} is the
 * pair index whose wavelength fits {@code r} times into {@code m_l}. The ramp runs from
 * {@code low = corr(beta_fast)} to {@code high = corr(beta_slow)} (floor and ceiling when
 * {@code truncate} is on, the default), clamped to {@code [0, d-1]}; {@code ramp_i = clamp((i - low) / (high - low), 0, 1)}.
 * Pairs below the ramp keep their frequency (extrapolation), pairs above it are divided by the factor
 * (interpolation), and in between {@code inv_freq_i = theta_i * ((1 - ramp_i) + ramp_i / f)}.
 *
 * <p>The attention factor is {@code attention_factor} when given; otherwise
 * {@code get_mscale(f, mscale) / get_mscale(f, mscale_all_dim)} when both are given and non-zero;
 * otherwise {@code get_mscale(f) = 0.1 * ln(f) + 1} (1 for {@code f <= 1}).
 *
 * <p>As in transformers, a factor below 1 and {@code beta_fast < beta_slow} are computed, not refused
 * (transformers only warns about them; the ramp then runs backwards and is clamped the same way).
 *
 * @param factor          the stretch {@code f > 0} (at least 1 in practice); empty to follow the context's {@code s = m / m_l}
 * @param betaFast        {@code beta_fast}, rotations at the ramp's start (32 in the paper)
 * @param betaSlow        {@code beta_slow}, rotations at its end (1 in the paper)
 * @param truncate        round the ramp's bounds outwards to whole pairs ({@code truncate}, default true)
 * @param attentionFactor an explicit {@code attention_factor}, above 0; empty to derive it
 * @param mscale          {@code mscale} (DeepSeek), at least 0; empty when absent
 * @param mscaleAllDim    {@code mscale_all_dim} (DeepSeek), at least 0; empty when absent
 */
public record Yarn(OptionalDouble factor, double betaFast, double betaSlow, boolean truncate,
        OptionalDouble attentionFactor, OptionalDouble mscale, OptionalDouble mscaleAllDim) implements ScalingMethod {

    /** The paper's and transformers' default {@code beta_fast}. */
    public static final double DEFAULT_BETA_FAST = 32;
    /** The paper's and transformers' default {@code beta_slow}. */
    public static final double DEFAULT_BETA_SLOW = 1;

    public Yarn {
        MethodKind k = MethodKind.YARN;
        Checks.factor(k, factor);
        Checks.positive(k, "beta_fast", betaFast);
        Checks.positive(k, "beta_slow", betaSlow);
        Checks.positive(k, "attention_factor", attentionFactor);
        Checks.nonNegative(k, "mscale", mscale);
        Checks.nonNegative(k, "mscale_all_dim", mscaleAllDim);
    }

    /** YaRN with {@code factor} and every other parameter at its default (betas 32/1, truncate on). */
    public static Yarn of(double factor) {
        return new Yarn(OptionalDouble.of(factor), DEFAULT_BETA_FAST, DEFAULT_BETA_SLOW, true,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** YaRN by the context's {@code s = m / m_l}, every other parameter at its default. */
    public static Yarn followingContext() {
        return new Yarn(OptionalDouble.empty(), DEFAULT_BETA_FAST, DEFAULT_BETA_SLOW, true,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** This method with other {@code beta_fast} and {@code beta_slow}. */
    public Yarn withBetas(double fast, double slow) {
        return new Yarn(factor, fast, slow, truncate, attentionFactor, mscale, mscaleAllDim);
    }

    /** This method with {@code truncate} set. */
    public Yarn withTruncate(boolean t) {
        return new Yarn(factor, betaFast, betaSlow, t, attentionFactor, mscale, mscaleAllDim);
    }

    /** This method with an explicit {@code attention_factor}. */
    public Yarn withAttentionFactor(double a) {
        return new Yarn(factor, betaFast, betaSlow, truncate, OptionalDouble.of(a), mscale, mscaleAllDim);
    }

    /** This method with {@code mscale} and {@code mscale_all_dim}. */
    public Yarn withMscale(double m, double mAllDim) {
        return new Yarn(factor, betaFast, betaSlow, truncate, attentionFactor, OptionalDouble.of(m),
                OptionalDouble.of(mAllDim));
    }

    @Override
    public MethodKind kind() {
        return MethodKind.YARN;
    }

    @Override
    public double factor(ScalingContext c) {
        return factor.orElse(c.scale());
    }

    /**
     * The ramp's bounds over pair indices, as transformers' {@code find_correction_range} returns them:
     * {@code low} is where interpolation starts, {@code high} where it is complete.
     *
     * @param low  {@code max(corr(beta_fast), 0)}, floored when truncating
     * @param high {@code min(corr(beta_slow), d - 1)}, ceiled when truncating
     */
    public record CorrectionRange(double low, double high) {
    }

    /** {@code corr(r) = d * ln(m_l / (2*pi*r)) / (2 * ln b)}: the pair index that turns {@code r} times in {@code m_l}. */
    public static double correctionDim(double rotations, int dim, double base, long originalLength) {
        return (dim * Math.log(originalLength / (rotations * 2 * Math.PI))) / (2 * Math.log(base));
    }

    /** The ramp's bounds on {@code c}. */
    public CorrectionRange correctionRange(ScalingContext c) {
        int d = c.rotaryDim();
        double low = correctionDim(betaFast, d, c.base(), c.originalLength());
        double high = correctionDim(betaSlow, d, c.base(), c.originalLength());
        if (truncate) {
            low = Math.floor(low);
            high = Math.ceil(high);
        }
        return new CorrectionRange(Math.max(low, 0), Math.min(high, d - 1));
    }

    /** transformers' {@code get_mscale}: {@code 0.1 * mscale * ln(scale) + 1}, and 1 for {@code scale <= 1}. */
    public static double getMscale(double scale, double mscale) {
        return scale <= 1 ? 1.0 : 0.1 * mscale * Math.log(scale) + 1.0;
    }

    @Override
    public OptionalDouble attentionFactor(ScalingContext c) {
        if (attentionFactor.isPresent()) {
            return attentionFactor;
        }
        double f = factor(c);
        double m = mscale.orElse(0);
        double mAll = mscaleAllDim.orElse(0);
        if (m != 0 && mAll != 0) { // transformers: `if mscale and mscale_all_dim`
            return OptionalDouble.of(getMscale(f, m) / getMscale(f, mAll));
        }
        return OptionalDouble.of(getMscale(f, 1));
    }

    @Override
    public ScaledFrequencies evaluate(ScalingContext c) {
        double f = factor(c);
        CorrectionRange r = correctionRange(c);
        double low = r.low();
        double high = r.high();
        if (low == high) {
            high += 0.001; // transformers: prevent singularity
        }
        double[] theta = Spectra.theta(c.base(), c.rotaryDim());
        double[] inv = new double[theta.length];
        for (int i = 0; i < inv.length; i++) {
            double ramp = Math.min(Math.max((i - low) / (high - low), 0), 1);
            double extrapolationFactor = 1 - ramp;
            double interpolated = theta[i] / f;
            inv[i] = interpolated * (1 - extrapolationFactor) + theta[i] * extrapolationFactor;
        }
        return new ScaledFrequencies(this, c, inv, Spectra.periodsOf(inv), null, attentionFactor(c),
                OptionalDouble.empty());
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof Yarn y && factor.equals(y.factor) && Double.compare(betaFast, y.betaFast) == 0
                && Double.compare(betaSlow, y.betaSlow) == 0 && truncate == y.truncate
                && attentionFactor.equals(y.attentionFactor) && mscale.equals(y.mscale)
                && mscaleAllDim.equals(y.mscaleAllDim);
    }

    @Override
    public int hashCode() {
        int h = factor.hashCode();
        h = 31 * h + Double.hashCode(betaFast);
        h = 31 * h + Double.hashCode(betaSlow);
        h = 31 * h + Boolean.hashCode(truncate);
        h = 31 * h + attentionFactor.hashCode();
        h = 31 * h + mscale.hashCode();
        return 31 * h + mscaleAllDim.hashCode();
    }
}
