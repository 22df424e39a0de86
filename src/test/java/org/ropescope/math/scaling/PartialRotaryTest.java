package org.ropescope.math.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.RopeMath;

/** Only the first {@code int(head_dim * partial_rotary_factor)} dimensions of a head rotate. */
class PartialRotaryTest {

    // GPT-NeoX 20B: head_dim 6144 / 64 = 96, rotary_pct 0.25 -> 24 rotated dimensions, 12 pairs
    private static final ScalingContext NEOX = new ScalingContext(10_000, 96, 0.25, 2048, 8192);

    @Test
    void onlyTheRotatedPairsAreListedAndTheyUseTheRotatedDimension() {
        assertEquals(24, NEOX.rotaryDim());
        assertEquals(12, NEOX.pairs());
        assertEquals(48, NEOX.headPairs());
        ScaledFrequencies f = DefaultRope.INSTANCE.evaluate(NEOX);
        assertEquals(12, f.size());
        // theta_i = b^(-2i/24): the last rotating pair turns once every 2*pi*10000^(22/24) tokens
        assertEquals(RopeMath.TWO_PI * Math.pow(10_000, 22.0 / 24), f.period(11), 1e-9);
    }

    @Test
    void ntkUsesTheRotatedDimensionInItsExponent() {
        Ntk ntk = Ntk.followingContext();
        assertEquals(Math.pow(4, 24.0 / 22), ntk.lambda(NEOX), 1e-15);
        assertEquals(4.0, ntk.evaluate(NEOX).stretch(11), 1e-12, "the last rotating pair matches PI");
    }

    @Test
    void truncatesLikePython() {
        // Phi-2: head 80, partial 0.4 -> int(32.000000000000004) = 32
        assertEquals(32, new ScalingContext(10_000, 80, 0.4, 2048, 2048).rotaryDim());
    }

    @Test
    void rejectsAFactorThatLeavesTooFewOrOddDimensions() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> new ScalingContext(10_000, 96, 0.03, 2048, 2048));
        assertEquals("partial_rotary_factor", e.field());
        assertEquals("head_dim * partial_rotary_factor (96 * 0.03) must give an even rotated dimension of at least 4,"
                + " got 2", e.getMessage());
        e = assertThrows(InvalidConfigException.class, () -> new ScalingContext(10_000, 96, 1.5, 2048, 2048));
        assertEquals("partial_rotary_factor must be a number above 0 and at most 1, got 1.5", e.getMessage());
    }
}
