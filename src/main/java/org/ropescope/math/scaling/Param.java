package org.ropescope.math.scaling;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one vocabulary of scaling-method parameters: each constant is one value a method can take,
 * with its key in a model's {@code config.json} and in a session, its command-line option, its type,
 * the kinds that use it, its default and its help. The session and config.json readers and writers,
 * {@code export}'s options and the window's parameter fields all iterate over these constants, and
 * {@link MethodParameters} holds one value per constant (its record components are in this order).
 *
 * <pre>{@code
 * Param.BETA_FAST.key()          // "beta_fast"
 * Param.BETA_FAST.option()       // "--beta-fast"
 * Param.of(MethodKind.LLAMA3)    // [FACTOR, LOW_FREQ_FACTOR, HIGH_FREQ_FACTOR]
 * }</pre>
 */
public enum Param {

    FACTOR("factor", "F", Type.NUMBER, kinds(MethodKind.LINEAR, MethodKind.NTK, MethodKind.DYNAMIC, MethodKind.YARN,
            MethodKind.LLAMA3, MethodKind.LONGROPE), "m / m_l (dynamic: 1)",
            "the methods' factor, above 0 (below 1 squeezes, as transformers computes it)",
            "Stretch factor, above 0 (below 1 squeezes). Empty: follows s = m / m_l."),
    /** Not a config.json key: the length a model is processing, which RoPEScope lets a person choose. */
    SEQ_LEN("seq_len", "L", Type.LENGTH, kinds(MethodKind.DYNAMIC, MethodKind.LONGROPE), "m",
            "current sequence length for dynamic and longrope",
            "The sequence length being processed. Empty: m. Takes 4k, 128k."),
    BETA_FAST("beta_fast", "B", Type.NUMBER, kinds(MethodKind.YARN), "32", "yarn beta_fast",
            "Rotations in m_l where the ramp starts (32)."),
    BETA_SLOW("beta_slow", "B", Type.NUMBER, kinds(MethodKind.YARN), "1", "yarn beta_slow",
            "Rotations in m_l where the ramp ends (1)."),
    /** A switch: its option {@code --no-truncate} turns it off. */
    TRUNCATE("truncate", "", Type.BOOLEAN, kinds(MethodKind.YARN), null,
            "yarn: do not round the ramp's bounds to whole pairs",
            "truncate: round the ramp's bounds to whole pairs"),
    ATTENTION_FACTOR("attention_factor", "A", Type.NUMBER, kinds(MethodKind.YARN, MethodKind.LONGROPE),
            "derived from the factor", "yarn/longrope attention_factor",
            "Scales cos and sin. Empty: derived from the factor."),
    MSCALE("mscale", "M", Type.NUMBER, kinds(MethodKind.YARN), null, "yarn mscale (DeepSeek)",
            "DeepSeek's mscale. Empty: not used."),
    MSCALE_ALL_DIM("mscale_all_dim", "M", Type.NUMBER, kinds(MethodKind.YARN), null, "yarn mscale_all_dim (DeepSeek)",
            "DeepSeek's mscale_all_dim. Empty: not used."),
    LOW_FREQ_FACTOR("low_freq_factor", "F", Type.NUMBER, kinds(MethodKind.LLAMA3), "1", "llama3 low_freq_factor",
            "Wavelengths above m_l / low_freq_factor are divided by the factor (1)."),
    HIGH_FREQ_FACTOR("high_freq_factor", "F", Type.NUMBER, kinds(MethodKind.LLAMA3), "4", "llama3 high_freq_factor",
            "Wavelengths below m_l / high_freq_factor are kept (4)."),
    LONG_FACTOR("long_factor", "LIST", Type.LIST, kinds(MethodKind.LONGROPE), null,
            "longrope long_factor, one number per rotating pair, comma-separated",
            "One factor per pair, used beyond m_l."),
    SHORT_FACTOR("short_factor", "LIST", Type.LIST, kinds(MethodKind.LONGROPE), null,
            "longrope short_factor, as --long-factor", "One factor per pair, used up to m_l.");

    /** What a value is, which decides how it is typed, read and written. */
    public enum Type {
        /** A finite number ({@code OptionalDouble} in {@link MethodParameters}). */
        NUMBER,
        /** A whole number of tokens, 1 to 1e8, with suffixes such as {@code 4k} ({@code OptionalLong}). */
        LENGTH,
        /** True or false ({@code Optional<Boolean>}). */
        BOOLEAN,
        /** One number per rotating pair ({@code Optional<List<Double>>}). */
        LIST
    }

    private final String key;
    private final String paramLabel;
    private final Type type;
    private final Set<MethodKind> kinds;
    private final String defaultText;
    private final String usage;
    private final String help;

    Param(String key, String paramLabel, Type type, Set<MethodKind> kinds, String defaultText, String usage,
            String help) {
        this.key = key;
        this.paramLabel = paramLabel;
        this.type = type;
        this.kinds = kinds;
        this.defaultText = defaultText;
        this.usage = usage;
        this.help = help;
    }

    private static Set<MethodKind> kinds(MethodKind first, MethodKind... rest) {
        return EnumSet.of(first, rest);
    }

    /** The key in {@code config.json}'s scaling block and in a session: {@code beta_fast}. */
    public String key() {
        return key;
    }

    /** The command-line option: {@code --beta-fast}; {@code --no-truncate} for the switch. */
    public String option() {
        return type == Type.BOOLEAN ? "--no-" + key : "--" + key.replace('_', '-');
    }

    /** The option's value placeholder in {@code --help} ({@code B}); empty for the switch. */
    public String paramLabel() {
        return paramLabel;
    }

    /** What a value is. */
    public Type type() {
        return type;
    }

    /** Whether methods of {@code kind} use this value. */
    public boolean usedBy(MethodKind kind) {
        return kinds.contains(kind);
    }

    /** Whether transformers reads this key from a {@code config.json} scaling block ({@code seq_len} is ours). */
    public boolean inConfigJson() {
        return this != SEQ_LEN;
    }

    /** The option's line in {@code --help}, with its default when it has one. */
    public String usage() {
        return defaultText == null ? usage : usage + ". Default: " + defaultText;
    }

    /** The window's tooltip for the field. */
    public String help() {
        return help;
    }

    /** The title of the window's field: the key ({@code current length L} for {@code seq_len}). */
    public String title() {
        return this == SEQ_LEN ? "current length L" : key;
    }

    /** Every parameter {@code kind} uses, in this enum's order. */
    public static List<Param> of(MethodKind kind) {
        return Arrays.stream(values()).filter(p -> p.usedBy(kind)).toList();
    }

    /**
     * The parameters of {@code kind} a person types as one number in the window: numbers and the
     * length, the length last (it is an input the method is shown at, not a setting of the method).
     */
    public static List<Param> typed(MethodKind kind) {
        return of(kind).stream().filter(p -> p.type == Type.NUMBER || p.type == Type.LENGTH)
                .sorted(Comparator.comparing(p -> p == SEQ_LEN)).toList();
    }

    /** The config.json keys {@code kind} reads, as transformers checks them. */
    public static Set<String> configKeys(MethodKind kind) {
        return Set.copyOf(of(kind).stream().filter(Param::inConfigJson).map(Param::key).toList());
    }
}
