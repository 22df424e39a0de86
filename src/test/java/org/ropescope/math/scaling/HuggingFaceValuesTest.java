package org.ropescope.math.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The methods against values computed by Hugging Face transformers' own functions
 * ({@code _compute_llama3_parameters}, {@code _compute_yarn_parameters}). transformers works in
 * float32, so agreement is checked to a relative 1e-6.
 */
class HuggingFaceValuesTest {

    private static final double REL = 1e-6;

    private static void assertRel(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * REL, what);
    }

    // Llama 3.1: b = 500000, d = 128, factor 8, low 1, high 4, original 8192
    private static final ScalingContext LLAMA31 = new ScalingContext(500_000, 128, 1.0, 8192, 131_072);
    private static final Llama3 LLAMA3 = Llama3.of(8, 1, 4);

    @Test
    void llama3InverseFrequenciesMatchTransformers() {
        ScaledFrequencies f = LLAMA3.evaluate(LLAMA31);
        assertEquals(64, f.size());
        assertEquals(1.0, f.invFreq(0), 0.0, "pair 0 is never scaled");
        assertRel(1.6560440081e-02, f.invFreq(20), "inv_freq[20]");
        assertRel(3.4281021960e-05, f.invFreq(40), "inv_freq[40]");
        assertRel(3.0689259889e-07, f.invFreq(63), "inv_freq[63]");
        assertEquals(false, f.attentionFactor().isPresent(), "llama3 leaves the attention temperature alone");
    }

    @Test
    void llama3StretchShowsItsThreeBands() {
        ScaledFrequencies f = LLAMA3.evaluate(LLAMA31);
        double[] blend = {1.207484, 1.553414, 2.026313, 2.694530, 3.684254, 5.257327};
        for (int k = 0; k < blend.length; k++) {
            assertRel(blend[k], f.stretch(29 + k), "stretch[" + (29 + k) + "]");
            assertEquals(Llama3.Band.BLENDED, LLAMA3.band(LLAMA31, 29 + k));
        }
        for (int i = 0; i < 29; i++) {
            assertEquals(1.0, f.stretch(i), 1e-15, "kept pair " + i);
            assertEquals(Llama3.Band.KEPT, LLAMA3.band(LLAMA31, i));
        }
        for (int i = 35; i < 64; i++) {
            assertEquals(8.0, f.stretch(i), 8e-15, "scaled pair " + i);
            assertEquals(Llama3.Band.SCALED, LLAMA3.band(LLAMA31, i));
        }
    }

    // YaRN: b = 10000, d = 128, factor 4, original 4096, betas 32/1
    private static final ScalingContext YARN_CTX = new ScalingContext(10_000, 128, 1.0, 4096, 16_384);

    @Test
    void yarnMatchesTransformers() {
        Yarn yarn = Yarn.of(4);
        ScaledFrequencies f = yarn.evaluate(YARN_CTX);
        assertRel(1.138629436, f.attentionFactor().getAsDouble(), "attention factor 0.1 ln 4 + 1");
        Yarn.CorrectionRange r = yarn.correctionRange(YARN_CTX);
        assertEquals(20.0, r.low(), 0.0, "ramp starts at pair 20");
        assertEquals(46.0, r.high(), 0.0, "ramp ends at pair 46");
        assertRel(5.6234132519e-02, f.invFreq(20), "inv_freq[20]");
        assertRel(1.3378867024e-03, f.invFreq(40), "inv_freq[40]");
        assertRel(2.8869549617e-05, f.invFreq(63), "inv_freq[63]");
    }

    @Test
    void yarnRampRisesFromOneToTheFactorBetweenItsBounds() {
        ScaledFrequencies f = Yarn.of(4).evaluate(YARN_CTX);
        for (int i = 0; i <= 20; i++) {
            assertEquals(1.0, f.stretch(i), 1e-12, "extrapolated pair " + i);
        }
        for (int i = 21; i < 46; i++) {
            assertEquals(true, f.stretch(i) > f.stretch(i - 1), "ramp rises at pair " + i);
        }
        for (int i = 46; i < 64; i++) {
            assertEquals(4.0, f.stretch(i), 4e-12, "interpolated pair " + i);
        }
    }

    @Test
    void yarnWithoutTruncationUsesTheRawBounds() {
        Yarn.CorrectionRange r = Yarn.of(4).withTruncate(false).correctionRange(YARN_CTX);
        double low = 128 * Math.log(4096 / (32 * 2 * Math.PI)) / (2 * Math.log(10_000));
        double high = 128 * Math.log(4096 / (1 * 2 * Math.PI)) / (2 * Math.log(10_000));
        assertEquals(low, r.low(), 1e-12);
        assertEquals(high, r.high(), 1e-12);
        assertEquals(20.94, r.low(), 0.01);
        assertEquals(45.03, r.high(), 0.01);
    }

    @Test
    void yarnAttentionFactorFromMscaleOrGiven() {
        // DeepSeek's shape: mscale equal to mscale_all_dim cancels out
        assertEquals(1.0, Yarn.of(40).withMscale(0.707, 0.707).attentionFactor(YARN_CTX).getAsDouble(), 1e-15);
        double expected = (0.1 * 1.0 * Math.log(40) + 1) / (0.1 * 0.707 * Math.log(40) + 1);
        assertEquals(expected, Yarn.of(40).withMscale(1.0, 0.707).attentionFactor(YARN_CTX).getAsDouble(), 1e-15);
        // one of them zero: transformers falls back to get_mscale(factor)
        assertEquals(0.1 * Math.log(40) + 1, Yarn.of(40).withMscale(1.0, 0).attentionFactor(YARN_CTX).getAsDouble(),
                1e-15);
        assertEquals(1.25, Yarn.of(4).withAttentionFactor(1.25).evaluate(YARN_CTX).attentionFactor().getAsDouble());
    }

    @Test
    void longRopeAttentionFactorFollowsTheContextRatio() {
        // Phi-3 mini 128k: 4096 -> 131072, factor 32
        ScalingContext phi3 = new ScalingContext(10_000, 96, 1.0, 4096, 131_072);
        java.util.List<Double> ones = java.util.Collections.nCopies(48, 1.0);
        LongRope lr = LongRope.of(ones, ones);
        assertEquals(Math.sqrt(1 + Math.log(32) / Math.log(4096)), lr.attentionFactor(phi3).getAsDouble(), 1e-15);
        assertEquals(1.1902380714238083, lr.attentionFactor(phi3).getAsDouble(), 1e-12);
    }
}
