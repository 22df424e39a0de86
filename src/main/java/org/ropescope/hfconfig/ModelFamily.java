package org.ropescope.hfconfig;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The architectures whose {@code config.json} says where the rotary dimension, the base or the length
 * sit in fields of their own, as their configuration classes or modelling code read them.
 *
 * <ul>
 *   <li>{@link #MLA}: multi-head latent attention (DeepSeek-V2/V3, Kimi-K2, MiniCPM3): RoPE turns only
 *       {@code qk_rope_head_dim} dimensions of each head; transformers' DeepSeek configurations set
 *       {@code head_dim = qk_rope_head_dim}.</li>
 *   <li>{@link #FALCON}: Falcon's RefinedWeb files name the heads {@code n_head}; FalconConfig maps
 *       {@code num_attention_heads} onto it and defaults {@code max_position_embeddings} to 2048.</li>
 *   <li>{@link #CHATGLM}: ChatGLM / GLM-4 remote code ({@code modeling_chatglm.py}): base
 *       {@code 10000 * rope_ratio}, a rotary dimension of {@code kv_channels / 2}, context {@code seq_length}.</li>
 *   <li>{@link #GEMMA3}: Gemma 3's sliding-window layers turn with {@code rope_local_base_freq} and no
 *       scaling; its global layers with {@code rope_theta} and {@code rope_scaling}.</li>
 *   <li>{@link #GEMMA4}: Gemma 4's full-attention layers use {@code global_head_dim}.</li>
 *   <li>{@link #GPTJ}: GPT-J / CodeGen: {@code n_embd}, {@code n_head}, {@code n_positions}, and
 *       {@code rotary_dim} dimensions of each head turning (base 10000).</li>
 *   <li>{@link #PHIMOE}: Phi-3.5-MoE's {@code long_mscale} / {@code short_mscale} replace longrope's attention factor.</li>
 * </ul>
 */
enum ModelFamily {
    MLA, FALCON, CHATGLM, GPTJ, GEMMA3, GEMMA4, PHIMOE, OTHER;

    /** Model types whose positions are not rotary at all (learned, ALiBi, relative bias, none). */
    static final java.util.Set<String> NOT_ROTARY = java.util.Set.of("gpt2", "bert", "roberta", "distilbert",
            "albert", "electra", "deberta", "deberta-v2", "bloom", "mpt", "t5", "mt5", "bart", "mbart", "opt",
            "gpt_bigcode", "whisper", "jamba", "mamba", "mamba2", "rwkv", "xlm-roberta", "starcoder");

    /** The family of {@code cfg}, from its {@code model_type} and the fields only that family has. */
    static ModelFamily of(JsonNode cfg, String modelType) {
        String t = modelType.toLowerCase(Locale.ROOT);
        if (Fields.present(cfg, "qk_rope_head_dim")) {
            return MLA;
        }
        if (t.equals("chatglm")) {
            return CHATGLM;
        }
        if (t.equals("gptj") || t.equals("codegen")) {
            return GPTJ;
        }
        if (t.equals("falcon") || t.startsWith("refinedweb")) {
            return FALCON;
        }
        if (t.startsWith("gemma3") || Fields.present(cfg, "rope_local_base_freq")) {
            return GEMMA3;
        }
        if (t.startsWith("gemma4") || Fields.present(cfg, "global_head_dim")) {
            return GEMMA4;
        }
        if (t.equals("phimoe")) {
            return PHIMOE;
        }
        return OTHER;
    }
}
