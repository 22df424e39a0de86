package org.ropescope.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.testing.Book;

/**
 * The math over its whole domain, edges included: b just above 1 and at 1e10, d = 4 and 8192,
 * lengths 1, 16 and 1e8, m = m_l. Any valid configuration gives finite, positive, rising periods
 * and the identities that define base scaling; any invalid one is rejected with a message naming
 * the field, never NaN, infinity or another exception.
 */
class RopeDomainPropertiesTest {

    @Provide
    Arbitrary<RopeConfig> validConfigs() {
        Arbitrary<Double> base = Arbitraries.oneOf(
                Arbitraries.of(1 + 1e-12, 1 + 1e-9, 1.0001, 100.0, 10_000.0, 500_000.0, 1e10),
                Arbitraries.doubles().between(1e-6, 10.0).ofScale(9).map(e -> Math.pow(10, e)));
        Arbitrary<Integer> dim = Arbitraries.oneOf(Arbitraries.of(4, 6, 8192, 8190, 64, 80, 96, 128, 256),
                Arbitraries.integers().between(2, 4096).map(h -> 2 * h));
        Arbitrary<Long> length = Arbitraries.oneOf(Arbitraries.of(1L, 16L, 4096L, 100_000_000L),
                Arbitraries.longs().between(1, 100_000_000L));
        return Combinators.combine(base, dim, length, length)
                .as((b, d, x, y) -> RopeConfig.of(b, d, Math.min(x, y), Math.max(x, y)));
    }

    @Property(tries = 400)
    void everyPeriodIsFinitePositiveAndRising(@ForAll("validConfigs") RopeConfig c) {
        MethodTable t = Book.table(c);
        for (ScaledFrequencies curve : t.results()) {
            double previous = 0;
            for (int i = 0; i < c.pairs(); i++) {
                double p = curve.period(i);
                assertTrue(Double.isFinite(p) && p > 0,
                        () -> c + " " + curve.method().label() + " pair gives " + p);
                assertTrue(p >= previous, () -> c + " " + curve.method().label() + " periods must not fall");
                previous = p;
            }
            double theta = t.first(MethodKind.DEFAULT).invFreq(c.lastPair());
            assertTrue(Double.isFinite(theta) && theta > 0);
        }
        assertTrue(Double.isFinite(c.lambda()) && c.lambda() >= 1);
        assertTrue(Double.isFinite(c.newBase()) && c.newBase() >= c.base());
    }

    @Property(tries = 400)
    void baseScalingMatchesPiAtTheLastPairAndKeepsPairZero(@ForAll("validConfigs") RopeConfig c) {
        int last = c.lastPair();
        double pi = Book.period(MethodKind.LINEAR, c, last);
        double scaled = Book.period(MethodKind.NTK, c, last);
        assertTrue(Math.abs(scaled - pi) <= 1e-12 * pi, () -> c + ": " + scaled + " vs " + pi);
        assertEquals(2 * Math.PI, Book.period(MethodKind.NTK, c, 0), 0.0);
        assertEquals(2 * Math.PI, Book.period(MethodKind.DEFAULT, c, 0), 0.0);
    }

    @Property(tries = 200)
    void equalLengthsMakeAllCurvesCoincide(@ForAll("validConfigs") RopeConfig c) {
        RopeConfig same = c.withLengths(c.originalLength(), c.originalLength());
        MethodTable t = Book.table(same);
        for (int i = 0; i < same.pairs(); i += Math.max(1, same.pairs() / 17)) {
            assertEquals(t.first(MethodKind.DEFAULT).period(i), t.first(MethodKind.LINEAR).period(i), 0.0);
            assertEquals(t.first(MethodKind.DEFAULT).period(i), t.first(MethodKind.NTK).period(i), 0.0);
        }
    }

    @Property(tries = 300)
    void invalidBasesAreRejectedNamingTheField(@ForAll @DoubleRange(min = -1e300, max = 1.0) double b) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> RopeConfig.of(b, 128, 4096, 16384));
        assertEquals("b", e.field());
        assertTrue(e.getMessage().startsWith("b must be a number greater than 1 and at most 1e10, got "));
    }

    @Property(tries = 300)
    void invalidDimsAreRejectedNamingTheField(@ForAll @IntRange(min = -100_000, max = 100_000) int d) {
        boolean valid = d >= 4 && d <= 8192 && d % 2 == 0;
        if (valid) {
            assertEquals(d / 2, RopeConfig.of(10000, d, 4096, 16384).pairs());
        } else {
            InvalidConfigException e = assertThrows(InvalidConfigException.class,
                    () -> RopeConfig.of(10000, d, 4096, 16384));
            assertEquals("d must be an even integer from 4 to 8192, got " + d, e.getMessage());
        }
    }

    @Property(tries = 300)
    void invalidLengthsAreRejectedNamingTheField(@ForAll @LongRange(min = Long.MIN_VALUE, max = 0) long low,
            @ForAll @LongRange(min = 100_000_001L, max = Long.MAX_VALUE) long high) {
        assertEquals("m_l", assertThrows(InvalidConfigException.class, () -> RopeConfig.of(1e4, 128, low, 16384)).field());
        assertEquals("m", assertThrows(InvalidConfigException.class, () -> RopeConfig.of(1e4, 128, 4096, high)).field());
        assertEquals("m", assertThrows(InvalidConfigException.class, () -> RopeConfig.of(1e4, 128, 4096, 4095)).field());
    }

    @Property(tries = 50)
    void nonFiniteBasesNeverReachTheMath(@ForAll("nonFinite") double b) {
        assertEquals("b", assertThrows(InvalidConfigException.class, () -> RopeConfig.of(b, 128, 4096, 16384)).field());
    }

    @Provide
    Arbitrary<Double> nonFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e10 * (1 + 1e-15), 1e11);
    }
}
