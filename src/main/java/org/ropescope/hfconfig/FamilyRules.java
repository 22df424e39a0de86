package org.ropescope.hfconfig;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ropescope.math.Limits;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

/**
 * Where the base, the rotated head dimension and the length sit for each {@link ModelFamily}, as
 * transformers' configuration classes (or a remote-code model's own modelling code) read them. Every
 * default it falls back to is named, with its value, in one warning line.
 */
final class FamilyRules {

    /** transformers' {@code default_theta}, and ChatGLM's and Gemma 3's local base. */
    static final double DEFAULT_THETA = 10_000;
    /** FalconConfig's default {@code max_position_embeddings}. */
    static final long FALCON_MAX_POSITIONS = 2048;
    /** Gemma3TextConfig's defaults: Gemma 3's multimodal files leave both out of {@code text_config}. */
    static final double GEMMA3_THETA = 1_000_000;
    static final long GEMMA3_MAX_POSITIONS = 131_072;

    private final ConfigReading r;
    private final Fields f;
    private final ModelFamily family;
    private OptionalDouble local;

    FamilyRules(ConfigReading r, ModelFamily family) {
        this.r = r;
        this.f = r.fields();
        this.family = family;
    }

    private JsonNode cfg() {
        return r.cfg();
    }

    /**
     * Gemma 3 (transformers 4 shape): two layer kinds from one file. Sliding-window layers turn with
     * {@code rope_local_base_freq} and no scaling, global ones with {@code rope_theta} and the block.
     */
    void gemma3Layers(String wanted) {
        if (family != ModelFamily.GEMMA3 || !r.layerType().isEmpty()) {
            return;
        }
        String chosen = ConfigReading.SLIDING.equals(wanted) ? ConfigReading.SLIDING : ConfigReading.FULL;
        if (wanted != null && !wanted.equals(ConfigReading.SLIDING) && !wanted.equals(ConfigReading.FULL)) {
            f.warn(text("config.gemma.layerNotIn", wanted));
        }
        r.layers(List.of(ConfigReading.FULL, ConfigReading.SLIDING), chosen);
        String local = Limits.plain(localBase().orElse(DEFAULT_THETA));
        if (chosen.equals(ConfigReading.FULL)) {
            f.warn(r.block() != null ? text("config.gemma.full.block", r.blockName(), local)
                    : text("config.gemma.full", local));
        } else {
            f.warn(r.block() != null ? text("config.gemma.sliding.block", local, r.blockName())
                    : text("config.gemma.sliding", local));
            r.noBlock();
        }
    }

    /** {@code rope_local_base_freq}, read once (a bad value is named once); empty when absent or unreadable. */
    private OptionalDouble localBase() {
        if (local == null) {
            local = f.number(cfg(), "rope_local_base_freq", r.p("rope_local_base_freq"));
        }
        return local;
    }

    OptionalDouble theta() {
        if (family == ModelFamily.GEMMA3 && ConfigReading.SLIDING.equals(r.layerType())) {
            if (localBase().isEmpty()) {
                f.warn(text(Fields.present(cfg(), "rope_local_base_freq") ? "config.gemma.local.unreadable"
                        : "config.gemma.local.missing", r.p("rope_local_base_freq")));
            }
            return checked(OptionalDouble.of(localBase().orElse(DEFAULT_THETA)), r.p("rope_local_base_freq"));
        }
        JsonNode block = r.block();
        if (block != null && Fields.present(block, "rope_theta")) {
            String path = r.blockName() + ".rope_theta";
            return checked(f.number(block, "rope_theta", path), path);
        }
        if (Fields.present(cfg(), "rope_theta")) {
            return checked(f.number(cfg(), "rope_theta", r.p("rope_theta")), r.p("rope_theta"));
        }
        if (Fields.present(cfg(), "rotary_emb_base")) {
            return checked(f.number(cfg(), "rotary_emb_base", r.p("rotary_emb_base")), r.p("rotary_emb_base"));
        }
        if (family == ModelFamily.CHATGLM) {
            OptionalDouble ratio = f.number(cfg(), "rope_ratio", r.p("rope_ratio"));
            double b = DEFAULT_THETA * ratio.orElse(1);
            f.warn(text("config.chatglm", Limits.plain(ratio.orElse(1)), Limits.plain(b)));
            return checked(OptionalDouble.of(b), r.p("rope_ratio"));
        }
        if (family == ModelFamily.GEMMA3) {
            f.warn(text("config.gemma.thetaMissing", r.p("rope_theta")));
            return OptionalDouble.of(GEMMA3_THETA);
        }
        f.warn(text("config.thetaMissing", r.p("rope_theta")));
        return OptionalDouble.of(DEFAULT_THETA);
    }

    private OptionalDouble checked(OptionalDouble theta, String path) {
        if (theta.isPresent() && !(theta.getAsDouble() > Limits.BASE_EXCLUSIVE_MIN
                && theta.getAsDouble() <= Limits.BASE_MAX)) {
            f.warn(text("config.baseRange", path, Limits.plain(theta.getAsDouble())));
            return OptionalDouble.empty();
        }
        return theta;
    }

    /** The head dimension RoPE sees ({@code d} before {@code partial_rotary_factor}). */
    OptionalInt headDim() {
        String key = "head_dim";
        if (family == ModelFamily.MLA) {
            key = "qk_rope_head_dim";
        } else if (family == ModelFamily.GEMMA4 && ConfigReading.FULL.equals(r.layerType())
                && Fields.present(cfg(), "global_head_dim")) {
            key = "global_head_dim";
        } else if (family == ModelFamily.CHATGLM) {
            key = "kv_channels";
        }
        OptionalLong hd = f.whole(cfg(), key, r.p(key));
        String path = r.p(key);
        if (hd.isEmpty()) {
            String hiddenKey = !Fields.present(cfg(), "hidden_size") && Fields.present(cfg(), "n_embd")
                    ? "n_embd" : "hidden_size";
            OptionalLong hidden = f.whole(cfg(), hiddenKey, r.p(hiddenKey));
            String headsKey = !Fields.present(cfg(), "num_attention_heads") && Fields.present(cfg(), "n_head")
                    ? "n_head" : "num_attention_heads";
            OptionalLong heads = f.whole(cfg(), headsKey, r.p(headsKey));
            if (hidden.isPresent() && heads.isPresent()) {
                if (heads.getAsLong() < 1) {
                    f.warn(text("config.headsMin", r.p(headsKey), String.valueOf(heads.getAsLong())));
                    return OptionalInt.empty();
                }
                hd = OptionalLong.of(hidden.getAsLong() / heads.getAsLong()); // Python's //
                path = r.p(hiddenKey) + " / " + r.p(headsKey);
            } else {
                List<String> missing = new ArrayList<>();
                for (String k : List.of("hidden_size", "num_attention_heads")) {
                    if (!Fields.present(cfg(), k) && !(k.equals("num_attention_heads")
                            && Fields.present(cfg(), "n_head")) && !(k.equals("hidden_size")
                            && Fields.present(cfg(), "n_embd"))) {
                        missing.add(r.p(k));
                    }
                }
                if (!Fields.present(cfg(), key) && !missing.isEmpty()) {
                    f.warn(text("config.headDimMissing", r.p(key), missing.size() == 1 ? missing.get(0)
                            : text("config.and", missing.get(0), missing.get(1))));
                }
                return OptionalInt.empty();
            }
        }
        long d = hd.getAsLong();
        if (d < Limits.DIM_MIN || d > Limits.DIM_MAX || d % 2 != 0) {
            f.warn(text("config.headDimRange", path, String.valueOf(d)));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) d);
    }

    OptionalLong maxPositions() {
        if (family == ModelFamily.CHATGLM && !Fields.present(cfg(), "max_position_embeddings")) {
            return r.length(cfg(), "seq_length", r.p("seq_length"));
        }
        if (!Fields.present(cfg(), "max_position_embeddings") && Fields.present(cfg(), "n_positions")) {
            return r.length(cfg(), "n_positions", r.p("n_positions")); // GPT-J's attribute_map
        }
        OptionalLong v = r.length(cfg(), "max_position_embeddings", r.p("max_position_embeddings"));
        if (!Fields.present(cfg(), "max_position_embeddings")) {
            if (family == ModelFamily.FALCON) {
                f.warn(text("config.falconMaxMissing", r.p("max_position_embeddings")));
                return OptionalLong.of(FALCON_MAX_POSITIONS);
            }
            if (family == ModelFamily.GEMMA3) {
                f.warn(text("config.gemma.maxMissing", r.p("max_position_embeddings")));
                return OptionalLong.of(GEMMA3_MAX_POSITIONS);
            }
            f.warn(text("config.maxMissing", r.p("max_position_embeddings")));
        }
        return v;
    }

    /**
     * transformers' {@code _compute_proportional_rope_parameters} turns {@code rope_angles =
     * int(p * head_dim // 2)} pairs at {@code b^(-2i/head_dim)}: the same frequencies as default RoPE over
     * {@code R = 2 * rope_angles} dimensions with base {@code b^(R/head_dim)}. Returns that base and {@code R/head_dim}.
     */
    double[] proportional(double theta, int headDim, double partial) {
        int angles = (int) Math.floor(partial * headDim / 2);
        int rotated = 2 * angles;
        double p = (double) rotated / headDim;
        if ((int) (headDim * p) != rotated) {
            p = Math.nextUp(p);
        }
        double base = Math.pow(theta, p);
        f.warn(text("config.proportional", String.valueOf(angles), String.valueOf(headDim / 2), String.valueOf(headDim),
                Limits.plain(theta), String.valueOf(rotated), Limits.plain(base)));
        return new double[] {base, p};
    }

    /**
     * GPT-J / CodeGen: {@code rotary_dim} of each head turns; as a share of the head for RoPEScope's
     * {@code partial_rotary_factor}. Empty for other families or without the field.
     */
    OptionalDouble rotaryDimShare(OptionalInt headDim) {
        if (family != ModelFamily.GPTJ || headDim.isEmpty() || !Fields.present(cfg(), "rotary_dim")) {
            return OptionalDouble.empty();
        }
        OptionalLong rd = f.whole(cfg(), "rotary_dim", r.p("rotary_dim"));
        if (rd.isEmpty() || rd.getAsLong() < 4 || rd.getAsLong() > headDim.getAsInt() || rd.getAsLong() % 2 != 0) {
            f.warn(text("config.rotaryDim", r.p("rotary_dim"), String.valueOf(headDim.getAsInt())));
            return OptionalDouble.empty();
        }
        double p = (double) rd.getAsLong() / headDim.getAsInt();
        return OptionalDouble.of((int) (headDim.getAsInt() * p) == rd.getAsLong() ? p : Math.nextUp(p));
    }

    /** One line each for what the file's model does beyond its rotary frequencies and is not drawn. */
    void notes(Optional<ScalingMethod> method) {
        if (ModelFamily.NOT_ROTARY.contains(r.modelType())) {
            f.warn(text("config.notRotary", r.modelType()));
        }
        if (r.modelType().equals("qwen") && f.bool(cfg(), "use_dynamic_ntk", r.p("use_dynamic_ntk")).orElse(false)) {
            f.warn(text("config.qwenDynamic", r.p("use_dynamic_ntk")));
        }
        if (family == ModelFamily.FALCON && f.bool(cfg(), "alibi", r.p("alibi")).orElse(false)) {
            f.warn(text("config.falconAlibi", r.p("alibi")));
        }
        noRopeLayers();
        if (family == ModelFamily.MLA && method.isPresent() && method.get() instanceof Yarn y
                && y.mscaleAllDim().orElse(0) != 0 && y.factor().isPresent()) {
            double f2 = ConfigReading.softmaxMscale(y, y.factor().getAsDouble());
            f.warn(text("config.deepseek.mscale", String.format(java.util.Locale.ROOT, "%.4f", f2)));
        }
    }

    /**
     * Layers without RoPE: SmolLM3 lists them ({@code no_rope_layers}, 0 = no RoPE); Llama 4 leaves the
     * list empty and skips RoPE on every {@code no_rope_layer_interval}-th layer (Llama4TextConfig: 4).
     */
    private void noRopeLayers() {
        JsonNode list = cfg().get("no_rope_layers");
        if (list == null || !list.isArray()) {
            return;
        }
        String path = r.p("no_rope_layers");
        if (list.size() == 0 && r.modelType().startsWith("llama4")) {
            long every = f.whole(cfg(), "no_rope_layer_interval", r.p("no_rope_layer_interval")).orElse(4);
            f.warn(text("config.llama4NoRope", path, String.valueOf(every)));
            return;
        }
        int none = 0;
        for (JsonNode n : list) {
            if (n.isNumber() && n.asInt() == 0) {
                none++;
            }
        }
        if (none > 0) {
            f.warn(text("config.noRopeLayers", path, String.valueOf(none), String.valueOf(list.size())));
        }
    }

    /** Phi-3.5-MoE: {@code long_mscale} (above {@code m_l}) or {@code short_mscale} replaces the attention factor. */
    Optional<ScalingMethod> phimoe(ScalingMethod m, ScalingContext ctx) {
        if (family != ModelFamily.PHIMOE || !(m instanceof LongRope l) || r.block() == null) {
            return Optional.of(m);
        }
        boolean longer = ctx.newLength() > ctx.originalLength();
        String key = longer ? "long_mscale" : "short_mscale";
        OptionalDouble v = f.number(r.block(), key, r.blockName() + "." + key);
        if (v.isEmpty() || !(v.getAsDouble() > 0)) {
            return Optional.of(m);
        }
        f.warn(text(longer ? "config.phimoe.above" : "config.phimoe.upTo", r.blockName() + "." + key,
                Limits.plain(v.getAsDouble()), Limits.plain(ctx.originalLength())));
        return Optional.of(ConfigReading.withAttention(l, v.getAsDouble()));
    }
}
