package org.ropescope.math.schemes;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A model whose positional scheme the Schemes view can show: what it sets. Each sets only its own
 * scheme's settings and, where the model's paper gives one, its training length {@code m_l}.
 *
 * @param name           the model, as a menu shows it
 * @param scheme         RoPE, ALiBi, T5 or sinusoidal
 * @param heads          ALiBi heads
 * @param t5Buckets      T5 num_buckets
 * @param t5MaxDistance  T5 max_distance
 * @param t5Bidirectional T5 encoder (true) or decoder
 * @param dModel         sinusoidal d_model
 * @param base           RoPE b
 * @param dim            RoPE head dimension d
 * @param trainingLength the training length, set as m_l
 */
public record SchemePreset(String name, String scheme, OptionalInt heads, OptionalInt t5Buckets,
        OptionalLong t5MaxDistance, boolean t5Bidirectional, OptionalInt dModel, OptionalDouble base,
        OptionalInt dim, OptionalLong trainingLength) {

    private static SchemePreset alibi(String name, int heads, long length) {
        return new SchemePreset(name, "ALiBi", OptionalInt.of(heads), OptionalInt.empty(), OptionalLong.empty(),
                false, OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalLong.of(length));
    }

    private static SchemePreset t5(String name, boolean bidirectional) {
        return new SchemePreset(name, "T5", OptionalInt.empty(), OptionalInt.of(32), OptionalLong.of(128),
                bidirectional, OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalLong.of(512));
    }

    /**
     * BLOOM-7b1 and BLOOM-176B (BigScience, 2022: ALiBi, 32 and 112 heads, 2,048 tokens), MPT-7B (MosaicML,
     * 2023: ALiBi, 32 heads, 2,048), T5-base encoder and decoder (32 buckets, 128, 512 tokens of input),
     * the original Transformer (sinusoidal, d_model 512; no single training length), Llama 2 (RoPE,
     * b = 10,000, d = 128, 4,096 tokens).
     */
    public static List<SchemePreset> all() {
        return List.of(alibi("BLOOM-7b1", 32, 2048), alibi("BLOOM-176B", 112, 2048), alibi("MPT-7B", 32, 2048),
                t5("T5-base encoder", true), t5("T5-base decoder", false),
                new SchemePreset("Transformer (2017)", "sinusoidal", OptionalInt.empty(), OptionalInt.empty(),
                        OptionalLong.empty(), false, OptionalInt.of(512), OptionalDouble.empty(), OptionalInt.empty(),
                        OptionalLong.empty()),
                new SchemePreset("Llama 2", "RoPE", OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(),
                        false, OptionalInt.empty(), OptionalDouble.of(10_000), OptionalInt.of(128),
                        OptionalLong.of(4096)));
    }

    /** {@code s} with this preset's scheme settings. */
    public SchemeSettings applyTo(SchemeSettings s) {
        SchemeSettings out = s;
        if (heads.isPresent()) {
            out = out.withHeads(heads.getAsInt());
        }
        if (t5Buckets.isPresent()) {
            out = out.withT5(t5Buckets.getAsInt(), t5MaxDistance.getAsLong(), t5Bidirectional);
        }
        if (dModel.isPresent()) {
            out = out.withDModel(dModel.getAsInt());
        }
        return out;
    }

    @Override
    public String toString() {
        return name + " (" + scheme + ")";
    }
}
