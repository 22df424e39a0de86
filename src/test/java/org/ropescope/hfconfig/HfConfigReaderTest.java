package org.ropescope.hfconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.DynamicNtk;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.Yarn;

/** Real-shaped configuration files for every scaling type in both shapes, and broken ones. */
class HfConfigReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(HfConfigReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static HfModelConfig read(String name) throws HfConfigException {
        return HfConfigReader.read(resource(name));
    }

    // ---- every type, both shapes -------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"llama3_rope_scaling.json", "llama3_rope_parameters.json"})
    void llama3InBothShapes(String file) throws Exception {
        HfModelConfig c = read(file);
        assertEquals(List.of(), c.warnings());
        assertEquals("llama3", c.ropeType());
        assertEquals(Llama3.of(8, 1, 4), c.scaling().orElseThrow());
        ScalingContext ctx = c.context();
        assertEquals(new ScalingContext(500_000, 128, 1.0, 8192, 131_072), ctx, "m_l = original, m = max length");
        assertEquals(1.6560440081e-02, c.scaling().get().evaluate(ctx).invFreq(20), 1.6560440081e-02 * 1e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yarn_rope_scaling.json", "yarn_rope_parameters.json"})
    void yarnInBothShapes(String file) throws Exception {
        HfModelConfig c = read(file);
        assertEquals(List.of(), c.warnings());
        assertEquals("yarn", c.ropeType());
        assertEquals(Yarn.of(4), c.scaling().orElseThrow());
        assertEquals(new ScalingContext(1_000_000, 128, 1.0, 32_768, 131_072), c.context(),
                "m = the larger of max length and original x factor");
        assertEquals(0.1 * Math.log(4) + 1, c.scaling().get().evaluate(c.context()).attentionFactor().getAsDouble(),
                1e-15);
    }

    @Test
    void yarnWithDeepSeekMscale() throws Exception {
        HfModelConfig c = read("yarn_deepseek_mscale.json");
        assertEquals(List.of("not shown: DeepSeek's attention also multiplies its softmax scale by get_mscale(factor,"
                + " mscale_all_dim)^2 = 1.5896, a temperature on the scores, not a RoPE factor"), c.warnings());
        Yarn y = (Yarn) c.scaling().orElseThrow();
        assertEquals(0.707, y.mscale().getAsDouble());
        assertEquals(1.0, y.attentionFactor(c.context()).getAsDouble(), 1e-15, "equal mscales cancel");
        assertEquals(new ScalingContext(10_000, 64, 1.0, 4096, 163_840), c.context());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear_rope_scaling.json", "linear_rope_parameters.json"})
    void linearInBothShapes(String file) throws Exception {
        HfModelConfig c = read(file);
        assertEquals(Linear.of(4), c.scaling().orElseThrow());
        assertEquals(new ScalingContext(10_000, 128, 1.0, 4096, 16_384), c.context());
        if (file.contains("scaling")) {
            assertEquals(List.of("rope_theta is missing; using 10000, the transformers default"), c.warnings());
        } else {
            assertEquals(List.of(), c.warnings());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dynamic_rope_scaling.json", "dynamic_rope_parameters.json"})
    void dynamicInBothShapes(String file) throws Exception {
        HfModelConfig c = read(file);
        assertEquals(List.of(), c.warnings());
        assertEquals(DynamicNtk.of(2), c.scaling().orElseThrow());
        assertEquals(new ScalingContext(10_000, 128, 1.0, 4096, 8192), c.context());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ntk_rope_scaling.json", "ntk_rope_parameters.json"})
    void ntkInBothShapes(String file) throws Exception {
        HfModelConfig c = read(file);
        String block = file.startsWith("ntk_rope_scaling") ? "rope_scaling" : "rope_parameters";
        assertEquals(List.of(block + ".rope_type \"ntk\" is not a transformers type (transformers raises on it);"
                + " drawn as RoPEScope's static NTK, base x factor^(d/(d-2))"), c.warnings(),
                "accepted, but never in silence");
        assertEquals(Ntk.of(4), c.scaling().orElseThrow());
        assertEquals(RopeConfig.of(10_000, 128, 4096, 16_384).newBase(), ((Ntk) c.scaling().get()).scaledBase(c.context()),
                0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"longrope_rope_scaling.json", "longrope_rope_parameters.json"})
    void longRopeInBothShapes(String file) throws Exception {
        HfModelConfig c = read(file);
        assertEquals(List.of(), c.warnings());
        LongRope lr = (LongRope) c.scaling().orElseThrow();
        assertEquals(48, lr.longFactor().size());
        ScalingContext ctx = c.context();
        assertEquals(new ScalingContext(10_000, 96, 1.0, 4096, 131_072), ctx);
        ScaledFrequencies f = lr.evaluate(ctx);
        assertEquals(64.81001281738281, f.stretch(47), 1e-12, "at 128k the long factors apply");
        assertEquals(Math.sqrt(1 + Math.log(32) / Math.log(4096)), f.attentionFactor().getAsDouble(), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default_llama2.json", "default_rope_parameters.json"})
    void noScalingInBothShapes(String file) throws Exception {
        HfModelConfig c = read(file);
        assertEquals(List.of(), c.warnings());
        assertEquals("default", c.ropeType());
        assertTrue(c.scaling().isEmpty());
        assertEquals(c.originalLength(), c.targetLength(), "nothing to stretch to");
        assertEquals(3, c.methods().size(), "the book's three curves are drawn");
    }

    @Test
    void gptNeoXPartialRotaryUnderItsOwnNames() throws Exception {
        HfModelConfig c = read("gpt_neox_20b.json");
        assertEquals(List.of(), c.warnings());
        assertEquals(0.25, c.partialRotaryFactor());
        ScalingContext ctx = c.context();
        assertEquals(96, ctx.headDim());
        assertEquals(24, ctx.rotaryDim());
        assertEquals(new ScalingContext(10_000, 96, 0.25, 2048, 2048), ctx);
    }

    @Test
    void perLayerRopeParametersShowFullAttention() throws Exception {
        HfModelConfig c = read("per_layer_rope_parameters.json");
        assertEquals(List.of("rope_parameters has one block per layer type: showing full_attention; not shown:"
                + " sliding_attention (choose with --layer-type or File > Layer type)"), c.warnings());
        assertEquals(List.of("sliding_attention", "full_attention"), c.layerTypes());
        assertEquals(Linear.of(8), c.scaling().orElseThrow());
        assertEquals(1_000_000, c.ropeTheta().getAsDouble());
        assertEquals(256, c.headDim().getAsInt());
    }

    @Test
    void multimodalConfigIsReadFromTextConfig() throws Exception {
        HfModelConfig c = read("multimodal_text_config.json");
        assertEquals(List.of(), c.warnings());
        assertEquals(Llama3.of(8, 1, 4), c.scaling().orElseThrow());
        assertEquals(new ScalingContext(500_000, 128, 1.0, 8192, 131_072), c.context());
    }

    // ---- architectures beyond the corpus ----------------------------------------------------

    @Test
    void aModelWithoutRotaryPositionsIsNamedAsSuch() throws Exception {
        HfModelConfig c = HfConfigReader.parse("""
                {"model_type": "bert", "hidden_size": 768, "num_attention_heads": 12,
                 "max_position_embeddings": 512}""", "bert.json");
        assertTrue(c.warnings().contains("model_type \"bert\" does not use rotary positions (learned, ALiBi,"
                + " relative or none): the curves drawn describe no layer of this model"), c.warnings().toString());
    }

    @Test
    void qwenOneIsReadWithItsRemoteCodeFieldsAndItsDynamicNtkNamed() throws Exception {
        HfModelConfig c = HfConfigReader.parse("""
                {"model_type": "qwen", "hidden_size": 4096, "num_attention_heads": 32, "kv_channels": 128,
                 "seq_length": 8192, "max_position_embeddings": 32768, "rotary_emb_base": 10000,
                 "rotary_pct": 1.0, "use_dynamic_ntk": true, "use_logn_attn": true}""", "qwen.json");
        assertEquals(64, c.context().pairs(), "the whole 128-dimension head turns: not ChatGLM's half");
        assertTrue(c.warnings().get(0).startsWith("not shown: use_dynamic_ntk (Qwen remote code)"), c.warnings().toString());
    }

    @Test
    void aBaseOutOfRangeSaysWhichBaseIsUsedInstead() throws Exception {
        HfModelConfig c = HfConfigReader.parse("""
                {"hidden_size": 4096, "num_attention_heads": 32, "rope_theta": 0.5,
                 "max_position_embeddings": 4096}""", "bad.json");
        assertEquals(List.of("rope_theta must be a number greater than 1 and at most 1e10, got 0.5; not loaded (the"
                + " base already set is kept, 10000 by default)"), c.warnings());
        assertEquals(10_000, c.context(org.ropescope.math.RopeConfig.DEFAULT).base());
    }

    @Test
    void aOneValueLongRopeListIsBroadcastAsTorchDoes() throws Exception {
        HfModelConfig c = HfConfigReader.parse("""
                {"hidden_size": 3072, "num_attention_heads": 32, "rope_theta": 10000.0,
                 "max_position_embeddings": 131072, "original_max_position_embeddings": 4096,
                 "rope_scaling": {"type": "longrope", "long_factor": [2.0], "short_factor": [1.0]}}""", "one.json");
        assertEquals(List.of("rope_scaling.long_factor has 1 value for 48 pairs: transformers warns and torch applies"
                + " it to every pair; so does RoPEScope", "rope_scaling.short_factor has 1 value for 48 pairs:"
                + " transformers warns and torch applies it to every pair; so does RoPEScope"), c.warnings());
        ScaledFrequencies f = c.scaling().orElseThrow().evaluate(c.context());
        assertEquals(Math.pow(10_000, -40.0 / 96) / 2, f.invFreq(20), 1e-18, "every pair's frequency halved");
    }

    @Test
    void layersWithoutRopeAreCounted() throws Exception {
        HfModelConfig c = HfConfigReader.parse("""
                {"model_type": "smollm3", "hidden_size": 2048, "num_attention_heads": 16, "rope_theta": 5000000.0,
                 "max_position_embeddings": 65536, "no_rope_layers": [1, 1, 1, 0, 1, 1, 1, 0]}""", "smollm3.json");
        assertEquals(List.of("no_rope_layers: 2 of 8 layers use no RoPE at all (NoPE); the curves show the other"
                + " layers"), c.warnings());
    }

    @Test
    void stableLmsRopePctIsItsRotatingShare() throws Exception {
        HfModelConfig c = HfConfigReader.parse("""
                {"model_type": "stablelm_epoch", "hidden_size": 2560, "num_attention_heads": 32,
                 "max_position_embeddings": 4096, "rope_theta": 10000, "rope_pct": 0.25}""", "stablelm.json");
        assertEquals(List.of(), c.warnings());
        assertEquals(10, c.context().pairs(), "80 * 0.25 = 20 dimensions turn");
    }

    // ---- broken files: what loads, and the message for what does not -----------------------

    @Test
    void missingFieldsAreNamedAndTheRestLoads() throws Exception {
        HfModelConfig c = read("broken_missing_fields.json");
        assertEquals(List.of(
                "rope_theta is missing; using 10000, the transformers default",
                "head_dim is missing, and so is hidden_size; the head dimension already set is kept (128 by default)",
                "max_position_embeddings is missing; the lengths already set are kept (4096 by default)",
                "rope_scaling.low_freq_factor is missing; llama3 needs it; drawn without scaling",
                "rope_scaling.high_freq_factor is missing; llama3 needs it; drawn without scaling"), c.warnings());
        assertEquals(8192, c.originalLength().getAsLong(), "the original length still loads");
        assertTrue(c.scaling().isEmpty());
        assertFalse(c.isComplete());
        InvalidConfigException e = assertThrows(InvalidConfigException.class, c::context);
        assertEquals("broken_missing_fields.json: head_dim could not be loaded (nor hidden_size / num_attention_heads)",
                e.getMessage());
        // the window fills the gap from what it shows now; m is still the file's 8192 x 8
        assertEquals(new ScalingContext(10_000, 128, 1.0, 8192, 65_536), c.context(RopeConfig.DEFAULT));
    }

    @Test
    void stringsForNumbersAreNamed() throws Exception {
        HfModelConfig c = read("broken_strings_for_numbers.json");
        assertEquals(List.of(
                "rope_theta must be a number, got the string \"500000.0\"; not loaded",
                "rope_scaling.factor must be a number, got the string \"8.0\"; not loaded"), c.warnings());
        assertTrue(c.ropeTheta().isEmpty());
        assertEquals(128, c.headDim().getAsInt(), "head_dim wins over the ill-typed hidden_size");
        assertTrue(c.scaling().isEmpty());
    }

    @Test
    void unknownTypeIsNamed() throws Exception {
        HfModelConfig c = read("broken_unknown_type.json");
        assertEquals(List.of("rope_scaling.type \"xpos\" is not a rope type transformers knows (default, linear,"
                + " dynamic, yarn, llama3, longrope, proportional); drawn without scaling"), c.warnings());
        assertTrue(c.scaling().isEmpty());
        assertEquals(new ScalingContext(10_000, 128, 1.0, 4096, 4096), c.context(), "the model itself loads");
    }

    @Test
    void longRopeListOfTheWrongLengthIsNamed() throws Exception {
        HfModelConfig c = read("broken_longrope_length.json");
        assertEquals(List.of("rope_scaling: longrope long_factor must have 48 values (one per rotating pair, d/2 with"
                + " d = 96), got 3; drawn without scaling"), c.warnings());
        assertTrue(c.scaling().isEmpty());
    }

    @Test
    void badValuesAreNamed() throws Exception {
        HfModelConfig c = read("broken_bad_values.json");
        assertEquals(List.of(
                "partial_rotary_factor must be a number above 0 and at most 1, got 2; using 1",
                "max_position_embeddings must be a whole number, got 4096.5; not loaded",
                "rope_scaling.original_max_position_embeddings is missing; using max_position_embeddings, as"
                        + " transformers does",
                "rope_scaling.beta_fast must be a number, got true; not loaded",
                "rope_scaling: yarn factor must be a number above 0 and at most 1e8, got -2; drawn without scaling"),
                c.warnings());
        assertTrue(c.scaling().isEmpty());
        assertEquals(128, c.headDim().getAsInt());
    }

    @Test
    void truncatedJsonIsRefusedWithWhereItEnds() {
        HfConfigException e = assertThrows(HfConfigException.class, () -> read("broken_truncated.json"));
        assertEquals("broken_truncated.json is not valid JSON: it ends before the text is complete (line 8, column 1)",
                e.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        HfConfigException e = assertThrows(HfConfigException.class, () -> read("broken_duplicate_key.json"));
        assertEquals("broken_duplicate_key.json is not valid JSON (line 4, column 15): Duplicate field 'rope_theta'",
                e.getMessage());
    }

    @Test
    void notAnObjectEmptyOrMissing(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2, 3]");
        assertEquals("list.json must hold a JSON object ({ ... }), got a list",
                assertThrows(HfConfigException.class, () -> HfConfigReader.read(list)).getMessage());
        Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
        assertEquals("empty.json is empty",
                assertThrows(HfConfigException.class, () -> HfConfigReader.read(empty)).getMessage());
        assertEquals("nowhere.json does not exist",
                assertThrows(HfConfigException.class, () -> HfConfigReader.read(dir.resolve("nowhere.json"))).getMessage());
        assertEquals("junk.json is not valid JSON (line 1, column 1): Unrecognized token 'abcd': was expecting"
                + " (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or token 'null', 'true' or 'false')",
                assertThrows(HfConfigException.class,
                        () -> HfConfigReader.read(Files.writeString(dir.resolve("junk.json"), "abcd"))).getMessage());
    }

    @Test
    void fileOverSixteenMebibytesIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("config.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(17L * 1024 * 1024); // sparse: no 17 MiB written, and not JSON either
        }
        HfConfigException e = assertThrows(HfConfigException.class, () -> HfConfigReader.read(big));
        assertEquals("config.json is 17.0 MiB; a model configuration is at most 16 MiB", e.getMessage());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        HfConfigException e = assertThrows(HfConfigException.class, () -> HfConfigReader.parse(deep, "deep.json"));
        assertEquals("deep.json nests more than 64 levels deep; a model configuration never does", e.getMessage());
    }

    @Test
    void pythonsNaNIsNamedNotDrawn() throws Exception {
        HfModelConfig c = HfConfigReader.parse("{\"head_dim\": 128, \"max_position_embeddings\": 4096,"
                + " \"rope_theta\": NaN}", "nan.json");
        assertEquals(List.of("rope_theta must be a finite number, got NaN; not loaded"), c.warnings());
        assertTrue(c.ropeTheta().isEmpty());
    }

    @Test
    void wrongTypedBlockAndAliases() throws Exception {
        HfModelConfig c = HfConfigReader.parse("{\"hidden_size\": 3072, \"num_attention_heads\": 32,"
                + " \"max_position_embeddings\": 4096, \"rope_theta\": 10000, \"rope_scaling\": \"yarn\"}", "x.json");
        assertEquals(List.of("rope_scaling must be an object or null, got the string \"yarn\"; drawn without scaling"),
                c.warnings());
        assertTrue(c.isComplete());
        HfModelConfig su = HfConfigReader.parse("{\"hidden_size\": 64, \"num_attention_heads\": 4,"
                + " \"max_position_embeddings\": 64, \"original_max_position_embeddings\": 16, \"rope_theta\": 10000,"
                + " \"rope_scaling\": {\"type\": \"su\", \"long_factor\": [1,2,3,4,5,6,7,8],"
                + " \"short_factor\": [1,1,1,1,1,1,1,1], \"short_mscale\": 1.1}}", "phi.json");
        assertEquals(List.of("rope_scaling.type \"su\" is the old name of \"longrope\"; read as longrope",
                "rope_scaling.short_mscale is not used by longrope; ignored"), su.warnings());
        assertInstanceOf(LongRope.class, su.scaling().orElseThrow());
        assertEquals(new ScalingContext(10_000, 16, 1.0, 16, 64), su.context());
    }
}
