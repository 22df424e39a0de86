package org.ropescope.math.scaling;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ropescope.math.InvalidConfigException;

/**
 * LongRoPE, as in Phi-3 ({@code rope_type "longrope"}, transformers' {@code _compute_longrope_parameters}):
 * each pair has its own searched factor, {@code inv_freq_i = 1 / (ext_i * b^(2i/d))}, where
 * {@code ext} is {@code long_factor} when the current length {@code L} exceeds {@code m_l} and
 * {@code short_factor} otherwise. The attention factor is {@code attention_factor} when given, else
 * {@code sqrt(1 + ln(f) / ln(m_l))} (1 when {@code f <= 1}).
 *
 * @param longFactor      {@code long_factor}: one factor above 0 per rotating pair
 * @param shortFactor     {@code short_factor}: one factor above 0 per rotating pair
 * @param factor          {@code factor}, above 0; empty to use the context's {@code m / m_l}
 *                        (transformers uses {@code max_position_embeddings / original_max_position_embeddings})
 * @param attentionFactor an explicit {@code attention_factor}, above 0; empty to derive it
 * @param seqLen          the current length {@code L} that picks the list; empty to use the context's {@code m}
 */
public record LongRope(List<Double> longFactor, List<Double> shortFactor, OptionalDouble factor,
        OptionalDouble attentionFactor, OptionalLong seqLen) implements ScalingMethod {

    public LongRope {
        MethodKind k = MethodKind.LONGROPE;
        longFactor = Checks.factorList(k, "long_factor", longFactor);
        shortFactor = Checks.factorList(k, "short_factor", shortFactor);
        Checks.factor(k, factor);
        Checks.positive(k, "attention_factor", attentionFactor);
        Checks.length(k, "seq_len", seqLen);
    }

    /** LongRoPE with both lists and everything else derived from the context. */
    public static LongRope of(List<Double> longFactor, List<Double> shortFactor) {
        return new LongRope(longFactor, shortFactor, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalLong.empty());
    }

    /** This method evaluated at the current length {@code l}. */
    public LongRope atSeqLen(long l) {
        return new LongRope(longFactor, shortFactor, factor, attentionFactor, OptionalLong.of(l));
    }

    @Override
    public MethodKind kind() {
        return MethodKind.LONGROPE;
    }

    @Override
    public double factor(ScalingContext c) {
        return factor.orElse(c.scale());
    }

    /** True when {@code long_factor} applies on {@code c}: the current length exceeds {@code m_l}. */
    public boolean usesLongFactor(ScalingContext c) {
        return seqLen.orElse(c.newLength()) > c.originalLength();
    }

    @Override
    public OptionalDouble attentionFactor(ScalingContext c) {
        if (attentionFactor.isPresent()) {
            return attentionFactor;
        }
        double f = factor(c);
        if (f <= 1) {
            return OptionalDouble.of(1.0);
        }
        if (c.originalLength() < 2) {
            throw new InvalidConfigException("m_l", "longrope needs an original length m_l of at least 2 to"
                    + " derive its attention factor, got " + c.originalLength());
        }
        return OptionalDouble.of(Math.sqrt(1 + Math.log(f) / Math.log(c.originalLength())));
    }

    @Override
    public ScaledFrequencies evaluate(ScalingContext c) {
        checkLength("long_factor", longFactor, c);
        checkLength("short_factor", shortFactor, c);
        List<Double> ext = usesLongFactor(c) ? longFactor : shortFactor;
        double[] period = Spectra.period(c.base(), c.rotaryDim());
        double[] inv = Spectra.theta(c.base(), c.rotaryDim());
        double[] stretch = new double[inv.length];
        for (int i = 0; i < inv.length; i++) {
            double e = ext.get(i);
            inv[i] = inv[i] / e;
            period[i] = period[i] * e;
            stretch[i] = e;
        }
        return new ScaledFrequencies(this, c, inv, period, stretch, attentionFactor(c), OptionalDouble.empty());
    }

    private static void checkLength(String name, List<Double> values, ScalingContext c) {
        if (values.size() != c.pairs()) {
            throw new InvalidConfigException(name, "longrope " + name + " must have " + c.pairs()
                    + " values (one per rotating pair, d/2 with d = " + c.rotaryDim() + "), got " + values.size());
        }
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof LongRope l && longFactor.equals(l.longFactor) && shortFactor.equals(l.shortFactor)
                && factor.equals(l.factor) && attentionFactor.equals(l.attentionFactor) && seqLen.equals(l.seqLen);
    }

    @Override
    public int hashCode() {
        int h = longFactor.hashCode();
        h = 31 * h + shortFactor.hashCode();
        h = 31 * h + factor.hashCode();
        h = 31 * h + attentionFactor.hashCode();
        return 31 * h + seqLen.hashCode();
    }
}
