package org.ropescope.math.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.ropescope.math.InvalidConfigException;

/**
 * Every scaling method over the whole domain, edges included (b just above 1 and at 1e10, d = 4 and
 * 8192, lengths 1 to 1e8, m = m_l, partial rotary): finite positive periods and stretches, and the
 * identities that define each method. Invalid parameters are rejected naming the parameter.
 */
class MethodDomainPropertiesTest {

    private static final double TOL = 1e-12;

    @Provide
    Arbitrary<ScalingContext> contexts() {
        Arbitrary<Double> base = Arbitraries.oneOf(Arbitraries.of(1 + 1e-12, 1.0001, 100.0, 10_000.0, 500_000.0, 1e10),
                Arbitraries.doubles().between(1e-6, 10.0).ofScale(9).map(e -> Math.pow(10, e)));
        Arbitrary<Integer> dim = Arbitraries.oneOf(Arbitraries.of(4, 8, 64, 80, 96, 128, 256, 8192),
                Arbitraries.integers().between(2, 4096).map(h -> 2 * h));
        Arbitrary<Long> length = Arbitraries.oneOf(Arbitraries.of(1L, 16L, 4096L, 100_000_000L),
                Arbitraries.longs().between(1, 100_000_000L));
        Arbitrary<Double> share = Arbitraries.of(1.0, 1.0, 0.5, 0.25);
        return Combinators.combine(base, dim, share, length, length).as((b, d, p, x, y) -> {
            int rotary = (int) (d * p);
            double factor = rotary >= 4 && rotary % 2 == 0 ? p : 1.0;
            return new ScalingContext(b, d, factor, Math.min(x, y), Math.max(x, y));
        });
    }

    private static void finiteAndPositive(ScaledFrequencies f, String what) {
        for (int i = 0; i < f.size(); i++) {
            double p = f.period(i);
            double s = f.stretch(i);
            double inv = f.invFreq(i);
            assertTrue(Double.isFinite(p) && p > 0, what + " period of pair " + i + " = " + p);
            assertTrue(Double.isFinite(s) && s > 0, what + " stretch of pair " + i + " = " + s);
            assertTrue(Double.isFinite(inv) && inv > 0, what + " inverse frequency of pair " + i + " = " + inv);
        }
        f.attentionFactor().ifPresent(a -> assertTrue(Double.isFinite(a) && a >= 1, what + " attention " + a));
    }

    private static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= TOL * Math.abs(expected), what + ": " + actual + " vs " + expected);
    }

    @Property(tries = 250)
    void everyMethodGivesFinitePositivePeriods(@ForAll("contexts") ScalingContext c) {
        List<ScalingMethod> methods = List.of(DefaultRope.INSTANCE, Linear.followingContext(), Ntk.followingContext(),
                DynamicNtk.at(2, c.newLength()), Yarn.followingContext(), Llama3.followingContext());
        for (ScalingMethod m : methods) {
            ScaledFrequencies f = m.evaluate(c);
            assertEquals(c.pairs(), f.size());
            finiteAndPositive(f, m.id() + " on " + c);
        }
    }

    @Property(tries = 250)
    void linearStretchesEveryPairBySAndNtkMatchesItAtTheLastPair(@ForAll("contexts") ScalingContext c) {
        ScaledFrequencies linear = Linear.followingContext().evaluate(c);
        ScaledFrequencies ntk = Ntk.followingContext().evaluate(c);
        for (int i = 0; i < c.pairs(); i++) {
            close(c.scale(), linear.stretch(i), "PI pair " + i + " on " + c);
        }
        assertEquals(1.0, ntk.stretch(0), 0.0, "ntk keeps pair 0");
        close(linear.period(c.pairs() - 1), ntk.period(c.pairs() - 1), "ntk matches PI at the last pair on " + c);
    }

    @Property(tries = 200)
    void dynamicWithFactorOneAtLengthMIsTheBooksBaseScaling(@ForAll("contexts") ScalingContext c) {
        ScaledFrequencies dyn = DynamicNtk.at(1, c.newLength()).evaluate(c);
        ScaledFrequencies ntk = Ntk.followingContext().evaluate(c);
        for (int i = 0; i < c.pairs(); i += Math.max(1, c.pairs() / 13)) {
            close(ntk.period(i), dyn.period(i), "dynamic pair " + i + " on " + c);
        }
    }

    @Property(tries = 250)
    void yarnExtrapolatesBelowItsRampAndInterpolatesAboveIt(@ForAll("contexts") ScalingContext c) {
        Yarn yarn = Yarn.followingContext();
        ScaledFrequencies f = yarn.evaluate(c);
        Yarn.CorrectionRange r = yarn.correctionRange(c);
        double s = yarn.factor(c);
        for (int i = 0; i < c.pairs(); i++) {
            double st = f.stretch(i);
            if (r.low() > r.high()) {
                // a base so close to 1 that even beta_fast's bound lies past the last pair: transformers
                // then ramps "backwards" (low > high) and interpolates everything; we follow it
                assertTrue(st >= 1 - 1e-12 && st <= s * (1 + 1e-12), "yarn pair " + i + " inside [1, s] on " + c);
            } else if (i <= r.low()) {
                assertEquals(1.0, st, 1e-12, "yarn keeps pair " + i + " below the ramp on " + c);
            } else if (i >= r.high()) {
                close(s, st, "yarn stretches pair " + i + " above the ramp by the factor on " + c);
            } else {
                assertTrue(st >= 1 - 1e-12 && st <= s * (1 + 1e-12), "yarn pair " + i + " inside [1, s] on " + c);
            }
        }
        close(0.1 * Math.log(s) + 1, f.attentionFactor().orElseThrow(), "yarn attention factor on " + c);
    }

    @Property(tries = 250)
    void llama3KeepsScalesAndBlendsItsThreeBands(@ForAll("contexts") ScalingContext c) {
        Llama3 llama = Llama3.followingContext();
        ScaledFrequencies f = llama.evaluate(c);
        double s = llama.factor(c);
        for (int i = 0; i < c.pairs(); i++) {
            double st = f.stretch(i);
            switch (llama.band(c, i)) {
                case KEPT -> assertEquals(1.0, st, 1e-12, "llama3 keeps pair " + i + " on " + c);
                case SCALED -> close(s, st, "llama3 scales pair " + i + " on " + c);
                case BLENDED -> assertTrue(st >= 1 - 1e-12 && st <= s * (1 + 1e-12), "llama3 blends pair " + i);
            }
        }
    }

    @Property(tries = 100)
    void badFactorsAreRejectedNamingTheParameter(@ForAll @DoubleRange(min = -1e6, max = 0) double f) {
        for (var make : List.<Runnable>of(() -> Linear.of(f), () -> Ntk.of(f), () -> Yarn.of(f),
                () -> Llama3.of(f, 1, 4))) {
            InvalidConfigException e = assertThrows(InvalidConfigException.class, make::run);
            assertEquals("factor", e.field(), e.getMessage());
        }
    }

    @Property(tries = 50)
    void nonFiniteParametersNeverReachTheMath(@ForAll("nonFinite") double v) {
        assertThrows(InvalidConfigException.class, () -> Linear.of(v));
        assertThrows(InvalidConfigException.class, () -> Yarn.of(4).withBetas(v, 1));
        assertThrows(InvalidConfigException.class, () -> Llama3.of(8, 1, v));
        assertThrows(InvalidConfigException.class, () -> Yarn.of(4).withAttentionFactor(v));
        assertThrows(InvalidConfigException.class, () -> new Yarn(OptionalDouble.of(4), 32, 1, true,
                OptionalDouble.empty(), OptionalDouble.of(v), OptionalDouble.empty()));
    }

    @Provide
    Arbitrary<Double> nonFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }
}
