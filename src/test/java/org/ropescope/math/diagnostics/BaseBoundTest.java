package org.ropescope.math.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ropescope.testing.PaperSums.decay;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The base bound of Men et al. 2024 checked against its definition with a direct sum of cosines
 * written here from the paper: at b_min, B(delta) >= 0 at every integer delta up to L; at b_min/1.01,
 * some delta up to L has B < 0.
 */
class BaseBoundTest {

    /** The smallest integer delta in [0, L] with B < 0, or -1. */
    private static long firstNegative(double b, int d, long length) {
        for (long delta = 0; delta <= length; delta++) {
            if (decay(b, d, delta) < 0) {
                return delta;
            }
        }
        return -1;
    }

    @ParameterizedTest(name = "L = {0}, d = {1}")
    @CsvSource({"2, 128", "100, 128", "1024, 128", "3000, 64", "4096, 128", "16384, 128", "20000, 256", "65536, 128",
        "5000, 16", "777, 4", "262144, 64"})
    void theBoundKeepsTheDecayNonNegativeAndOnePercentLessDoesNot(long length, int dim) {
        BaseBound r = BaseBound.compute(length, dim);
        assertEquals(BaseBound.Status.EXACT, r.status(), r.reason());
        assertEquals(-1, firstNegative(r.base(), dim, length), "B < 0 somewhere up to L at b_min = " + r.base());
        assertTrue(firstNegative(r.base() / 1.01, dim, length) >= 0, "b_min / 1.01 should fail somewhere up to L");
    }

    @Test
    void agreesWithThePapersFittedCurveAndTheCoursesExample() {
        // Men et al. 2024, d = 128: about 4.3e3 at 1k and 2.1e6 at 64k (fit b = 0.0424 L^1.628, loosely)
        assertEquals(4.3e3, BaseBound.compute(1024, 128).base(), 0.05 * 4.3e3);
        assertEquals(2.1e6, BaseBound.compute(65_536, 128).base(), 0.05 * 2.1e6);
        // the read-out: 16,384 tokens need b >= 2.34e5
        assertEquals(2.34e5, BaseBound.compute(16_384, 128).base(), 0.01 * 2.34e5);
    }

    @Test
    void oneTokenNeedsNoParticularBase() {
        assertEquals(BaseBound.Status.ANY_BASE, BaseBound.compute(1, 128).status());
    }

    @Test
    void outsideTheExactRangeSaysWhyAndGivesNoNumber() {
        BaseBound wide = BaseBound.compute(4096, 258);
        assertEquals(BaseBound.Status.NOT_COMPUTED, wide.status());
        assertTrue(Double.isNaN(wide.base()));
        assertEquals("the base bound is computed exactly for a rotated dimension up to 256; d = 258 here",
                wide.reason());
        BaseBound longer = BaseBound.compute(1_048_577, 128);
        assertEquals(BaseBound.Status.NOT_COMPUTED, longer.status());
        assertEquals("the base bound is computed exactly for contexts up to 1,048,576 tokens; L = 1,048,577 here",
                longer.reason());
    }

    @Test
    void aBoundBeyondTheSearchSaysSoInsteadOfANumber() {
        // d = 4: B = (cos delta + cos(delta / sqrt(b))) / 2; near a million tokens cos delta comes within
        // 5e-4 of -1 while the slow pair still turns 0.03 rad at b = 1e15
        assertTrue(decay(1e15, 4, 1_048_095) < 0);
        BaseBound r = BaseBound.compute(1_048_576, 4);
        assertEquals(BaseBound.Status.ABOVE_SEARCH, r.status());
        assertTrue(Double.isNaN(r.base()));
        assertEquals("no base up to 1e15 keeps B(Δ) ≥ 0 at every distance up to 1,048,576", r.reason());
    }

    @Test
    void stopsWhenCancelled() {
        assertThrows(CancellationException.class, () -> BaseBound.compute(65_536, 128, b -> { }, () -> true));
    }
}
