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
 * @see Param the same values as one list: keys, options, types and help
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
        return with(Param.FACTOR, Optional.of(f));
    }

    /** These values with the current length {@code L} set. */
    public MethodParameters withSeqLen(long l) {
        return with(Param.SEQ_LEN, Optional.of(l));
    }

    /** These values with {@code beta_fast} and {@code beta_slow} set. */
    public MethodParameters withBetas(double fast, double slow) {
        return with(Param.BETA_FAST, Optional.of(fast)).with(Param.BETA_SLOW, Optional.of(slow));
    }

    /** These values with {@code attention_factor} set. */
    public MethodParameters withAttentionFactor(double a) {
        return with(Param.ATTENTION_FACTOR, Optional.of(a));
    }

    /** These values with {@code low_freq_factor} and {@code high_freq_factor} set. */
    public MethodParameters withFreqFactors(double low, double high) {
        return with(Param.LOW_FREQ_FACTOR, Optional.of(low)).with(Param.HIGH_FREQ_FACTOR, Optional.of(high));
    }

    /**
     * The value of {@code p}, empty for the method's default: a {@code Double} ({@link Param.Type#NUMBER}),
     * {@code Long} (length), {@code Boolean} or {@code List<Double>}.
     */
    public Optional<Object> value(Param p) {
        Object v = components()[p.ordinal()];
        if (v instanceof OptionalDouble d) {
            return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
        }
        if (v instanceof OptionalLong l) {
            return l.isPresent() ? Optional.of(l.getAsLong()) : Optional.empty();
        }
        return ((Optional<?>) v).map(Object.class::cast);
    }

    /**
     * These values with {@code p} set to {@code v} (empty: the default), a value of {@code p}'s type as
     * {@link #value(Param)} gives it; a length may be given as any {@code Number}.
     *
     * @throws ClassCastException when {@code v} holds a value of another type
     */
    public MethodParameters with(Param p, Optional<?> v) {
        Object[] c = components();
        c[p.ordinal()] = switch (p.type()) {
            case NUMBER -> v.isPresent() ? OptionalDouble.of(((Number) v.get()).doubleValue()) : OptionalDouble.empty();
            case LENGTH -> v.isPresent() ? OptionalLong.of(((Number) v.get()).longValue()) : OptionalLong.empty();
            case BOOLEAN -> v.map(Boolean.class::cast);
            case LIST -> v.map(x -> ((List<?>) x).stream().map(n -> ((Number) n).doubleValue()).toList());
        };
        return of(c);
    }

    /** The components in {@link Param}'s order. */
    private Object[] components() {
        return new Object[] {factor, seqLen, betaFast, betaSlow, truncate, attentionFactor, mscale, mscaleAllDim,
            lowFreqFactor, highFreqFactor, longFactor, shortFactor};
    }

    @SuppressWarnings("unchecked")
    private static MethodParameters of(Object[] c) {
        return new MethodParameters((OptionalDouble) c[0], (OptionalLong) c[1], (OptionalDouble) c[2],
                (OptionalDouble) c[3], (Optional<Boolean>) c[4], (OptionalDouble) c[5], (OptionalDouble) c[6],
                (OptionalDouble) c[7], (OptionalDouble) c[8], (OptionalDouble) c[9], (Optional<List<Double>>) c[10],
                (Optional<List<Double>>) c[11]);
    }

    /**
     * The values {@code m} was built with: {@code of(m).build(m.kind())} equals {@code m}. The window
     * edits one value of a method this way and builds it again.
     */
    public static MethodParameters of(ScalingMethod m) {
        if (m instanceof Linear l) {
            return DEFAULTS.with(Param.FACTOR, box(l.factor()));
        }
        if (m instanceof Ntk n) {
            return DEFAULTS.with(Param.FACTOR, box(n.factor()));
        }
        if (m instanceof DynamicNtk d) {
            return DEFAULTS.withFactor(d.factor()).with(Param.SEQ_LEN, box(d.seqLen()));
        }
        if (m instanceof Yarn y) {
            return new MethodParameters(y.factor(), OptionalLong.empty(), OptionalDouble.of(y.betaFast()),
                    OptionalDouble.of(y.betaSlow()), Optional.of(y.truncate()), y.attentionFactor(), y.mscale(),
                    y.mscaleAllDim(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                    Optional.empty());
        }
        if (m instanceof Llama3 l) {
            return DEFAULTS.with(Param.FACTOR, box(l.factor())).withFreqFactors(l.lowFreqFactor(), l.highFreqFactor());
        }
        if (m instanceof LongRope l) {
            return DEFAULTS.with(Param.FACTOR, box(l.factor())).with(Param.SEQ_LEN, box(l.seqLen()))
                    .with(Param.ATTENTION_FACTOR, box(l.attentionFactor()))
                    .with(Param.LONG_FACTOR, Optional.of(l.longFactor()))
                    .with(Param.SHORT_FACTOR, Optional.of(l.shortFactor()));
        }
        return DEFAULTS;
    }

    private static Optional<Double> box(OptionalDouble v) {
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    private static Optional<Long> box(OptionalLong v) {
        return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
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
