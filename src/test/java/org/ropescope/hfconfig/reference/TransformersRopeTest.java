package org.ropescope.hfconfig.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The reference port itself against values computed by transformers' own functions in float32 (the
 * same values {@code HuggingFaceValuesTest} quotes), so the corpus test compares RoPEScope with a port
 * that is anchored to transformers, not only with a second reading of the same source.
 */
class TransformersRopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static void rel(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-6, what);
    }

    @Test
    void llama31MatchesTransformersFloat32Values() throws Exception {
        TransformersRope.Result r = TransformersRope.compute(json("""
                {"model_type": "llama", "hidden_size": 4096, "num_attention_heads": 32, "rope_theta": 500000.0,
                 "max_position_embeddings": 131072, "rope_scaling": {"factor": 8.0, "low_freq_factor": 1.0,
                 "high_freq_factor": 4.0, "original_max_position_embeddings": 8192, "rope_type": "llama3"}}"""),
                null, 131_072);
        assertEquals(64, r.invFreq().length);
        rel(1.6560440081e-02, r.invFreq()[20], "inv_freq[20]");
        rel(3.4281021960e-05, r.invFreq()[40], "inv_freq[40]");
        rel(3.0689259889e-07, r.invFreq()[63], "inv_freq[63]");
        assertEquals(1.0, r.attentionFactor());
    }

    @Test
    void yarnMatchesTransformersFloat32Values() throws Exception {
        TransformersRope.Result r = TransformersRope.compute(json("""
                {"model_type": "llama", "hidden_size": 4096, "num_attention_heads": 32, "rope_theta": 10000,
                 "max_position_embeddings": 16384, "rope_scaling": {"rope_type": "yarn", "factor": 4.0,
                 "original_max_position_embeddings": 4096}}"""), null, 16_384);
        rel(1.138629436, r.attentionFactor(), "0.1 ln 4 + 1");
        rel(5.6234132519e-02, r.invFreq()[20], "inv_freq[20]");
        rel(1.3378867024e-03, r.invFreq()[40], "inv_freq[40]");
        rel(2.8869549617e-05, r.invFreq()[63], "inv_freq[63]");
    }

    @Test
    void longRopeAttentionFactorOfPhi3() throws Exception {
        StringBuilder ones = new StringBuilder("1.0");
        for (int i = 1; i < 48; i++) {
            ones.append(", 1.0");
        }
        TransformersRope.Result r = TransformersRope.compute(json("""
                {"model_type": "phi3", "hidden_size": 3072, "num_attention_heads": 32, "rope_theta": 10000.0,
                 "max_position_embeddings": 131072, "original_max_position_embeddings": 4096,
                 "rope_scaling": {"type": "longrope", "long_factor": [%s], "short_factor": [%s]}}"""
                .formatted(ones, ones)), null, 131_072);
        assertEquals(1.1902380714238083, r.attentionFactor(), 1e-12);
    }

    @Test
    void aTypeTransformersDoesNotKnowRaises() throws Exception {
        JsonNode ntk = json("""
                {"hidden_size": 4096, "num_attention_heads": 32, "max_position_embeddings": 4096,
                 "rope_scaling": {"type": "ntk", "factor": 4.0}}""");
        assertThrows(TransformersRope.Raised.class, () -> TransformersRope.compute(ntk, null, 4096));
    }
}
