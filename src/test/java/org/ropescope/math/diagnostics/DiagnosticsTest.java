package org.ropescope.math.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ropescope.testing.PaperSums.theta;

import org.junit.jupiter.api.Test;

/** Critical dimension (Liu et al. 2024), new angles and the first negative of B, against hand-written references. */
class DiagnosticsTest {

    @Test
    void theBooksExampleHas46CriticalPairs() {
        CriticalDimension c = CriticalDimension.of(10_000, 128, 4096);
        assertEquals(46, c.criticalPairs());
        assertEquals(92, c.criticalDimension());
        // Liu et al.: d_extra = 2 * ceil((d/2) log_b(T_train / 2 pi)) = 2 * ceil(45.03) = 92
        assertEquals(92, 2 * (int) Math.ceil(64 * Math.log(4096 / (2 * Math.PI)) / Math.log(10_000)));
        // T_extra = 2 pi b'^(92/128): 2 pi * 10^2.875 for b' = b
        assertEquals(2 * Math.PI * Math.pow(10, 2.875), c.extrapolationBound(10_000), 1e-9);
        assertEquals(2 * Math.PI * Math.pow(40_886.4, 92.0 / 128), c.extrapolationBound(40_886.4), 1e-9);
    }

    @Test
    void criticalPairsCountPeriodsUpToTheTrainingLength() {
        // d = 4, b = 100: periods 2 pi and 2 pi * 10 = 62.83
        assertEquals(1, CriticalDimension.of(100, 4, 62).criticalPairs());
        assertEquals(2, CriticalDimension.of(100, 4, 63).criticalPairs());
        assertEquals(0, CriticalDimension.of(100, 4, 6).criticalPairs());
    }

    @Test
    void originalRopeAt16kMeetsNewAnglesOnPairsThatNeverTurned() {
        double[] t = theta(10_000, 128);
        NewAngles original = NewAngles.of(t, t, 4096, 16_384);
        assertEquals(64 - 46, original.count()); // every pair that never turned; ratio 4 each
        assertEquals(4, original.ratio(63), 1e-15);
        assertFalse(original.meetsNew(45));
        assertTrue(original.meetsNew(46));

        double[] pi = new double[64];
        double[] ntk = theta(10_000 * Math.pow(4, 128.0 / 126), 128);
        for (int i = 0; i < 64; i++) {
            pi[i] = t[i] / 4;
        }
        assertEquals(0, NewAngles.of(t, pi, 4096, 16_384).count());
        NewAngles base = NewAngles.of(t, ntk, 4096, 16_384);
        // base scaling: ratio s^(1 - 2i/(d-2)) > 1 for i < 63; pairs 46 .. 62 never turned
        assertEquals(17, base.count());
        assertEquals(Math.pow(4, 1 - 92.0 / 126), base.ratio(46), 1e-12);
        assertFalse(base.meetsNew(63));
    }

    @Test
    void firstNegativeIsTheSmallestIntegerWithANegativeDecay() {
        for (double b : new double[] {100, 10_000, 500_000}) {
            double[] t = theta(b, 64);
            long expected = -1;
            for (long delta = 0; delta <= 200_000 && expected < 0; delta++) {
                if (LongTermDecay.at(t, delta) < 0) {
                    expected = delta;
                }
            }
            FirstNegative f = FirstNegative.search(t, 200_000);
            if (expected < 0) {
                assertEquals(FirstNegative.Status.NONE, f.status(), "b = " + b);
            } else {
                assertEquals(FirstNegative.Status.FOUND, f.status(), "b = " + b);
                assertEquals(expected, f.distance(), "b = " + b);
            }
        }
    }

    @Test
    void aSearchOverItsBudgetSaysHowFarItGot() {
        double[] t = theta(1e9, 256);
        FirstNegative f = FirstNegative.search(t, 100_000_000L, 1_000_000);
        assertEquals(FirstNegative.Status.STOPPED, f.status());
        assertTrue(f.searchedTo() > 0 && f.searchedTo() < 100_000_000L);
        for (long delta = 0; delta <= f.searchedTo(); delta += 97) {
            assertTrue(LongTermDecay.at(t, delta) >= 0, "delta " + delta);
        }
    }
}
