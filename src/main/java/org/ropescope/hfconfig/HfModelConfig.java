package org.ropescope.hfconfig;

import static org.ropescope.text.Texts.text;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * What RoPEScope could load from a Hugging Face {@code config.json}: every value is present only
 * when the file gave it with the right type and within RoPEScope's limits, and {@link #warnings()}
 * says, one line each, what was missing, ill-typed, unknown or replaced by a default.
 *
 * <p>The two lengths follow the {@code export --hf-config} rule: {@code m_l} is the configuration's
 * original length ({@code original_max_position_embeddings} when it has one, else
 * {@code max_position_embeddings}); {@code m} is the larger of {@code max_position_embeddings} and
 * {@code m_l} times the scaling factor.
 *
 * @param source                 a name for messages (the file name, or a preset's id)
 * @param ropeTheta              {@code rope_theta} (or {@code rotary_emb_base}, or {@code rope_parameters.rope_theta});
 *                               transformers' default 10000 when the file has none (with a warning)
 * @param headDim                {@code head_dim}, or {@code hidden_size / num_attention_heads} (integer division)
 * @param partialRotaryFactor    {@code partial_rotary_factor} (or GPT-NeoX's {@code rotary_pct}); 1 when absent
 * @param maxPositionEmbeddings  {@code max_position_embeddings}
 * @param originalMaxPositionEmbeddings {@code original_max_position_embeddings}, top level or in the scaling block
 * @param ropeType               the scaling type as the file names it ({@code "default"} when there is none)
 * @param factor                 the scaling block's {@code factor}, when it has one
 * @param scaling                the scaling method, when one was loaded ({@code default} loads none)
 * @param warnings               one line per problem, in file order; empty for a clean file
 * @param layerTypes             the kinds of layers whose RoPE differs ({@code full_attention},
 *                               {@code sliding_attention}); empty when every layer turns alike
 * @param layerType              the kind shown, one of {@code layerTypes}; empty when there is one kind
 */
public record HfModelConfig(String source, OptionalDouble ropeTheta, OptionalInt headDim, double partialRotaryFactor,
        OptionalLong maxPositionEmbeddings, OptionalLong originalMaxPositionEmbeddings, String ropeType,
        OptionalDouble factor, Optional<ScalingMethod> scaling, List<String> warnings, List<String> layerTypes,
        String layerType) {

    public HfModelConfig {
        warnings = List.copyOf(warnings);
        layerTypes = List.copyOf(layerTypes);
    }

    /**
     * One line when the file's method stretches by another factor than the context's {@code s = m / m_l}
     * (Llama 3.1: factor 8 while its lengths give s = 16); empty otherwise.
     */
    public Optional<String> factorNote(ScalingContext ctx) {
        if (scaling.isEmpty()) {
            return Optional.empty();
        }
        ScalingMethod m = scaling.get();
        double f = m.factor(ctx);
        if (f == ctx.scale()) {
            return Optional.empty();
        }
        return Optional.of(text("config.factorNote", m.id(), Limits.plain(f), Limits.plain(ctx.scale()),
                Limits.plain(ctx.newLength()), Limits.plain(ctx.originalLength())));
    }

    /** {@code m_l}: {@code original_max_position_embeddings} when present, else {@code max_position_embeddings}. */
    public OptionalLong originalLength() {
        return originalMaxPositionEmbeddings.isPresent() ? originalMaxPositionEmbeddings : maxPositionEmbeddings;
    }

    /**
     * {@code m}: the larger of {@code max_position_embeddings} and {@code m_l * factor} (rounded to whole
     * tokens); {@code m_l} itself when the file has no factor and no larger maximum.
     */
    public OptionalLong targetLength() {
        OptionalLong ml = originalLength();
        if (ml.isEmpty()) {
            return OptionalLong.empty();
        }
        long m = Math.max(ml.getAsLong(), maxPositionEmbeddings.orElse(0));
        if (factor.isPresent()) {
            m = Math.max(m, Math.round(ml.getAsLong() * factor.getAsDouble()));
        }
        return OptionalLong.of(m);
    }

    /** True when the base, the head dimension and the lengths were all loaded. */
    public boolean isComplete() {
        return ropeTheta.isPresent() && headDim.isPresent() && originalLength().isPresent();
    }

    /**
     * The context this file describes.
     *
     * @throws InvalidConfigException naming the first missing field, or a value outside RoPEScope's
     *         limits (a rotated dimension below 4, lengths above 1e8, ...)
     */
    public ScalingContext context() {
        if (ropeTheta.isEmpty()) {
            throw new InvalidConfigException("rope_theta", text("config.notLoaded", source, "rope_theta"));
        }
        if (headDim.isEmpty()) {
            throw new InvalidConfigException("head_dim", text("config.headDim.notLoaded", source));
        }
        if (originalLength().isEmpty()) {
            throw new InvalidConfigException("max_position_embeddings", text("config.notLoaded", source,
                    "max_position_embeddings"));
        }
        return new ScalingContext(ropeTheta.getAsDouble(), headDim.getAsInt(), partialRotaryFactor,
                originalLength().getAsLong(), targetLength().getAsLong());
    }

    /**
     * The context this file describes, taking what it lacks from {@code current}: its base, its head
     * dimension, and its lengths (then {@code m} is at least {@code m_l}).
     *
     * @throws InvalidConfigException when the combination is outside RoPEScope's limits
     */
    public ScalingContext context(RopeConfig current) {
        double b = ropeTheta.orElse(current.base());
        int d = headDim.orElse(current.dim());
        long ml = originalLength().orElse(current.originalLength());
        long m = targetLength().orElse(Math.max(ml, current.newLength()));
        return new ScalingContext(b, d, partialRotaryFactor, ml, Math.min(m, Limits.LENGTH_MAX));
    }

    /**
     * The methods to draw for this model: the original and its own scaling when it has one, else the
     * book's three ({@link ScalingMethod#bookMethods()}).
     */
    public List<ScalingMethod> methods() {
        return scaling.<List<ScalingMethod>>map(s -> List.of(org.ropescope.math.scaling.DefaultRope.INSTANCE, s))
                .orElseGet(ScalingMethod::bookMethods);
    }
}
