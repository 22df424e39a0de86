package org.ropescope.math.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ropescope.math.InvalidConfigException;

/** Shared parameter values build each kind of method, and each method summarises itself in one line. */
class MethodParametersTest {

    private static final ScalingContext BOOK = ScalingContext.DEFAULT;

    @Test
    void oneSetOfValuesBuildsEveryKind() {
        MethodParameters p = MethodParameters.DEFAULTS.withFactor(4);
        assertEquals(DefaultRope.INSTANCE, p.build(MethodKind.DEFAULT));
        assertEquals(Linear.of(4), p.build(MethodKind.LINEAR));
        assertEquals(Ntk.of(4), p.build(MethodKind.NTK));
        assertEquals(DynamicNtk.of(4), p.build(MethodKind.DYNAMIC));
        assertEquals(Yarn.of(4), p.build(MethodKind.YARN));
        assertEquals(Llama3.of(4, 1, 4), p.build(MethodKind.LLAMA3));
        assertEquals(Yarn.of(4).withBetas(16, 2), p.withBetas(16, 2).build(MethodKind.YARN));
        assertEquals(DynamicNtk.at(1, 8192), MethodParameters.DEFAULTS.withSeqLen(8192).build(MethodKind.DYNAMIC));
        assertEquals(Linear.followingContext(), MethodParameters.DEFAULTS.build(MethodKind.LINEAR));
    }

    @Test
    void longRopeNeedsItsLists() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> MethodParameters.DEFAULTS.build(MethodKind.LONGROPE));
        assertEquals("long_factor", e.field());
        assertEquals("longrope needs its long_factor and short_factor lists (one factor per pair); they come from a"
                + " model's config.json", e.getMessage());
        MethodParameters lists = new MethodParameters(java.util.OptionalDouble.empty(), java.util.OptionalLong.empty(),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), Optional.empty(),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
                Optional.of(Collections.nCopies(64, 2.0)), Optional.of(Collections.nCopies(64, 1.0)));
        assertEquals(2.0, lists.build(MethodKind.LONGROPE).evaluate(BOOK).stretch(5));
    }

    @Test
    void summariesTellMethodsApart() {
        assertEquals("Original RoPE", MethodSummary.of(DefaultRope.INSTANCE, BOOK));
        assertEquals("Position interpolation (PI): factor 4", MethodSummary.of(Linear.followingContext(), BOOK));
        assertEquals("YaRN: factor 4, beta_fast 32, beta_slow 1, attention factor 1.13863", MethodSummary.of(Yarn.of(4), BOOK));
        assertEquals("YaRN: factor 4, beta_fast 16, beta_slow 2, no truncation, attention factor 1.13863",
                MethodSummary.of(Yarn.of(4).withBetas(16, 2).withTruncate(false), BOOK));
        assertEquals("Llama 3: factor 8, low_freq_factor 1, high_freq_factor 4", MethodSummary.of(Llama3.of(8, 1, 4), BOOK));
        assertEquals("Dynamic NTK: factor 1, at L = 16384", MethodSummary.of(DynamicNtk.of(1), BOOK));
        assertEquals("Base scaling (λ·b): factor 2.5", MethodSummary.of(Ntk.of(2.5), BOOK));
    }

    @Test
    void ofGivesBackTheValuesAMethodWasBuiltWith() {
        java.util.List<Double> longF = Collections.nCopies(64, 2.0);
        java.util.List<Double> shortF = Collections.nCopies(64, 1.0);
        for (ScalingMethod m : java.util.List.of(DefaultRope.INSTANCE, Linear.of(8), Linear.followingContext(),
                Ntk.of(3), DynamicNtk.at(2, 9000), DynamicNtk.of(1), Yarn.of(4).withBetas(16, 2).withTruncate(false)
                        .withMscale(1, 0.5), Yarn.followingContext().withAttentionFactor(1.2), Llama3.of(8, 2, 6),
                new LongRope(longF, shortF, java.util.OptionalDouble.of(32), java.util.OptionalDouble.of(1.1),
                        java.util.OptionalLong.of(5000)))) {
            assertEquals(m, MethodParameters.of(m).build(m.kind()), m.toString());
        }
    }
}
