package org.ropescope.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.testing.Book;

class TeachingTest {

    /**
     * The issue-2 table, with the pairs whose original period 2*pi*b^(2i/d) is at most m_l counted by
     * hand (Python, exact comparison of each period with m_l) and the shortcut's mismatch
     * s^(-2/d) - 1 in percent.
     */
    @ParameterizedTest(name = "b={0} d={1} m_l={2} m={3}: {4} pairs turn, lambda = s misses by {5} %")
    @CsvSource({
        "10000,   128, 2048,  8192,   41, -2.142793791229991",
        "10000,   128, 4096,  32768,  46, -3.1969103253852826",
        "10000,   64,  2048,  4096,   21, -2.142793791229991",
        "500000,  128, 8192,  131072, 35, -4.23967193014263",
        "10000,   4,   1000,  4000,   2,  -50.0",
        "1000000, 128, 16384, 100000, 37, -2.7867838013426294",
    })
    void countsAndMismatchForTheCoreTable(double b, int d, long ml, long m, int turning, double percent) {
        RopeConfig c = RopeConfig.of(b, d, ml, m);
        assertEquals(turning, Teaching.pairsCompletingTurn(c));
        assertEquals(percent, Teaching.naiveMismatchPercent(c), Math.abs(percent) * 1e-12);
    }

    @Test
    void theCountIsTheScanFromPairZero() {
        int checked = 0;
        for (double b : new double[] {100, 10_000, 500_000, 1e9}) {
            for (int d : new int[] {4, 64, 128, 1000, 8192}) {
                for (long ml : new long[] {16, 1000, 4096, 131_072, 100_000_000}) {
                    RopeConfig c = RopeConfig.of(b, d, ml, ml);
                    int scan = 0;
                    while (scan < c.pairs() && RopeMath.period(b, d, scan) <= ml) {
                        scan++;
                    }
                    assertEquals(scan, Teaching.pairsCompletingTurn(c), "b=" + b + " d=" + d + " m_l=" + ml);
                    checked += scan > 0 && scan < c.pairs() ? 1 : 0;
                }
            }
        }
        assertTrue(checked > 20, "most cases end inside the head: " + checked);
    }

    @Test
    void theDefaultIs46Of64() {
        assertEquals(46, Teaching.pairsCompletingTurn(RopeConfig.DEFAULT));
        assertEquals(64, RopeConfig.DEFAULT.pairs());
        // pair 45 turns within 4,096 tokens, pair 46 does not
        assertEquals(true, RopeMath.period(10000, 128, 45) <= 4096);
        assertEquals(true, RopeMath.period(10000, 128, 46) > 4096);
    }

    @Test
    void aPeriodEqualToTheContextCountsAsATurn() {
        // d = 4: pair 1 has period 2*pi*sqrt(b) = 6,283.19 tokens for b = 1e6
        assertEquals(2, Teaching.pairsCompletingTurn(RopeConfig.of(1e6, 4, 6284, 6284)));
        assertEquals(1, Teaching.pairsCompletingTurn(RopeConfig.of(1e6, 4, 6283, 6283)));
    }

    @Test
    void theShortcutsLastPairFallsShortOfPi() {
        RopeConfig c = RopeConfig.DEFAULT;
        double naive = Teaching.naivePeriod(c, 63);
        double pi = Book.period(MethodKind.LINEAR, c, 63);
        assertEquals(212976.98384788446, naive, 212976.98 * 1e-12);
        assertEquals(naive / pi - 1, Teaching.naiveMismatch(c), 1e-14);
        assertEquals(2 * Math.PI, Teaching.naivePeriod(c, 0), 1e-15); // pair 0 still keeps 2*pi
    }

    @Test
    void noStretchNoMismatch() {
        assertEquals(0.0, Teaching.naiveMismatchPercent(RopeConfig.of(10000, 128, 4096, 4096)));
    }

    /** Issue 13: the ladder of stretch factors the Shift+arrow keys walk, as a class says them. */
    @org.junit.jupiter.api.Test
    void theScaleLadderIsOneOneAndAHalfTwoThreeFourSixEight() {
        java.util.List<Double> up = new java.util.ArrayList<>();
        double s = 1;
        for (int k = 0; k < 9; k++) {
            s = Teaching.nextScale(s, 1);
            up.add(s);
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0), up);
        org.junit.jupiter.api.Assertions.assertEquals(4.0, Teaching.nextScale(4.5, -1));
        org.junit.jupiter.api.Assertions.assertEquals(6.0, Teaching.nextScale(4.5, 1));
        org.junit.jupiter.api.Assertions.assertEquals(1.0, Teaching.nextScale(1.2, -1));
        org.junit.jupiter.api.Assertions.assertEquals(1.0, Teaching.nextScale(1.0, -1), "never below 1");
        org.junit.jupiter.api.Assertions.assertEquals(12.0, Teaching.nextScale(16.0, -1));
    }
}
