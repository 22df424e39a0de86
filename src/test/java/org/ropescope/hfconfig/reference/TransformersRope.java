package org.ropescope.hfconfig.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent float64 port of Hugging Face transformers' RoPE initialisation, written from
 * {@code src/transformers/modeling_rope_utils.py} (transformers 5: {@code ROPE_INIT_FUNCTIONS},
 * {@code RotaryEmbeddingConfigMixin.standardize_rope_params}) and from the configuration classes and
 * remote modelling code named at each step. It works on the parsed {@code config.json} tree itself and
 * shares no code with RoPEScope's {@code hfconfig} or {@code math} packages.
 *
 * <p>Python's comments are kept above the lines they port. Tensors become {@code double[]}; torch's
 * float32 arithmetic becomes float64, as the issue asks (RoPEScope computes in double).
 */
public final class TransformersRope {

    /** What {@code rope_init_fn(config, device, seq_len)} returns: {@code (inv_freq, attention_factor)}. */
    public record Result(double[] invFreq, double attentionFactor) {
    }

    /** transformers raised where the model could not be built ({@code KeyError}, unknown rope type). */
    public static final class Raised extends RuntimeException {
        Raised(String message) {
            super(message);
        }
    }

    private TransformersRope() {
    }

    /**
     * The rotary embedding of {@code layerType} (null: the model's only kind, or {@code full_attention})
     * evaluated at {@code seqLen}, as the model's {@code RotaryEmbedding.forward} sees it.
     */
    public static Result compute(JsonNode file, String layerType, long seqLen) {
        // PreTrainedConfig.get_text_config(): multimodal models keep the decoder under text_config
        ObjectNode config = (file.has("text_config") && file.get("text_config").isObject()
                ? (ObjectNode) file.get("text_config") : (ObjectNode) file).deepCopy();
        String modelType = text(config, "model_type", text(file, "model_type", ""));
        if (!config.has("model_type")) {
            config.put("model_type", modelType);
        }
        if (modelType.equals("chatglm")) {
            return chatGlm(config);
        }
        if (modelType.equals("gptj")) {
            // modeling_gptj.py: pos_embd_dim = self.rotary_dim or self.embed_dim;
            // create_sinusoidal_positions: inv_freq = 1.0 / (10000 ** (torch.arange(0, dim, 2) / dim))
            int dim = config.has("rotary_dim") && !config.get("rotary_dim").isNull() ? config.get("rotary_dim").asInt()
                    : config.get("n_embd").asInt();
            return new Result(invFreq(10_000, dim), 1.0);
        }
        configClass(config, modelType);
        String lt = layerType;
        ObjectNode rp = standardizeRopeParams(config);
        if (rp.has("full_attention") && rp.get("full_attention").isObject()) {
            lt = lt == null ? "full_attention" : lt;
            rp = (ObjectNode) rp.get(lt);
        } else {
            lt = null;
        }
        String ropeType = text(rp, "rope_type", "default");
        Result r;
        switch (ropeType) {
            case "default" -> r = computeDefault(config, rp);
            case "linear" -> r = computeLinear(config, rp);
            case "dynamic" -> r = computeDynamic(config, rp, seqLen);
            case "yarn" -> r = computeYarn(config, rp);
            case "longrope" -> r = computeLongrope(config, rp, seqLen);
            // Phi-3's remote code (modeling_phi3*.py, Phi3SuScaledRotaryEmbedding): the same inv_freq and
            // scaling_factor = sqrt(1 + log(scale) / log(original_max_position_embeddings)), scale = max / original
            case "su" -> {
                rp.set("original_max_position_embeddings", config.get("original_max_position_embeddings"));
                r = computeLongrope(config, rp, seqLen);
            }
            case "llama3" -> r = computeLlama3(config, rp);
            case "proportional" -> r = computeProportional(config, rp,
                    modelType.startsWith("gemma4") && "full_attention".equals(lt) ? "global_head_dim" : "head_dim");
            // ROPE_INIT_FUNCTIONS[self.rope_type] -> KeyError
            default -> throw new Raised("KeyError: '" + ropeType + "'");
        }
        if (modelType.equals("phimoe")) {
            r = phimoe(config, rp, r, seqLen);
        }
        return r;
    }

    // ---- the configuration classes' __init__, for the fields RoPE reads ---------------------------

    private static void configClass(ObjectNode c, String modelType) {
        switch (modelType) {
            // configuration_deepseek_v2.py / _v3.py: self.head_dim = qk_rope_head_dim
            // (Kimi-K2's and MiniCPM3's remote code build their rotary embedding on qk_rope_head_dim too)
            case "deepseek_v2", "deepseek_v3", "kimi_k2", "minicpm3" -> c.set("head_dim", c.get("qk_rope_head_dim"));
            // RefinedWeb's remote configuration_RW.py: attribute_map {"num_attention_heads": "n_head"};
            // configuration_falcon.py: max_position_embeddings=2048, rope_theta=10000.0 (RW's rotary base is 10000)
            case "falcon", "RefinedWeb", "RefinedWebModel" -> {
                if (!c.has("num_attention_heads") && c.has("n_head")) {
                    c.set("num_attention_heads", c.get("n_head"));
                }
                if (!c.has("max_position_embeddings")) {
                    c.put("max_position_embeddings", 2048);
                }
            }
            // configuration_gpt_neox.py: partial_rotary_factor=rotary_pct, rope_theta=rotary_emb_base
            case "gpt_neox" -> {
                if (c.has("rotary_pct") && !c.has("partial_rotary_factor")) {
                    c.set("partial_rotary_factor", c.get("rotary_pct"));
                }
                if (c.has("rotary_emb_base") && !c.has("rope_theta")) {
                    c.set("rope_theta", c.get("rotary_emb_base"));
                }
            }
            // configuration_qwen2_vl.py: if self.rope_scaling["type"] == "mrope": self.rope_scaling["type"] = "default"
            case "qwen2_vl", "qwen2_5_vl" -> {
                JsonNode rs = c.get("rope_scaling");
                if (rs != null && rs.isObject() && "mrope".equals(text(rs, "type", ""))) {
                    ((ObjectNode) rs).put("type", "default");
                }
            }
            // configuration_gemma3.py (transformers 4 files): rope_local_base_freq=10_000 for sliding layers;
            // transformers 5 converts them to rope_parameters per layer type
            case "gemma3_text", "gemma3" -> {
                if (!c.has("rope_parameters") || !c.get("rope_parameters").has("full_attention")) {
                    ObjectNode full = c.has("rope_scaling") && c.get("rope_scaling").isObject()
                            ? ((ObjectNode) c.get("rope_scaling")).deepCopy() : JsonNodeFactory.instance.objectNode();
                    if (c.has("rope_theta")) {
                        full.set("rope_theta", c.get("rope_theta"));
                    } else {
                        full.put("rope_theta", 1_000_000.0); // Gemma3TextConfig: rope_theta=1_000_000.0
                    }
                    ObjectNode sliding = JsonNodeFactory.instance.objectNode();
                    sliding.put("rope_type", "default");
                    sliding.set("rope_theta", c.has("rope_local_base_freq") ? c.get("rope_local_base_freq")
                            : JsonNodeFactory.instance.numberNode(10_000.0));
                    ObjectNode both = JsonNodeFactory.instance.objectNode();
                    both.set("full_attention", full);
                    both.set("sliding_attention", sliding);
                    c.remove("rope_scaling");
                    c.set("rope_parameters", both);
                }
            }
            default -> {
            }
        }
        // LlamaConfig & co: self.head_dim = head_dim if head_dim is not None else hidden_size // num_attention_heads
        if (!c.has("head_dim") || c.get("head_dim").isNull()) {
            c.put("head_dim", c.get("hidden_size").asLong() / c.get("num_attention_heads").asLong());
        }
    }

    /** {@code RotaryEmbeddingConfigMixin.convert_rope_params_to_dict} then {@code standardize_rope_params}. */
    private static ObjectNode standardizeRopeParams(ObjectNode self) {
        // rope_scaling = kwargs.pop("rope_scaling", None); self.rope_parameters = rope_scaling or self.rope_parameters
        JsonNode scaling = self.get("rope_scaling");
        JsonNode params = scaling != null && scaling.isObject() && scaling.size() > 0 ? scaling : self.get("rope_parameters");
        ObjectNode rp = params != null && params.isObject() ? ((ObjectNode) params).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        // rope_theta = kwargs.pop("rope_theta", getattr(self, "rope_theta", self.default_theta))
        double ropeTheta = self.has("rope_theta") ? self.get("rope_theta").asDouble() : 10_000.0;
        JsonNode partial = self.get("partial_rotary_factor");
        boolean perLayer = rp.has("full_attention") && rp.get("full_attention").isObject();
        if (!perLayer) {
            // rope_parameters.setdefault("rope_type", rope_parameters.get("type", "default"))
            if (!rp.has("rope_type")) {
                rp.put("rope_type", text(rp, "type", "default"));
            }
            if (!rp.has("rope_theta")) {
                rp.put("rope_theta", ropeTheta);
            }
            if (partial != null && !partial.isNull()) {
                rp.set("partial_rotary_factor", partial);
            }
            String t = rp.get("rope_type").asText();
            // if rope_parameters["rope_type"] in ["llama3", "yarn", "longrope"]:
            if (t.equals("llama3") || t.equals("yarn") || t.equals("longrope")) {
                if (self.has("original_max_position_embeddings")) {
                    rp.set("original_max_position_embeddings", self.get("original_max_position_embeddings"));
                } else if (!rp.has("original_max_position_embeddings")) {
                    rp.set("original_max_position_embeddings", self.get("max_position_embeddings"));
                }
            }
            return rp;
        }
        List<String> kinds = new ArrayList<>();
        rp.fieldNames().forEachRemaining(kinds::add);
        for (String layerType : kinds) {
            ObjectNode l = (ObjectNode) rp.get(layerType);
            if (!l.has("rope_type")) {
                l.put("rope_type", text(l, "type", "default"));
            }
            if (!l.has("rope_theta")) {
                l.put("rope_theta", ropeTheta);
            }
            if (partial != null && !partial.isNull()) {
                l.set("partial_rotary_factor", partial);
            }
            String t = l.get("rope_type").asText();
            if ((t.equals("llama3") || t.equals("yarn") || t.equals("longrope"))
                    && !l.has("original_max_position_embeddings")) {
                l.set("original_max_position_embeddings", self.get("max_position_embeddings"));
            }
        }
        return rp;
    }

    // ---- ROPE_INIT_FUNCTIONS -------------------------------------------------------------------

    private static int dim(ObjectNode config, ObjectNode rp) {
        // partial_rotary_factor = rope_parameters_dict.get("partial_rotary_factor", 1.0)
        double partial = rp.has("partial_rotary_factor") ? rp.get("partial_rotary_factor").asDouble() : 1.0;
        // head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
        long headDim = config.get("head_dim").asLong();
        // dim = int(head_dim * partial_rotary_factor)
        return (int) (headDim * partial);
    }

    /** {@code 1.0 / (base ** (torch.arange(0, dim, 2) / dim))}. */
    private static double[] invFreq(double base, int dim) {
        double[] inv = new double[(dim + 1) / 2];
        for (int k = 0; k < inv.length; k++) {
            inv[k] = 1.0 / Math.pow(base, (double) (2 * k) / dim);
        }
        return inv;
    }

    /** The model's own {@code compute_default_rope_parameters} (each *RotaryEmbedding class). */
    static Result computeDefault(ObjectNode config, ObjectNode rp) {
        double base = rp.get("rope_theta").asDouble();
        return new Result(invFreq(base, dim(config, rp)), 1.0);
    }

    static Result computeLinear(ObjectNode config, ObjectNode rp) {
        double factor = rp.get("factor").asDouble();
        double[] inv = invFreq(rp.get("rope_theta").asDouble(), dim(config, rp));
        // inv_freq /= factor
        for (int k = 0; k < inv.length; k++) {
            inv[k] /= factor;
        }
        return new Result(inv, 1.0);
    }

    static Result computeDynamic(ObjectNode config, ObjectNode rp, long seqLenIn) {
        double base = rp.get("rope_theta").asDouble();
        int dim = dim(config, rp);
        double factor = rp.get("factor").asDouble();
        long maxPos = config.get("max_position_embeddings").asLong();
        // seq_len = max(seq_len, config.max_position_embeddings)
        long seqLen = Math.max(seqLenIn, maxPos);
        // base = base * ((factor * seq_len / config.max_position_embeddings) - (factor - 1)) ** (dim / (dim - 2))
        base = base * Math.pow((factor * seqLen / maxPos) - (factor - 1), (double) dim / (dim - 2));
        return new Result(invFreq(base, dim), 1.0);
    }

    private static double getMscale(double scale, double mscale) {
        // if scale <= 1: return 1.0; return 0.1 * mscale * math.log(scale) + 1.0
        return scale <= 1 ? 1.0 : 0.1 * mscale * Math.log(scale) + 1.0;
    }

    private static double findCorrectionDim(double numRotations, int dim, double base, double maxPos) {
        return (dim * Math.log(maxPos / (numRotations * 2 * Math.PI))) / (2 * Math.log(base));
    }

    static Result computeYarn(ObjectNode config, ObjectNode rp) {
        double base = rp.get("rope_theta").asDouble();
        int dim = dim(config, rp);
        JsonNode f = rp.get("factor");
        double originalMax = rp.get("original_max_position_embeddings").asDouble();
        // if factor is None: factor = config.max_position_embeddings / original_max_position_embeddings
        double factor = f == null || f.isNull() ? config.get("max_position_embeddings").asDouble() / originalMax
                : f.asDouble();
        JsonNode af = rp.get("attention_factor");
        double mscale = rp.has("mscale") && !rp.get("mscale").isNull() ? rp.get("mscale").asDouble() : 0;
        double mscaleAll = rp.has("mscale_all_dim") && !rp.get("mscale_all_dim").isNull()
                ? rp.get("mscale_all_dim").asDouble() : 0;
        double attentionFactor;
        if (af != null && !af.isNull()) {
            attentionFactor = af.asDouble();
        } else if (mscale != 0 && mscaleAll != 0) { // if mscale and mscale_all_dim:
            attentionFactor = getMscale(factor, mscale) / getMscale(factor, mscaleAll);
        } else {
            attentionFactor = getMscale(factor, 1);
        }
        // beta_fast = rope_parameters_dict.get("beta_fast") or 32; beta_slow = ... or 1
        double betaFast = rp.has("beta_fast") && rp.get("beta_fast").asDouble() != 0 ? rp.get("beta_fast").asDouble() : 32;
        double betaSlow = rp.has("beta_slow") && rp.get("beta_slow").asDouble() != 0 ? rp.get("beta_slow").asDouble() : 1;
        // truncate = config.rope_parameters.get("truncate", True)
        boolean truncate = !rp.has("truncate") || rp.get("truncate").asBoolean();
        double low = findCorrectionDim(betaFast, dim, base, originalMax);
        double high = findCorrectionDim(betaSlow, dim, base, originalMax);
        if (truncate) {
            low = Math.floor(low);
            high = Math.ceil(high);
        }
        low = Math.max(low, 0);
        high = Math.min(high, dim - 1);
        if (low == high) {
            high += 0.001; // Prevent singularity
        }
        double[] inv = new double[dim / 2];
        for (int k = 0; k < inv.length; k++) {
            double posFreq = Math.pow(base, (double) (2 * k) / dim);
            double extrapolation = 1.0 / posFreq;
            double interpolation = 1.0 / (factor * posFreq);
            // linear_func = (torch.arange(dim) - min) / (max - min); ramp = clamp(linear_func, 0, 1)
            double ramp = Math.min(Math.max((k - low) / (high - low), 0), 1);
            double extrapolationFactor = 1 - ramp;
            inv[k] = interpolation * (1 - extrapolationFactor) + extrapolation * extrapolationFactor;
        }
        return new Result(inv, attentionFactor);
    }

    static Result computeLongrope(ObjectNode config, ObjectNode rp, long seqLen) {
        double base = rp.get("rope_theta").asDouble();
        int dim = dim(config, rp);
        JsonNode longFactor = rp.get("long_factor");
        JsonNode shortFactor = rp.get("short_factor");
        JsonNode f = rp.get("factor");
        JsonNode af = rp.get("attention_factor");
        double originalMax = rp.get("original_max_position_embeddings").asDouble();
        // if factor is None: factor = config.max_position_embeddings / original_max_position_embeddings
        double factor = f == null || f.isNull() ? config.get("max_position_embeddings").asDouble() / originalMax
                : f.asDouble();
        double attentionFactor;
        if (af != null && !af.isNull()) {
            attentionFactor = af.asDouble();
        } else if (factor <= 1.0) {
            attentionFactor = 1.0;
        } else {
            attentionFactor = Math.sqrt(1 + Math.log(factor) / Math.log(originalMax));
        }
        // if seq_len and seq_len > original_max_position_embeddings: ext_factors = long_factor
        JsonNode ext = seqLen > originalMax ? longFactor : shortFactor;
        if (ext.size() != dim / 2) {
            throw new Raised("RuntimeError: ext_factors of length " + ext.size() + " do not broadcast to " + dim / 2);
        }
        double[] inv = new double[dim / 2];
        for (int k = 0; k < inv.length; k++) {
            // inv_freq = 1.0 / (ext_factors * base**inv_freq_shape)
            inv[k] = 1.0 / (ext.get(k).asDouble() * Math.pow(base, (double) (2 * k) / dim));
        }
        return new Result(inv, attentionFactor);
    }

    static Result computeLlama3(ObjectNode config, ObjectNode rp) {
        double[] inv = invFreq(rp.get("rope_theta").asDouble(), dim(config, rp));
        double factor = rp.get("factor").asDouble();
        double lowFreqFactor = rp.get("low_freq_factor").asDouble();
        double highFreqFactor = rp.get("high_freq_factor").asDouble();
        double oldContextLen = rp.get("original_max_position_embeddings").asDouble();
        double lowFreqWavelen = oldContextLen / lowFreqFactor;
        double highFreqWavelen = oldContextLen / highFreqFactor;
        double[] out = new double[inv.length];
        for (int k = 0; k < inv.length; k++) {
            double wavelen = 2 * Math.PI / inv[k];
            // inv_freq_llama = torch.where(wavelen > low_freq_wavelen, inv_freq / factor, inv_freq)
            double llama = wavelen > lowFreqWavelen ? inv[k] / factor : inv[k];
            // is_medium_freq = ~(wavelen < high_freq_wavelen) * ~(wavelen > low_freq_wavelen)
            boolean medium = !(wavelen < highFreqWavelen) && !(wavelen > lowFreqWavelen);
            if (medium) {
                double smooth = (oldContextLen / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
                llama = (1 - smooth) * llama / factor + smooth * llama;
            }
            out[k] = llama;
        }
        return new Result(out, 1.0);
    }

    static Result computeProportional(ObjectNode config, ObjectNode rp, String headDimKey) {
        // head_dim = getattr(config, head_dim_key, None) or config.hidden_size // config.num_attention_heads
        long headDim = config.has(headDimKey) ? config.get(headDimKey).asLong() : config.get("head_dim").asLong();
        double base = rp.get("rope_theta").asDouble();
        double factor = rp.has("factor") ? rp.get("factor").asDouble() : 1.0;
        double ropeProportion = rp.has("partial_rotary_factor") ? rp.get("partial_rotary_factor").asDouble() : 1.0;
        // rope_angles = int(rope_proportion * head_dim // 2)
        int ropeAngles = (int) Math.floor(ropeProportion * headDim / 2);
        double[] inv = new double[(int) (headDim / 2)];
        for (int k = 0; k < ropeAngles; k++) {
            // 1.0 / (base ** (torch.arange(0, 2 * rope_angles, 2) / head_dim)); zeros for the nope angles
            inv[k] = 1.0 / Math.pow(base, (double) (2 * k) / headDim);
        }
        for (int k = 0; k < inv.length; k++) {
            inv[k] /= factor;
        }
        return new Result(inv, 1.0);
    }

    /** modeling_phimoe.py: mscale = long_mscale if seq_len > original_max_position_embeddings else short_mscale. */
    private static Result phimoe(ObjectNode config, ObjectNode rp, Result r, long seqLen) {
        if ("default".equals(text(rp, "rope_type", "default"))) {
            return r;
        }
        double originalMax = rp.get("original_max_position_embeddings").asDouble();
        JsonNode m = seqLen > originalMax ? rp.get("long_mscale") : rp.get("short_mscale");
        return m == null || m.isNull() ? r : new Result(r.invFreq(), m.asDouble());
    }

    /**
     * ChatGLM / GLM-4 remote code (modeling_chatglm.py): {@code rotary_dim = kv_channels} (or
     * {@code hidden_size // num_attention_heads}), {@code RotaryEmbedding(rotary_dim // 2, rope_ratio=...)},
     * whose {@code forward_impl} uses {@code base = base * self.rope_ratio} and
     * {@code theta = 1.0 / (base ** (torch.arange(0, n_elem, 2) / n_elem))} with {@code n_elem = dim}.
     */
    private static Result chatGlm(ObjectNode c) {
        long rotaryDim = c.has("kv_channels") && !c.get("kv_channels").isNull() ? c.get("kv_channels").asLong()
                : c.get("hidden_size").asLong() / c.get("num_attention_heads").asLong();
        int nElem = (int) (rotaryDim / 2);
        double ropeRatio = c.has("rope_ratio") && !c.get("rope_ratio").isNull() ? c.get("rope_ratio").asDouble() : 1;
        return new Result(invFreq(10_000 * ropeRatio, nElem), 1.0);
    }

    private static String text(JsonNode obj, String key, String dflt) {
        JsonNode n = obj.get(key);
        return n != null && n.isTextual() ? n.asText() : dflt;
    }
}
