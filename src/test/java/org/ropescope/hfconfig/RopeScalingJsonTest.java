package org.ropescope.hfconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.DynamicNtk;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

/** "Copy as config.json": the text a person pastes, and that it reads back to the same method. */
class RopeScalingJsonTest {

    private static final ScalingContext QWEN = new ScalingContext(1_000_000, 128, 1.0, 32_768, 131_072);

    @Test
    void yarnBlockIsWhatQwenDocumentsPlusTheBetas() {
        assertEquals("""
                "rope_scaling": {
                  "rope_type": "yarn",
                  "factor": 4.0,
                  "original_max_position_embeddings": 32768,
                  "beta_fast": 32.0,
                  "beta_slow": 1.0
                }""", RopeScalingJson.render(Yarn.followingContext(), QWEN));
    }

    @Test
    void llama3Block() {
        ScalingContext llama = new ScalingContext(500_000, 128, 1.0, 8192, 131_072);
        assertEquals("""
                "rope_scaling": {
                  "rope_type": "llama3",
                  "factor": 8.0,
                  "low_freq_factor": 1.0,
                  "high_freq_factor": 4.0,
                  "original_max_position_embeddings": 8192
                }""", RopeScalingJson.render(Llama3.of(8, 1, 4), llama));
    }

    @Test
    void defaultAndNtkHaveNoBlockOfTheirOwn() {
        assertEquals("\"rope_scaling\": null", RopeScalingJson.render(DefaultRope.INSTANCE, QWEN));
        ScalingContext book = ScalingContext.DEFAULT;
        assertEquals("\"rope_theta\": " + Ntk.of(4).scaledBase(book) + ",\n\"rope_scaling\": null",
                RopeScalingJson.render(Ntk.of(4), book));
    }

    @Test
    void everyBlockReadsBackToTheSameMethod() throws Exception {
        List<Double> ones = Collections.nCopies(64, 1.0);
        List<Double> twos = Collections.nCopies(64, 2.0);
        ScalingContext ctx = new ScalingContext(10_000, 128, 1.0, 4096, 16_384);
        List<ScalingMethod> methods = List.of(Linear.of(4), DynamicNtk.of(2), Yarn.of(4).withBetas(16, 2)
                .withTruncate(false).withAttentionFactor(1.2), Yarn.of(40).withMscale(1, 0.707), Llama3.of(4, 1, 4),
                LongRope.of(twos, ones));
        for (ScalingMethod m : methods) {
            String json = "{\"head_dim\": 128, \"num_attention_heads\": 32, \"rope_theta\": 10000.0,"
                    + " \"max_position_embeddings\": 4096,\n" + RopeScalingJson.render(m, ctx) + "}";
            HfModelConfig back = HfConfigReader.parse(json, "pasted");
            assertEquals(List.of(), back.warnings(), json);
            ScalingMethod read = back.scaling().orElseThrow();
            assertEquals(4096, back.originalLength().getAsLong(), json);
            assertEquals(m.kind(), read.kind());
            for (int i = 0; i < 64; i++) {
                assertEquals(m.evaluate(ctx).period(i), read.evaluate(ctx).period(i), 0.0, m.id() + " " + i);
            }
            assertEquals(m.evaluate(ctx).attentionFactor(), read.evaluate(ctx).attentionFactor(), m.id());
        }
    }
}
