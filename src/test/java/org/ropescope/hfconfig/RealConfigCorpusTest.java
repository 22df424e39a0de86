package org.ropescope.hfconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ropescope.hfconfig.reference.TransformersRope;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * Every published configuration in {@code corpus/} (sources in its README), every layer kind of it,
 * against an independent float64 port of transformers' RoPE code ({@link TransformersRope}): each
 * rotating pair's inverse frequency and the attention factor agree to 1e-9 relative, and the pairs
 * RoPEScope does not turn are exactly the ones transformers gives a zero frequency.
 */
class RealConfigCorpusTest {

    private static final double REL = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path corpus() {
        return HfConfigReaderTest.resource("corpus/llama2_7b.json").getParent();
    }

    static Stream<Arguments> filesAndLayers() throws IOException, HfConfigException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                HfModelConfig c = HfConfigReader.read(p);
                if (c.layerTypes().isEmpty()) {
                    out.add(Arguments.of(p.getFileName().toString(), null));
                } else {
                    c.layerTypes().forEach(t -> out.add(Arguments.of(p.getFileName().toString(), t)));
                }
            }
        }
        return out.stream();
    }

    @Test
    void theCorpusHoldsAtLeast25RealFilesEachNamedInTheReadme() throws IOException {
        String readme = Files.readString(corpus().resolve("README.md"));
        List<String> names;
        try (Stream<Path> files = Files.list(corpus())) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertTrue(names.size() >= 25, names.toString());
        for (String n : names) {
            assertTrue(readme.contains("`" + n + "`"), n + " has its source in the README");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("filesAndLayers")
    void matchesTransformers(String file, String layerType) throws Exception {
        Path p = corpus().resolve(file);
        HfModelConfig c = HfConfigReader.read(p, layerType);
        ScalingContext ctx = c.context();
        ScalingMethod m = c.scaling().orElse(DefaultRope.INSTANCE);
        ScaledFrequencies got = m.evaluate(ctx);
        JsonNode tree = JSON.readTree(p.toFile());
        TransformersRope.Result want = TransformersRope.compute(tree, layerType, ctx.newLength());
        double[] ref = want.invFreq();
        int turning = 0;
        while (turning < ref.length && ref[turning] != 0) {
            turning++;
        }
        assertEquals(turning, ctx.pairs(), file + ": rotating pairs");
        assertTrue(ref.length == ctx.pairs() || ref.length == ctx.headPairs(), file + ": pairs per head");
        for (int i = turning; i < ref.length; i++) {
            assertEquals(0.0, ref[i], file + ": transformers' non-turning pair " + i);
        }
        for (int i = 0; i < ctx.pairs(); i++) {
            double rel = Math.abs(got.invFreq(i) - ref[i]) / ref[i];
            assertTrue(rel <= REL, file + " pair " + i + ": RoPEScope " + got.invFreq(i) + ", transformers " + ref[i]
                    + " (relative " + rel + ")");
        }
        double a = got.attentionFactor().orElse(1.0);
        assertEquals(want.attentionFactor(), a, want.attentionFactor() * REL, file + ": attention factor");
        for (String w : c.warnings()) {
            assertFalse(w.contains("\n"), "one line: " + w);
        }
    }

    private static List<String> warnings(String file) throws HfConfigException {
        return HfConfigReader.read(corpus().resolve(file)).warnings();
    }

    private static void warns(String file, String... parts) throws HfConfigException {
        List<String> w = warnings(file);
        for (String part : parts) {
            assertTrue(w.stream().anyMatch(x -> x.contains(part)), file + " names '" + part + "': " + w);
        }
    }

    @Test
    void filesTransformersReadsCleanlyLoadWithoutALine() throws Exception {
        for (String f : List.of("llama2_7b.json", "llama3_1_8b.json", "llama3_2_1b.json", "mistral_nemo.json",
                "qwen2_vl_7b.json", "qwen3_vl_8b.json", "qwen3_next_80b_a3b.json", "gpt_oss_20b.json", "pythia_410m.json",
                "phi3_5_mini_instruct.json", "yi_6b.json", "codellama_7b.json", "mixtral_8x7b.json")) {
            assertEquals(List.of(), warnings(f), f);
        }
    }

    @Test
    void whatIsNotShownOrTakenFromADefaultIsNamed() throws Exception {
        warns("llama4_scout.json", "high_freq_factor (1) is not above low_freq_factor (1)", "plain step at 8192 tokens",
                "every 4th layer no RoPE at all");
        warns("gemma3_27b_it.json", "rope_theta is missing; using 1000000", "max_position_embeddings is missing;"
                + " using 131072", "not shown: sliding_attention, which turns with rope_local_base_freq (10000)");
        warns("gemma3_1b_it.json", "not shown: sliding_attention");
        warns("gemma4_layers.json", "not shown: sliding_attention", "turns 64 of 256 pairs at b^(-2i/512)");
        warns("deepseek_v3.json", "softmax scale by get_mscale(factor, mscale_all_dim)^2 = 1.8739");
        warns("phi3_5_moe_instruct.json", "long_mscale (1.243163121016122) is the attention factor");
        warns("falcon_7b_refinedweb.json", "max_position_embeddings is missing; using 2048");
        warns("glm4_9b_chat.json", "base 10000 x rope_ratio (500) = 5000000");
        warns("phi3_vision_128k_instruct.json", "\"su\" is the old name of \"longrope\"");
    }

    @Test
    void theFamiliesTheIssueNamesReadTheRightDimensions() throws Exception {
        HfModelConfig v3 = HfConfigReader.read(corpus().resolve("deepseek_v3.json"));
        assertEquals(32, v3.context().pairs(), "qk_rope_head_dim 64, not 7168 / 128 = 56");
        HfModelConfig lite = HfConfigReader.read(corpus().resolve("deepseek_v2_lite.json"));
        assertEquals(32, lite.context().pairs(), "qk_rope_head_dim 64, not 2048 / 16 = 128");
        HfModelConfig falcon = HfConfigReader.read(corpus().resolve("falcon_7b_refinedweb.json"));
        assertEquals(32, falcon.context().pairs(), "4544 / n_head 71 = 64");
        HfModelConfig glm = HfConfigReader.read(corpus().resolve("glm4_9b_chat.json"));
        assertEquals(32, glm.context().pairs(), "kv_channels 128 / 2 rotate: 32 pairs of 64");
        assertEquals(64, glm.context().headPairs());
        assertEquals(5_000_000, glm.context().base());
        assertEquals(131_072, glm.context().originalLength(), "seq_length");
        HfModelConfig phimoe = HfConfigReader.read(corpus().resolve("phi3_5_moe_instruct.json"));
        assertEquals(1.2432, phimoe.scaling().get().evaluate(phimoe.context()).attentionFactor().getAsDouble(), 1e-4);
        HfModelConfig dyn = HfConfigReader.read(corpus().resolve("internlm2_5_7b_chat.json"));
        assertEquals(32_768, dyn.context().originalLength(), "dynamic's threshold is max_position_embeddings");
    }

    @Test
    void theSlidingLayersOfGemma3TurnWithTheLocalBaseUnscaled() throws Exception {
        HfModelConfig local = HfConfigReader.read(corpus().resolve("gemma3_27b_it.json"), "sliding_attention");
        assertEquals("sliding_attention", local.layerType());
        assertEquals(10_000, local.context().base());
        assertTrue(local.scaling().isEmpty());
        HfModelConfig global = HfConfigReader.read(corpus().resolve("gemma3_27b_it.json"));
        assertEquals("full_attention", global.layerType());
        assertEquals(1_000_000, global.context().base());
        assertEquals(8, global.scaling().get().factor(global.context()));
    }

    @Test
    void aFactorOtherThanTheLengthsRatioIsNamed() throws Exception {
        HfModelConfig l31 = HfConfigReader.read(corpus().resolve("llama3_1_8b.json"));
        assertEquals("llama3 uses factor 8, not m/m_l = 16 (m = 131072, m_l = 8192)",
                l31.factorNote(l31.context()).orElseThrow());
        HfModelConfig l4 = HfConfigReader.read(corpus().resolve("llama4_scout.json"));
        assertEquals("llama3 uses factor 16, not m/m_l = 1280 (m = 10485760, m_l = 8192)",
                l4.factorNote(l4.context()).orElseThrow());
        HfModelConfig v3 = HfConfigReader.read(corpus().resolve("deepseek_v3.json"));
        assertTrue(v3.factorNote(v3.context()).isEmpty(), "40 = 163840 / 4096");
    }
}
