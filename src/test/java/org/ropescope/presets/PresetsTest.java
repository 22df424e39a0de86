package org.ropescope.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

/** The bundled presets load cleanly, name their sources, and carry the models' numbers. */
class PresetsTest {

    private final List<Preset> presets = Presets.load();

    @Test
    void everyPresetLoadsSayingWhatItDoesNotShowAndNamesItsSource() {
        assertEquals(List.of("book-example", "llama-2-7b", "llama-3.1-8b", "code-llama-7b", "mistral-7b-v0.2",
                "qwen2.5-7b-yarn", "phi-3-mini-128k", "gpt-neox-20b", "deepseek-v3", "llama-4-scout", "gemma-3-27b",
                "gpt-oss-20b"), presets.stream().map(Preset::id).toList());
        Map<String, Integer> notes = Map.of("deepseek-v3", 1, "llama-4-scout", 1, "gemma-3-27b", 1);
        for (Preset p : presets) {
            assertEquals(notes.getOrDefault(p.id(), 0), p.config().warnings().size(), p.id() + ": " + p.config().warnings());
            assertFalse(p.source().isBlank(), p.id());
            assertFalse(p.name().isBlank(), p.id());
            ScalingContext c = p.context();
            for (ScalingMethod m : p.methods()) {
                ScaledFrequencies f = m.evaluate(c); // every value finite and positive, or it throws
                assertEquals(c.pairs(), f.size(), p.id() + " " + m.id());
            }
        }
    }

    /**
     * Issue 13, defect 5: the Llama 3.1 note said "8,192 tokens stretched 8x to 131,072" (8,192 x 8 is
     * 65,536; the chart's header says s = 16). Every "N tokens stretched Fx to M" multiplies out, every
     * "s = S" is the preset's m/m_l, and every "factor F" is a factor its methods have.
     */
    @Test
    void everyNoteAgreesWithItsOwnNumbers() {
        java.util.regex.Pattern stretched = java.util.regex.Pattern.compile("([\\d,]+) tokens stretched (\\d+)x to ([\\d,]+)");
        java.util.regex.Pattern sIs = java.util.regex.Pattern.compile("s = (\\d+)");
        java.util.regex.Pattern factor = java.util.regex.Pattern.compile("own factor (\\d+)");
        for (Preset p : presets) {
            ScalingContext c = p.context();
            var m = stretched.matcher(p.note());
            while (m.find()) {
                long from = Long.parseLong(m.group(1).replace(",", ""));
                long times = Long.parseLong(m.group(2));
                long to = Long.parseLong(m.group(3).replace(",", ""));
                assertEquals(to, from * times, p.id() + ": " + m.group());
                assertEquals(to, c.newLength(), p.id());
            }
            var s = sIs.matcher(p.note());
            while (s.find()) {
                assertEquals((double) c.newLength() / c.originalLength(), Double.parseDouble(s.group(1)), 1e-9, p.id());
            }
            var f = factor.matcher(p.note());
            while (f.find()) {
                double want = Double.parseDouble(f.group(1));
                assertTrue(p.methods().stream().anyMatch(x -> x.factor(c) == want), p.id() + ": factor " + want);
            }
        }
        String llama = Presets.byId("llama-3.1-8b").orElseThrow().note();
        assertTrue(llama.contains("s = 16") && llama.contains("own factor 8"), llama);
    }

    @Test
    void theNewPresetsTeachWhatTheirFilesDo() {
        Preset v3 = Presets.byId("deepseek-v3").orElseThrow();
        assertEquals(new ScalingContext(10_000, 64, 1.0, 4096, 163_840), v3.context(), "qk_rope_head_dim");
        assertTrue(v3.config().warnings().get(0).contains("softmax scale"), v3.config().warnings().toString());
        Preset scout = Presets.byId("llama-4-scout").orElseThrow();
        assertEquals(Llama3.of(16, 1, 1), scout.config().scaling().orElseThrow());
        assertEquals(10_485_760, scout.context().newLength());
        assertTrue(scout.config().factorNote(scout.context()).orElseThrow().contains("factor 16, not m/m_l = 1280"));
        Preset gemma = Presets.byId("gemma-3-27b").orElseThrow();
        assertEquals(List.of("full_attention", "sliding_attention"), gemma.config().layerTypes());
        assertTrue(gemma.config().warnings().get(0).contains("rope_local_base_freq (10000)"));
        Preset local = Presets.withLayerType(gemma, "sliding_attention");
        assertEquals(10_000, local.context().base(), "rope_local_base_freq");
        assertTrue(local.config().scaling().isEmpty(), "the sliding-window layers are not scaled");
        Preset oss = Presets.byId("gpt-oss-20b").orElseThrow();
        assertFalse(((Yarn) oss.config().scaling().orElseThrow()).truncate());
    }

    @Test
    void theBooksExampleIsTwoToEightThousand() {
        ScalingContext c = Presets.byId("book-example").orElseThrow().context();
        assertEquals(ScalingContext.of(RopeConfig.of(10_000, 128, 2000, 8000)), c);
        assertEquals(3, Presets.byId("book-example").get().methods().size());
    }

    @Test
    void modelsCarryTheirOwnNumbers() {
        Preset llama = Presets.byId("llama-3.1-8b").orElseThrow();
        assertEquals(new ScalingContext(500_000, 128, 1.0, 8192, 131_072), llama.context());
        assertEquals(Llama3.of(8, 1, 4), llama.config().scaling().orElseThrow());

        Preset qwen = Presets.byId("qwen2.5-7b-yarn").orElseThrow();
        assertEquals(new ScalingContext(1_000_000, 128, 1.0, 32_768, 131_072), qwen.context());
        assertEquals(Yarn.of(4), qwen.config().scaling().orElseThrow());

        Preset phi = Presets.byId("phi-3-mini-128k").orElseThrow();
        LongRope lr = (LongRope) phi.config().scaling().orElseThrow();
        assertEquals(48, lr.longFactor().size());
        assertEquals(48, lr.shortFactor().size());
        assertEquals(1.0299999713897705, lr.longFactor().get(0));
        assertEquals(2.9499999999999975, lr.shortFactor().get(47));
        assertEquals(new ScalingContext(10_000, 96, 1.0, 4096, 131_072), phi.context());

        Preset neox = Presets.byId("gpt-neox-20b").orElseThrow();
        assertEquals(24, neox.context().rotaryDim());
        assertEquals(48, neox.context().headPairs());

        assertEquals(1e6, Presets.byId("code-llama-7b").orElseThrow().context().base());
        assertEquals(100_000, Presets.byId("code-llama-7b").get().context().newLength());
        assertEquals(new ScalingContext(1e6, 128, 1.0, 32_768, 32_768),
                Presets.byId("mistral-7b-v0.2").orElseThrow().context());
        assertTrue(Presets.byId("llama-2-7b").orElseThrow().config().scaling().isEmpty());
    }
}
