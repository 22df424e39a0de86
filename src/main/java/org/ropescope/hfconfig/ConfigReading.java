package org.ropescope.hfconfig;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.Param;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

/**
 * One reading of a configuration tree: the warnings it collects and the values it finds, following
 * transformers' configuration classes (and, for remote-code models, their modelling code). The
 * architecture-specific fields are in {@link ModelFamily} and {@link FamilyRules}; the scaling block in
 * {@link ScalingBlock}.
 */
final class ConfigReading {

    static final String FULL = "full_attention";
    static final String SLIDING = "sliding_attention";

    private final String source;
    private final String wantedLayer;
    private final List<String> warnings = new ArrayList<>();
    private final Fields f = new Fields(warnings);
    private JsonNode root;
    private JsonNode cfg;
    private String prefix = "";
    /** The scaling block in use (null when there is none) and its path for messages. */
    private JsonNode block;
    private String bn;
    private ModelFamily family;
    private String modelType = "";
    private List<String> layerTypes = List.of();
    private String layerType = "";

    ConfigReading(JsonNode root, String source, String wantedLayer) {
        this.root = root;
        this.cfg = root;
        this.source = source;
        this.wantedLayer = wantedLayer;
    }

    String p(String key) {
        return prefix + key;
    }

    Fields fields() {
        return f;
    }

    JsonNode cfg() {
        return cfg;
    }

    JsonNode block() {
        return block;
    }

    String blockName() {
        return bn;
    }

    String layerType() {
        return layerType;
    }

    String modelType() {
        return modelType;
    }

    HfModelConfig read() {
        JsonNode text = cfg.get("text_config");
        if (text != null && text.isObject() && !Fields.present(cfg, "num_attention_heads")
                && !Fields.present(cfg, "head_dim") && !Fields.present(cfg, "max_position_embeddings")) {
            cfg = text;
            prefix = "text_config.";
        }
        modelType = textOf(cfg, "model_type").or(() -> textOf(root, "model_type")).orElse("");
        family = ModelFamily.of(cfg, modelType);
        FamilyRules rules = new FamilyRules(this, family);
        findBlock();
        rules.gemma3Layers(wantedLayer);

        OptionalDouble theta = rules.theta();
        OptionalInt headDim = rules.headDim();
        double partial = family == ModelFamily.CHATGLM ? 0.5 : rules.rotaryDimShare(headDim).orElseGet(this::readPartial);
        OptionalLong maxPos = rules.maxPositions();
        // transformers gives a top-level original_max_position_embeddings (Phi-3) priority
        OptionalLong original = length(cfg, "original_max_position_embeddings", p("original_max_position_embeddings"));
        if (original.isEmpty() && block != null) {
            original = length(block, "original_max_position_embeddings", bn + ".original_max_position_embeddings");
        }

        String type = "default";
        String kind = "default";
        OptionalDouble factor = OptionalDouble.empty();
        Optional<ScalingMethod> method = Optional.empty();
        if (block != null) {
            ScalingBlock sb = new ScalingBlock(f, block, bn);
            String typeKey = Fields.present(block, "rope_type") ? "rope_type" : "type";
            Optional<String> named = f.string(block, typeKey, bn + "." + typeKey);
            if (named.isPresent() || !Fields.present(block, typeKey)) {
                type = named.orElse("default");
                kind = sb.canonical(type, bn + "." + typeKey);
                if (kind != null) {
                    sb.warnUnknownKeys(kind, family == ModelFamily.PHIMOE);
                    if (ScalingBlock.usesFactor(kind)) {
                        factor = sb.factor(kind);
                    }
                    if ((kind.equals("llama3") || kind.equals("yarn") || kind.equals("longrope"))
                            && original.isEmpty() && !Fields.present(block, "original_max_position_embeddings")
                            && !Fields.present(cfg, "original_max_position_embeddings")) {
                        f.warn(text("config.originalMissing", bn));
                    }
                    if (kind.equals("dynamic") && original.isPresent() && maxPos.isPresent()) {
                        f.warn(text("config.dynamicOriginal", Limits.plain(original.getAsLong()),
                                Limits.plain(maxPos.getAsLong())));
                        original = OptionalLong.empty();
                    }
                    method = sb.build(kind, factor, maxPos, original);
                }
            }
        }
        if ("proportional".equals(kind) && theta.isPresent() && headDim.isPresent()) {
            double[] tp = rules.proportional(theta.getAsDouble(), headDim.getAsInt(), partial);
            theta = OptionalDouble.of(tp[0]);
            partial = tp[1];
        }
        rules.notes(method);
        if (wantedLayer != null && layerTypes.isEmpty()) {
            f.warn(text("config.layer.alike", wantedLayer));
        }

        HfModelConfig loaded = make(theta, headDim, partial, maxPos, original, type, factor, method);
        if (method.isPresent() && loaded.isComplete()) {
            try {
                method = broadcastOneValueLists(rules.phimoe(method.get(), loaded.context()), loaded.context());
                loaded = make(theta, headDim, partial, maxPos, original, type, factor, method);
                method.get().evaluate(loaded.context());
            } catch (InvalidConfigException | IllegalStateException e) { // non-finite frequencies: undefined
                f.warn(text("config.unusable", bn, e.getMessage()));
                return make(theta, headDim, partial, maxPos, original, type, factor, Optional.empty());
            }
        }
        return loaded;
    }

    private HfModelConfig make(OptionalDouble theta, OptionalInt headDim, double partial, OptionalLong maxPos,
            OptionalLong original, String type, OptionalDouble factor, Optional<ScalingMethod> method) {
        return new HfModelConfig(source, theta, headDim, partial, maxPos, original, type, factor, method, warnings,
                layerTypes, layerType);
    }

    private static Optional<String> textOf(JsonNode obj, String key) {
        JsonNode n = obj.get(key);
        return n != null && n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
    }

    /** Sets the layer kinds a file has; {@code chosen} is the one shown. */
    void layers(List<String> kinds, String chosen) {
        layerTypes = List.copyOf(kinds);
        layerType = chosen;
    }

    /** Drops the scaling block: the layer kind shown turns without it. */
    void noBlock() {
        block = null;
        bn = null;
    }

    /** The scaling block, in either shape; per-layer rope_parameters show the kind asked for, else full attention. */
    private void findBlock() {
        boolean hasScaling = Fields.present(cfg, "rope_scaling");
        boolean hasParameters = Fields.present(cfg, "rope_parameters");
        if (hasScaling) {
            bn = p("rope_scaling");
            block = cfg.get("rope_scaling");
            if (hasParameters) {
                f.warn(text("config.bothBlocks", p("rope_scaling"), p("rope_parameters")));
            }
        } else if (hasParameters) {
            bn = p("rope_parameters");
            block = cfg.get("rope_parameters");
        }
        if (block != null && !block.isObject()) {
            f.warn(text("config.blockNotObject", bn, Fields.describe(block)));
            block = null;
        }
        if (block != null && !hasScaling && isPerLayer(block)) {
            List<String> kinds = new ArrayList<>();
            block.fieldNames().forEachRemaining(kinds::add);
            String chosen = kinds.contains(FULL) ? FULL : kinds.get(0);
            if (wantedLayer != null && kinds.contains(wantedLayer)) {
                chosen = wantedLayer;
            } else if (wantedLayer != null) {
                f.warn(text("config.layer.notIn", wantedLayer, bn, String.join(", ", kinds), chosen));
            }
            layers(kinds, chosen);
            List<String> others = new ArrayList<>(kinds);
            others.remove(chosen);
            f.warn(text("config.perLayer", bn, chosen, String.join(", ", others)));
            block = block.get(chosen);
            bn = bn + "." + chosen;
        }
    }

    private static boolean isPerLayer(JsonNode block) {
        if (block.size() == 0) {
            return false;
        }
        for (Iterator<JsonNode> it = block.elements(); it.hasNext();) {
            if (!it.next().isObject()) {
                return false;
            }
        }
        return true;
    }

    private double readPartial() {
        OptionalDouble v;
        String path;
        if (Fields.present(cfg, "partial_rotary_factor")) {
            path = p("partial_rotary_factor");
            v = f.number(cfg, "partial_rotary_factor", path);
        } else if (Fields.present(cfg, "rotary_pct")) {
            path = p("rotary_pct");
            v = f.number(cfg, "rotary_pct", path);
        } else if (Fields.present(cfg, "rope_pct")) { // StableLM's remote code
            path = p("rope_pct");
            v = f.number(cfg, "rope_pct", path);
        } else if (block != null && Fields.present(block, "partial_rotary_factor")) {
            path = bn + ".partial_rotary_factor";
            v = f.number(block, "partial_rotary_factor", path);
        } else {
            return 1.0;
        }
        if (v.isEmpty()) {
            return 1.0;
        }
        if (!(v.getAsDouble() > 0 && v.getAsDouble() <= 1)) {
            f.warn(text("config.partial", path, Limits.plain(v.getAsDouble())));
            return 1.0;
        }
        return v.getAsDouble();
    }

    OptionalLong length(JsonNode obj, String key, String path) {
        OptionalLong v = f.whole(obj, key, path);
        if (v.isPresent() && (v.getAsLong() < Limits.LENGTH_MIN || v.getAsLong() > Limits.LENGTH_MAX)) {
            f.warn(text("config.length", path, String.valueOf(v.getAsLong())));
            return OptionalLong.empty();
        }
        return v;
    }

    /** Yarn's attention factor as DeepSeek's attention also squares into its softmax scale. */
    static double softmaxMscale(Yarn y, double factor) {
        double all = y.mscaleAllDim().orElse(0);
        double m = Yarn.getMscale(factor, all);
        return m * m;
    }

    /**
     * A LongRoPE list of one value: transformers warns about its length and torch then broadcasts it to
     * every pair; so does RoPEScope, with a line. Other lengths stay as they are (and are refused).
     */
    private Optional<ScalingMethod> broadcastOneValueLists(Optional<ScalingMethod> m,
            org.ropescope.math.scaling.ScalingContext ctx) {
        if (m.isEmpty() || !(m.get() instanceof LongRope l) || ctx.pairs() == 1) {
            return m;
        }
        MethodParameters p = MethodParameters.of(l);
        for (Param q : List.of(Param.LONG_FACTOR, Param.SHORT_FACTOR)) {
            List<?> v = (List<?>) p.value(q).orElseThrow();
            if (v.size() == 1) {
                f.warn(text("config.broadcast", bn + "." + q.key(), String.valueOf(ctx.pairs())));
                p = p.with(q, Optional.of(java.util.Collections.nCopies(ctx.pairs(), v.get(0))));
            }
        }
        return Optional.of(p.build(MethodKind.LONGROPE));
    }

    /** For {@link FamilyRules}: a LongRope with another attention factor. */
    static LongRope withAttention(LongRope l, double a) {
        return new LongRope(l.longFactor(), l.shortFactor(), l.factor(), OptionalDouble.of(a), l.seqLen());
    }
}
