package org.ropescope.math.scaling;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of RoPE scaling RoPEScope knows, named as Hugging Face transformers names them in
 * {@code rope_type} (plus {@code ntk}, static NTK-aware base scaling, which older transformers
 * releases shipped and which is the book's base scaling).
 */
public enum MethodKind {

    /** No scaling: the model as trained ({@code rope_type "default"}). */
    DEFAULT("default", "Original RoPE", false),
    /** Position interpolation: every frequency divided by the factor. */
    LINEAR("linear", "Position interpolation (PI)", false),
    /** Static NTK-aware scaling: the base multiplied by {@code factor^(d/(d-2))}; the book's base scaling. */
    NTK("ntk", "Base scaling (λ·b)", false),
    /** Dynamic NTK: the base grows with the current sequence length. */
    DYNAMIC("dynamic", "Dynamic NTK", false),
    /** YaRN: a ramp between extrapolated and interpolated pairs, and an attention temperature. */
    YARN("yarn", "YaRN", true),
    /** Llama 3.1: high frequencies kept, low frequencies divided by the factor, a blend between. */
    LLAMA3("llama3", "Llama 3", false),
    /** LongRoPE (Phi-3): a searched factor per pair, and an attention temperature. */
    LONGROPE("longrope", "LongRoPE", true);

    private final String id;
    private final String label;
    private final boolean hasAttentionFactor;

    MethodKind(String id, String label, boolean hasAttentionFactor) {
        this.id = id;
        this.label = label;
        this.hasAttentionFactor = hasAttentionFactor;
    }

    /** The {@code rope_type} string, also used in {@code --method} and in CSV column names. */
    public String id() {
        return id;
    }

    /** The name shown in legends, table headers and menus: one name per method, everywhere. */
    public String label() {
        return label;
    }

    /** Whether this kind changes the attention temperature (scales cos/sin by an attention factor). */
    public boolean hasAttentionFactor() {
        return hasAttentionFactor;
    }

    /** The kind whose {@link #id()} is {@code id} (case-insensitive), if any. */
    public static Optional<MethodKind> byId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(key)).findFirst();
    }

    /** The ids joined for messages: {@code default, linear, ntk, dynamic, yarn, llama3, longrope}. */
    public static String allIds() {
        return Arrays.stream(values()).map(MethodKind::id).collect(Collectors.joining(", "));
    }
}
