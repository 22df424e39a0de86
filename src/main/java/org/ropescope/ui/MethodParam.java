package org.ropescope.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ropescope.format.Numbers;
import org.ropescope.input.NumberText;
import org.ropescope.math.Limits;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;

/**
 * The numeric parameters a person can type for a method, named as in {@code config.json}. Each reads
 * and replaces its value in a {@link MethodParameters}; an empty value means the method's default.
 * Validation stays with the method records: this only turns text into a number.
 */
enum MethodParam {

    FACTOR("factor", "factor", "Stretch factor, above 0 (below 1 squeezes). Empty: follows s = m / m_l."),
    SEQ_LEN("seq_len", "current length L", "The sequence length being processed. Empty: m. Takes 4k, 128k."),
    BETA_FAST("beta_fast", "beta_fast", "Rotations in m_l where the ramp starts (32)."),
    BETA_SLOW("beta_slow", "beta_slow", "Rotations in m_l where the ramp ends (1)."),
    ATTENTION_FACTOR("attention_factor", "attention_factor", "Scales cos and sin. Empty: derived from the factor."),
    MSCALE("mscale", "mscale", "DeepSeek's mscale. Empty: not used."),
    MSCALE_ALL_DIM("mscale_all_dim", "mscale_all_dim", "DeepSeek's mscale_all_dim. Empty: not used."),
    LOW_FREQ_FACTOR("low_freq_factor", "low_freq_factor", "Wavelengths above m_l / low_freq_factor are divided by "
            + "the factor (1)."),
    HIGH_FREQ_FACTOR("high_freq_factor", "high_freq_factor", "Wavelengths below m_l / high_freq_factor are kept (4).");

    private final String key;
    private final String title;
    private final String help;

    MethodParam(String key, String title, String help) {
        this.key = key;
        this.title = title;
        this.help = help;
    }

    String key() {
        return key;
    }

    String title() {
        return title;
    }

    String help() {
        return help;
    }

    /** The control id stem: {@code yarn} + {@code BetaFast} = {@code yarnBetaFast}. */
    String id(MethodKind k) {
        StringBuilder sb = new StringBuilder(k.id());
        for (String part : key.split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    /** The parameters each kind lets a person type. */
    static List<MethodParam> of(MethodKind k) {
        return switch (k) {
            case DEFAULT -> List.of();
            case LINEAR, NTK -> List.of(FACTOR);
            case DYNAMIC -> List.of(FACTOR, SEQ_LEN);
            case YARN -> List.of(FACTOR, BETA_FAST, BETA_SLOW, ATTENTION_FACTOR, MSCALE, MSCALE_ALL_DIM);
            case LLAMA3 -> List.of(FACTOR, LOW_FREQ_FACTOR, HIGH_FREQ_FACTOR);
            case LONGROPE -> List.of(FACTOR, ATTENTION_FACTOR, SEQ_LEN);
        };
    }

    /** The value in {@code p} as the field shows it; empty text for an empty value. */
    String text(MethodParameters p) {
        if (this == SEQ_LEN) {
            return p.seqLen().isPresent() ? Numbers.grouped(p.seqLen().getAsLong()) : "";
        }
        OptionalDouble v = get(p);
        return v.isPresent() ? Limits.plain(v.getAsDouble()) : "";
    }

    private OptionalDouble get(MethodParameters p) {
        return switch (this) {
            case FACTOR -> p.factor();
            case SEQ_LEN -> p.seqLen().isPresent() ? OptionalDouble.of(p.seqLen().getAsLong()) : OptionalDouble.empty();
            case BETA_FAST -> p.betaFast();
            case BETA_SLOW -> p.betaSlow();
            case ATTENTION_FACTOR -> p.attentionFactor();
            case MSCALE -> p.mscale();
            case MSCALE_ALL_DIM -> p.mscaleAllDim();
            case LOW_FREQ_FACTOR -> p.lowFreqFactor();
            case HIGH_FREQ_FACTOR -> p.highFreqFactor();
        };
    }

    /**
     * {@code p} with this parameter read from {@code text} (blank: empty).
     *
     * @throws IllegalArgumentException with the one line to show when the text is not a number
     */
    MethodParameters parse(MethodParameters p, String text) {
        String t = text == null ? "" : text.strip();
        OptionalDouble v = OptionalDouble.empty();
        if (!t.isEmpty()) {
            BigDecimal n = NumberText.parse(t, this == SEQ_LEN ? NumberText.Suffixes.BINARY
                    : NumberText.Suffixes.DECIMAL);
            if (n == null || !Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException(key + " must be a number, got " + NumberText.echo(t));
            }
            if (this == SEQ_LEN && (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0
                    || n.compareTo(BigDecimal.valueOf(Limits.LENGTH_MAX)) > 0)) {
                throw new IllegalArgumentException(Limits.lengthRule("seq_len") + ", got " + NumberText.echo(t));
            }
            v = OptionalDouble.of(n.doubleValue());
        }
        return with(p, v);
    }

    private MethodParameters with(MethodParameters p, OptionalDouble v) {
        OptionalDouble factor = this == FACTOR ? v : p.factor();
        OptionalLong seqLen = this == SEQ_LEN
                ? (v.isPresent() ? OptionalLong.of((long) v.getAsDouble()) : OptionalLong.empty()) : p.seqLen();
        return new MethodParameters(factor, seqLen,
                this == BETA_FAST ? v : p.betaFast(),
                this == BETA_SLOW ? v : p.betaSlow(),
                p.truncate(),
                this == ATTENTION_FACTOR ? v : p.attentionFactor(),
                this == MSCALE ? v : p.mscale(),
                this == MSCALE_ALL_DIM ? v : p.mscaleAllDim(),
                this == LOW_FREQ_FACTOR ? v : p.lowFreqFactor(),
                this == HIGH_FREQ_FACTOR ? v : p.highFreqFactor(),
                p.longFactor(), p.shortFactor());
    }

    /** {@code p} with {@code truncate} set (yarn). */
    static MethodParameters withTruncate(MethodParameters p, boolean truncate) {
        return new MethodParameters(p.factor(), p.seqLen(), p.betaFast(), p.betaSlow(), Optional.of(truncate),
                p.attentionFactor(), p.mscale(), p.mscaleAllDim(), p.lowFreqFactor(), p.highFreqFactor(),
                p.longFactor(), p.shortFactor());
    }
}
