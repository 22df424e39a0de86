package org.ropescope.math.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;

/** The new methods agree with the book's rule and with the explorer's existing curves. */
class BookRuleTest {

    private static final RopeConfig BOOK = RopeConfig.DEFAULT; // 10,000, 128, 4096 -> 16384
    private static final ScalingContext CTX = ScalingContext.of(BOOK);

    @Test
    void dynamicWithFactorOneAtTheNewLengthIsExactlyTheBooksBase() {
        DynamicNtk dyn = DynamicNtk.at(1, BOOK.newLength());
        assertEquals(BOOK.newBase(), dyn.scaledBase(CTX), 0.0);
        assertEquals(BOOK.newBase(), DynamicNtk.of(1).scaledBase(CTX), 0.0, "L defaults to m");
        assertEquals(BOOK.lambda(), dyn.scaledBase(CTX) / BOOK.base(), 1e-15);
    }

    @Test
    void ntkWithFactorMOverMlIsExactlyTheBooksLambda() {
        Ntk ntk = Ntk.of((double) BOOK.newLength() / BOOK.originalLength());
        assertEquals(BOOK.lambda(), ntk.lambda(CTX), 0.0);
        assertEquals(BOOK.newBase(), ntk.scaledBase(CTX), 0.0);
        assertEquals(BOOK.lambda(), Ntk.followingContext().lambda(CTX), 0.0);
    }

    @Test
    void dynamicKeepsTheBaseUpToTheOriginalLength() {
        assertEquals(10_000.0, DynamicNtk.at(4, 4096).scaledBase(CTX), 0.0);
        assertEquals(10_000.0, DynamicNtk.at(4, 100).scaledBase(CTX), 0.0);
        // above m_l: b * (f*L/m_l - (f-1))^(d/(d-2)) = 10000 * (4*2 - 3)^(128/126)
        assertEquals(10_000 * Math.pow(5, 128.0 / 126), DynamicNtk.at(4, 8192).scaledBase(CTX), 1e-9);
    }

    @Test
    void bookMethodsGiveTheBooksClosedFormsExactly() {
        MethodTable methods = MethodTable.of(CTX, ScalingMethod.bookMethods());
        for (int i = 0; i < BOOK.pairs(); i++) {
            double original = org.ropescope.math.RopeMath.period(BOOK.base(), BOOK.dim(), i);
            assertEquals(original, methods.get(0).period(i), 0.0, "original pair " + i);
            assertEquals(BOOK.scale() * original, methods.get(1).period(i), 0.0, "PI pair " + i);
            assertEquals(org.ropescope.math.RopeMath.period(BOOK.newBase(), BOOK.dim(), i), methods.get(2).period(i),
                    0.0, "base scaling pair " + i);
        }
    }

    /** A table's book curves are its own values where it draws them, and the same numbers where it does not. */
    @Test
    void aTablesBookReusesTheDrawnBookCurvesAndEvaluatesTheOthers() {
        MethodTable drawn = MethodTable.of(CTX, List.of(Yarn.followingContext(), Linear.followingContext()));
        MethodTable book = drawn.book();
        assertEquals(List.of("period_default", "period_linear", "period_ntk"), book.columnNames());
        assertSame(drawn.get(1), book.get(1), "PI is drawn: its values, not computed again");
        MethodTable fresh = MethodTable.book(CTX);
        for (int k = 0; k < 3; k++) {
            assertEquals(fresh.get(k).method(), book.get(k).method());
            for (int i = 0; i < CTX.pairs(); i++) {
                assertEquals(fresh.get(k).period(i), book.get(k).period(i), 0.0);
            }
        }
    }

    @Test
    void piIsFlatAtSAndBaseScalingRisesFromOneToS() {
        ScaledFrequencies pi = Linear.followingContext().evaluate(CTX);
        ScaledFrequencies ntk = Ntk.followingContext().evaluate(CTX);
        for (int i = 0; i < CTX.pairs(); i++) {
            assertEquals(4.0, pi.stretch(i), 0.0);
        }
        assertEquals(1.0, ntk.stretch(0), 0.0);
        assertEquals(4.0, ntk.stretch(63), 1e-12, "the last pair matches PI");
        for (int i = 1; i < CTX.pairs(); i++) {
            assertEquals(true, ntk.stretch(i) > ntk.stretch(i - 1));
        }
    }

    @Test
    void calculatorInvertsTheMatchingRule() {
        double base = RopeCalculator.baseForContext(10_000, 128, 4096, 16_384);
        assertEquals(BOOK.newBase(), base, 0.0);
        assertEquals(16_384, RopeCalculator.contextForBase(10_000, 128, 4096, base), 1e-8);
        // Code Llama's base of 1e6 on Llama 2's 4k, 10^4: (100)^(126/128) * 4096
        assertEquals(4096 * Math.pow(100, 126.0 / 128), RopeCalculator.contextForBase(CTX, 1e6), 1e-6);
        assertEquals(380_000, RopeCalculator.contextForBase(CTX, 1e6), 5_000);
    }

    @Test
    void columnsArePerMethodAndUnique() {
        List<ScalingMethod> ms = List.of(DefaultRope.INSTANCE, Yarn.of(4), Yarn.of(8), Llama3.of(8, 1, 4));
        assertEquals(List.of("period_default", "period_yarn", "period_yarn_2", "period_llama3"),
                MethodTable.columnNames(ms));
    }

    /** The extremes a chart's axis is fitted to, against the book's closed forms (b = 10,000, d = 128, s = 4). */
    @Test
    void theBookTablesExtremesAreItsFirstAndLastPairs() {
        MethodTable methods = MethodTable.of(CTX, ScalingMethod.bookMethods());
        double twoPi = 2 * Math.PI;
        assertEquals(twoPi, methods.minPeriod(), 1e-12, "pair 0 of RoPE and of base scaling: 2 pi");
        assertEquals(4 * twoPi * Math.pow(10_000, 126.0 / 128), methods.maxPeriod(), 1e-6, "PI's last pair");
        assertEquals(4.0, methods.maxStretch(), 1e-12, "PI stretches every pair by s");
        assertEquals(1.0, methods.minStretch(), 0.0, "the original stretches nothing");
        assertEquals(twoPi * Math.pow(10_000, 126.0 / 128), methods.get(0).maxPeriod(), 1e-6);
        assertEquals(4 * twoPi, methods.get(1).minPeriod(), 1e-12);
        assertEquals(Double.NaN, MethodTable.of(CTX, List.of()).maxPeriod(), "no methods: no extreme");
    }
}
