package org.ropescope.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.testing.Book;

class RopeConfigTest {

    private static final double TOL = 1e-12;

    private static void assertRelative(double expected, double actual, double tol, String what) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(rel <= tol, () -> what + ": expected " + expected + " but was " + actual + " (relative error " + rel + ")");
    }

    /**
     * The issue's table, as printed (lambda to 10 significant digits, periods to 6 decimals): each
     * value must round to what is printed.
     */
    @ParameterizedTest(name = "b={0} d={1} {2}->{3}: lambda={4}")
    @CsvSource({
        "10000,   128, 2048,  8192,   4.088994243, 54410.143131,   217640.572523",
        "10000,   128, 4096,  32768,  8.268462264, 54410.143131,   435281.145046",
        "10000,   64,  2048,  4096,   2.045222871, 47117.242780,   94234.485560",
        "500000,  128, 8192,  131072, 16.71987392, 2559195.517371, 40947128.277942",
        "10000,   4,   1000,  4000,   16,          628.318531,     2513.274123",
        "1000000, 128, 16384, 100000, 6.281300713, 5063255.794048, 30903660.852346",
    })
    void roundsToTheIssuesTable(double b, int d, long ml, long m, double lambda, double tOrig, double tMatched) {
        RopeConfig c = RopeConfig.of(b, d, ml, m);
        int last = c.lastPair();
        assertRelative(lambda, c.lambda(), 5e-10, "lambda");
        assertEquals(tOrig, Book.period(MethodKind.DEFAULT, c, last), 5e-7, "T_last original");
        assertEquals(tMatched, Book.period(MethodKind.LINEAR, c, last), 5e-7, "T_last PI");
        assertEquals(tMatched, Book.period(MethodKind.NTK, c, last), 5e-7, "T_last base-scaled");
    }

    /**
     * The same rows to 20 significant digits, computed independently with 40-digit decimal
     * arithmetic (Python's decimal module: exp and ln at 40 digits). Every value within 1e-12.
     */
    @ParameterizedTest(name = "b={0} d={1} {2}->{3}")
    @CsvSource({
        "10000, 128, 2048, 8192, 4.0889942432486216413, 54410.143130776749744, 217640.57252310699898",
        "10000, 128, 4096, 32768, 8.2684622640562218436, 54410.143130776749744, 435281.14504621399796",
        "10000, 64, 2048, 4096, 2.0452228712025368592, 47117.242780167395915, 94234.485560334791829",
        "500000, 128, 8192, 131072, 16.719873921320367969, 2559195.5173713594348, 40947128.277941750957",
        "10000, 4, 1000, 4000, 16.000000000000000000, 628.31853071795864769, 2513.2741228718345908",
        "1000000, 128, 16384, 100000, 6.2813007133267310235, 5063255.7940483961326, 30903660.852346167801",
    })
    void matchesA40DigitReferenceTo1e12(double b, int d, long ml, long m, double lambda, double tOrig, double tMatched) {
        RopeConfig c = RopeConfig.of(b, d, ml, m);
        int last = c.lastPair();
        assertRelative(lambda, c.lambda(), TOL, "lambda");
        assertRelative(lambda * b, c.newBase(), TOL, "new base");
        assertRelative(tOrig, Book.period(MethodKind.DEFAULT, c, last), TOL, "T_last original");
        assertRelative(tMatched, Book.period(MethodKind.LINEAR, c, last), TOL, "T_last PI");
        assertRelative(tMatched, Book.period(MethodKind.NTK, c, last), TOL, "T_last base-scaled");
        assertRelative(2 * Math.PI, Book.period(MethodKind.DEFAULT, c, 0), TOL, "T_0 original");
        assertRelative(2 * Math.PI, Book.period(MethodKind.NTK, c, 0), TOL, "T_0 base-scaled");
        assertRelative(c.scale() * 2 * Math.PI, Book.period(MethodKind.LINEAR, c, 0), TOL, "T_0 PI");
    }

    @Test
    void lambdaIsExactForTheBooksSmallExample() {
        RopeConfig c = RopeConfig.of(10000, 4, 1000, 4000);
        assertEquals(4.0, c.scale());
        assertEquals(16.0, c.lambda(), 1e-12);
        assertEquals(160000.0, c.newBase(), 1e-7);
    }

    @Test
    void identitiesHoldOverRandomValidConfigurations() {
        SplittableRandom rnd = new SplittableRandom(20261128);
        for (int k = 0; k < 5000; k++) {
            double b = Math.pow(10, rnd.nextDouble(0.01, 10));
            int d = 2 * rnd.nextInt(2, 4097);
            long ml = (long) Math.pow(10, rnd.nextDouble(0, 8));
            long m = Math.min(Limits.LENGTH_MAX, ml + (long) (ml * rnd.nextDouble(0, 50)));
            RopeConfig c = RopeConfig.of(b, d, ml, m);
            MethodTable t = Book.table(c);
            int last = c.lastPair();
            String what = c.toString();
            assertRelative(t.first(MethodKind.LINEAR).period(last), t.first(MethodKind.NTK).period(last), TOL, what);
            assertRelative(2 * Math.PI, t.first(MethodKind.NTK).period(0), TOL, what);
            for (ScaledFrequencies curve : t.results()) {
                for (int i = 0; i < c.pairs(); i++) {
                    double p = curve.period(i);
                    assertTrue(Double.isFinite(p) && p > 0, what);
                    if (i > 0) {
                        assertTrue(p > curve.period(i - 1), () -> what + " periods must rise with i");
                    }
                }
            }
        }
    }

    @Test
    void everyPeriodIsWithinAFewUlpsOfItsClosedForm() {
        RopeConfig c = RopeConfig.of(10000, 8192, 4096, 16384);
        MethodTable t = Book.table(c);
        for (int i = 0; i < c.pairs(); i += 97) {
            // exact up to rounding: 2*pi * b^(2i/d) with a BigDecimal-free check through logs
            double expected = 2 * Math.PI * Math.exp(Math.log(10000) * 2.0 * i / 8192);
            assertRelative(expected, t.first(MethodKind.DEFAULT).period(i), 1e-13, "pair " + i);
            assertEquals(Math.pow(10000, -2.0 * i / 8192), t.first(MethodKind.DEFAULT).invFreq(i), 0.0);
        }
    }

    @Test
    void atEqualLengthsAllCurvesCoincide() {
        RopeConfig c = RopeConfig.of(10000, 128, 4096, 4096);
        assertEquals(1.0, c.scale());
        assertEquals(1.0, c.lambda());
        for (int i = 0; i < c.pairs(); i++) {
            assertEquals(Book.period(MethodKind.DEFAULT, c, i), Book.period(MethodKind.LINEAR, c, i));
            assertEquals(Book.period(MethodKind.DEFAULT, c, i), Book.period(MethodKind.NTK, c, i));
        }
    }

    @ParameterizedTest(name = "{0},{1},{2},{3} -> {4}")
    @CsvSource(delimiter = ';', value = {
        "1;     128; 4096; 16384; b must be a number greater than 1 and at most 1e10, got 1",
        "0.5;   128; 4096; 16384; b must be a number greater than 1 and at most 1e10, got 0.5",
        "NaN;   128; 4096; 16384; b must be a number greater than 1 and at most 1e10, got NaN",
        "1e11;  128; 4096; 16384; b must be a number greater than 1 and at most 1e10, got 100000000000",
        "10000; 3;   4096; 16384; d must be an even integer from 4 to 8192, got 3",
        "10000; 2;   4096; 16384; d must be an even integer from 4 to 8192, got 2",
        "10000; 8194; 4096; 16384; d must be an even integer from 4 to 8192, got 8194",
        "10000; 128; 0;    16384; 'm_l must be a whole number of tokens from 1 to 100,000,000 (1e8), got 0'",
        "10000; 128; 4096; 200000000; 'm must be a whole number of tokens from 1 to 100,000,000 (1e8), got 200000000'",
        "10000; 128; 4096; 2048;  'the new length m must be at least m_l (4096), got 2048'",
    })
    void rejectsInvalidConfigurationsNamingTheValue(double b, int d, long ml, long m, String message) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> RopeConfig.of(b, d, ml, m));
        assertEquals(message, e.getMessage());
    }
}
