package org.ropescope.math.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ropescope.testing.PaperSums.decay;
import static org.ropescope.testing.PaperSums.theta;

import org.junit.jupiter.api.Test;

/** B(delta) of Men et al. 2024 against a direct sum written from the paper's formula. */
class LongTermDecayTest {

    @Test
    void isOneAtDistanceZero() {
        assertEquals(1.0, LongTermDecay.at(theta(10_000, 128), 0), 0);
    }

    @Test
    void atMatchesTheDirectSum() {
        for (double delta : new double[] {1, 7, 100, 4095.5, 16_384, 1e6}) {
            assertEquals(decay(10_000, 128, delta), LongTermDecay.at(theta(10_000, 128), delta), 1e-14, "delta " + delta);
        }
        // a worked value: d = 4, b = 100 has theta = {1, 0.1}; B(10) = (cos 10 + cos 1) / 2
        assertEquals((Math.cos(10) + Math.cos(1)) / 2, LongTermDecay.at(new double[] {1, 0.1}, 10), 1e-15);
    }

    @Test
    void overMatchesTheDirectSumAtEveryIntegerAndOnUnevenGrids() {
        double[] t = theta(500_000, 256);
        double[] b = LongTermDecay.overIntegers(t, 20_000);
        for (int k = 0; k <= 20_000; k++) {
            assertEquals(decay(500_000, 256, k), b[k], 1e-12, "delta " + k);
        }
        double[] x = {0, 3, 5, 1e5, 1e5 + 0.5, 1e5 + 1, 1e5 + 1.5, 2, 7e7};
        double[] v = LongTermDecay.over(t, x);
        for (int k = 0; k < x.length; k++) {
            assertEquals(decay(500_000, 256, x[k]), v[k], 1e-12, "x " + x[k]);
        }
    }

    @Test
    void overFollowsTheChartGridsAndAgreesWithTheDirectSum() {
        double[] t = theta(10_000, 128);
        for (double[] x : new double[][] {DecayGrid.log(100_000_000L, 32), DecayGrid.linear(16_384, 600),
            DecayGrid.linear(100_000_000L, 600), DecayGrid.log(3, 32)}) {
            double[] v = LongTermDecay.over(t, x);
            for (int k = 0; k < x.length; k++) {
                // rounding of delta*theta: about 1e-16 of the angle, so 1e-8 rad at 1e8 tokens
                assertEquals(decay(10_000, 128, x[k]), v[k], 1e-12 + 1e-15 * x[k], "x " + x[k]);
            }
        }
        double[] log = DecayGrid.log(100_000_000L, 32);
        assertEquals(1, log[0]);
        assertEquals(100_000_000L, log[log.length - 1]);
        for (int k = 1; k < log.length; k++) {
            assertEquals(true, log[k] > log[k - 1] && log[k] == Math.rint(log[k]), "rising whole distances");
        }
    }

    @Test
    void refusesAnEmptySpectrum() {
        assertThrows(IllegalArgumentException.class, () -> LongTermDecay.at(new double[0], 1));
    }
}
