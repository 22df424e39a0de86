package org.ropescope.math.scaling;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ropescope.math.InvalidConfigException;

/**
 * One set of parameter values shared by several methods, as a command line ({@code --factor 4
 * --beta-fast 32 ...}) or a settings panel holds them, and the one place that turns them into a
 * {@link ScalingMethod} of a given kind. Each method takes the values it uses and ignores the rest;
 * an empty value means the method's default (a factor then follows the context's {@code m / m_l}).
 *
 * <pre>{@code
 * MethodParameters p = MethodParameters.DEFAULTS.withFactor(4);
 * ScalingMethod y = p.build(MethodKind.YARN);     // Yarn.of(4)
 * ScalingMethod l = p.build(MethodKind.LLAMA3);   // Llama3.of(4, 1, 4)
 * }</pre>
 *
 * @param factor          {@code factor} for every method that has one
 * @param seqLen          the current length {@code L} for {@code dynamic} and {@code longrope}
 * @param betaFast        {@code beta_fast} for {@code yarn}
 * @param betaSlow        {@code beta_slow} for {@code yarn}
 * @param truncate        {@code truncate} for {@code yarn}
 * @param attentionFactor {@code attention_factor} for {@code yarn} and {@code longrope}
 * @param mscale          {@code mscale} for {@code yarn}
 * @param mscaleAllDim    {@code mscale_all_dim} for {@code yarn}
 * @param lowFreqFactor   {@code low_freq_factor} for {@code llama3}
 * @param highFreqFactor  {@code high_freq_factor} for {@code llama3}
 * @param longFactor      {@code long_factor} for {@code longrope}
 * @param shortFactor     {@code short_factor} for {@code longrope}
 */
public record MethodParameters(OptionalDouble factor, OptionalLong seqLen, OptionalDouble betaFast,
        OptionalDouble betaSlow, Optional<Boolean> truncate, OptionalDouble attentionFactor, OptionalDouble mscale,
        OptionalDouble mscaleAllDim, OptionalDouble lowFreqFactor, OptionalDouble highFreqFactor,
        Optional<List<Double>> longFactor, Optional<List<Double>> shortFactor) {

    /** Nothing given: every method at its defaults, factors following {@code m / m_l}. */
    public static final MethodParameters DEFAULTS = new MethodParameters(OptionalDouble.empty(), OptionalLong.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            Optional.empty(), Optional.empty());

    public MethodParameters {
        longFactor = longFactor.map(List::copyOf);
        shortFactor = shortFactor.map(List::copyOf);
    }

    /** These values with {@code factor} set. */
    public MethodParameters withFactor(double f) {
        return new MethodParameters(OptionalDouble.of(f), seqLen, betaFast, betaSlow, truncate, attentionFactor,
                mscale, mscaleAllDim, lowFreqFactor, highFreqFactor, longFactor, shortFactor);
    }

    /** These values with the current length {@code L} set. */
    public MethodParameters withSeqLen(long l) {
        return new MethodParameters(factor, OptionalLong.of(l), betaFast, betaSlow, truncate, attentionFactor,
                mscale, mscaleAllDim, lowFreqFactor, highFreqFactor, longFactor, shortFactor);
    }

    /** These values with {@code beta_fast} and {@code beta_slow} set. */
    public MethodParameters withBetas(double fast, double slow) {
        return new MethodParameters(factor, seqLen, OptionalDouble.of(fast), OptionalDouble.of(slow), truncate,
                attentionFactor, mscale, mscaleAllDim, lowFreqFactor, highFreqFactor, longFactor, shortFactor);
    }

    /** These values with {@code attention_factor} set. */
    public MethodParameters withAttentionFactor(double a) {
        return new MethodParameters(factor, seqLen, betaFast, betaSlow, truncate, OptionalDouble.of(a), mscale,
                mscaleAllDim, lowFreqFactor, highFreqFactor, longFactor, shortFactor);
    }

    /** These values with {@code low_freq_factor} and {@code high_freq_factor} set. */
    public MethodParameters withFreqFactors(double low, double high) {
        return new MethodParameters(factor, seqLen, betaFast, betaSlow, truncate, attentionFactor, mscale,
                mscaleAllDim, OptionalDouble.of(low), OptionalDouble.of(high), longFactor, shortFactor);
    }

    /**
     * The values {@code m} was built with: {@code of(m).build(m.kind())} equals {@code m}. The window
     * edits one value of a method this way and builds it again.
     */
    public static MethodParameters of(ScalingMethod m) {
        MethodParameters p = DEFAULTS;
        if (m instanceof Linear) {
            return p.withFactorOf(((Linear) m).factor());
        }
        if (m instanceof Ntk) {
            return p.withFactorOf(((Ntk) m).factor());
        }
        if (m instanceof DynamicNtk) {
            DynamicNtk d = (DynamicNtk) m;
            return new MethodParameters(OptionalDouble.of(d.factor()), d.seqLen(), p.betaFast, p.betaSlow, p.truncate,
                    p.attentionFactor, p.mscale, p.mscaleAllDim, p.lowFreqFactor, p.highFreqFactor, p.longFactor,
                    p.shortFactor);
        }
        if (m instanceof Yarn) {
            Yarn y = (Yarn) m;
            return new MethodParameters(y.factor(), OptionalLong.empty(), OptionalDouble.of(y.betaFast()),
                    OptionalDouble.of(y.betaSlow()), Optional.of(y.truncate()), y.attentionFactor(), y.mscale(),
                    y.mscaleAllDim(), p.lowFreqFactor, p.highFreqFactor, p.longFactor, p.shortFactor);
        }
        if (m instanceof Llama3) {
            Llama3 l = (Llama3) m;
            return new MethodParameters(l.factor(), OptionalLong.empty(), p.betaFast, p.betaSlow, p.truncate,
                    p.attentionFactor, p.mscale, p.mscaleAllDim, OptionalDouble.of(l.lowFreqFactor()),
                    OptionalDouble.of(l.highFreqFactor()), p.longFactor, p.shortFactor);
        }
        if (m instanceof LongRope) {
            LongRope l = (LongRope) m;
            return new MethodParameters(l.factor(), l.seqLen(), p.betaFast, p.betaSlow, p.truncate,
                    l.attentionFactor(), p.mscale, p.mscaleAllDim, p.lowFreqFactor, p.highFreqFactor,
                    Optional.of(l.longFactor()), Optional.of(l.shortFactor()));
        }
        return p;
    }

    private MethodParameters withFactorOf(OptionalDouble f) {
        return new MethodParameters(f, seqLen, betaFast, betaSlow, truncate, attentionFactor, mscale, mscaleAllDim,
                lowFreqFactor, highFreqFactor, longFactor, shortFactor);
    }

    /**
     * The method of {@code kind} with these values.
     *
     * <p>{@code dynamic} without a factor takes 1: the book's base scaling, applied at the current length.
     *
     * @throws InvalidConfigException naming the parameter when a value is out of range, or when
     *         {@code longrope} is asked for without its two lists
     */
    public ScalingMethod build(MethodKind kind) {
        switch (kind) {
            case DEFAULT:
                return DefaultRope.INSTANCE;
            case LINEAR:
                return new Linear(factor);
            case NTK:
                return new Ntk(factor);
            case DYNAMIC:
                return new DynamicNtk(factor.orElse(1), seqLen);
            case YARN:
                return new Yarn(factor, betaFast.orElse(Yarn.DEFAULT_BETA_FAST), betaSlow.orElse(Yarn.DEFAULT_BETA_SLOW),
                        truncate.orElse(true), attentionFactor, mscale, mscaleAllDim);
            case LLAMA3:
                return new Llama3(factor, lowFreqFactor.orElse(Llama3.DEFAULT_LOW_FREQ_FACTOR),
                        highFreqFactor.orElse(Llama3.DEFAULT_HIGH_FREQ_FACTOR));
            case LONGROPE:
                if (longFactor.isEmpty() || shortFactor.isEmpty()) {
                    throw new InvalidConfigException(longFactor.isEmpty() ? "long_factor" : "short_factor",
                            "longrope needs its long_factor and short_factor lists (one factor per pair);"
                                    + " they come from a model's config.json");
                }
                return new LongRope(longFactor.get(), shortFactor.get(), factor, attentionFactor, seqLen);
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }
}
