package org.ropescope.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.DynamicNtk;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;
import org.ropescope.math.schemes.SchemeSettings;
import org.ropescope.model.UndoHistory;
import org.ropescope.text.Language;

/**
 * The records whose equals and hashCode are written out (a record's own link through a bootstrap at
 * their first call, in the first frame's path) keep a record's meaning: equal exactly when every
 * component is equal, and equal records hash alike. Each is checked on pairs that differ in one
 * component at a time, against its components read through reflection.
 */
class WrittenOutEqualsTest {

    private static boolean componentsEqual(Record a, Record b) throws ReflectiveOperationException {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                return false; // boxed: Double.equals, as a record compares a double
            }
        }
        return true;
    }

    private static void check(List<? extends Record> values) throws ReflectiveOperationException {
        assertTrue(values.size() >= 2);
        for (Record a : values) {
            assertNotEquals(null, a);
            for (Record b : values) {
                assertEquals(componentsEqual(a, b), a.equals(b), a + " vs " + b);
                if (a.equals(b)) {
                    assertEquals(a.hashCode(), b.hashCode(), a + " vs " + b);
                }
            }
        }
    }

    @Test
    void scalingMethods() throws ReflectiveOperationException {
        check(List.of(DefaultRope.INSTANCE, new DefaultRope(), Linear.of(2), Linear.of(2), Linear.of(3),
                Linear.followingContext(), Ntk.followingContext()));
        check(List.of(Ntk.of(2), Ntk.of(2), Ntk.of(4), Ntk.followingContext()));
        Yarn y = Yarn.of(4);
        check(List.of(y, Yarn.of(4), Yarn.of(8), Yarn.followingContext(), y.withBetas(16, 1), y.withBetas(32, 2),
                y.withTruncate(!y.truncate()), y.withAttentionFactor(1.5), y.withMscale(1, 1), y.withMscale(1, 0.5)));
        check(List.of(DynamicNtk.of(2), DynamicNtk.of(2), DynamicNtk.of(3), DynamicNtk.at(2, 8192),
                DynamicNtk.at(2, 4096)));
        check(List.of(Llama3.of(8, 1, 4), Llama3.of(8, 1, 4), Llama3.of(16, 1, 4), Llama3.of(8, 2, 4),
                Llama3.of(8, 1, 8), Llama3.followingContext()));
        List<Double> a = List.of(1.0, 2.0);
        List<Double> b = List.of(1.0, 3.0);
        check(List.of(LongRope.of(a, b), LongRope.of(a, b), LongRope.of(b, b), LongRope.of(a, a),
                LongRope.of(a, b).atSeqLen(8192), new LongRope(a, b, OptionalDouble.of(4), OptionalDouble.empty(),
                        OptionalLong.empty()), new LongRope(a, b, OptionalDouble.empty(), OptionalDouble.of(1.2),
                        OptionalLong.empty())));
    }

    @Test
    void contextsAndConfigs() throws ReflectiveOperationException {
        check(List.of(RopeConfig.DEFAULT, RopeConfig.of(10_000, 128, 4096, 16_384), RopeConfig.of(500_000, 128, 4096, 16_384),
                RopeConfig.of(10_000, 64, 4096, 16_384), RopeConfig.of(10_000, 128, 2048, 16_384),
                RopeConfig.of(10_000, 128, 4096, 32_768)));
        ScalingContext c = ScalingContext.DEFAULT;
        check(List.of(c, ScalingContext.of(RopeConfig.DEFAULT), c.withNewLength(32_768),
                ScalingContext.of(RopeConfig.DEFAULT, 0.5), ScalingContext.of(RopeConfig.of(20_000, 128, 4096, 16_384)),
                ScalingContext.of(RopeConfig.of(10_000, 256, 4096, 16_384)),
                ScalingContext.of(RopeConfig.of(10_000, 128, 8192, 16_384))));
        SchemeSettings s = SchemeSettings.DEFAULT;
        check(List.of(s, new SchemeSettings(8, s.t5Buckets(), s.t5MaxDistance(), false, 512),
                new SchemeSettings(4, s.t5Buckets(), s.t5MaxDistance(), false, 512),
                new SchemeSettings(8, 16, s.t5MaxDistance(), false, 512),
                new SchemeSettings(8, s.t5Buckets(), 256, false, 512),
                new SchemeSettings(8, s.t5Buckets(), s.t5MaxDistance(), true, 512),
                new SchemeSettings(8, s.t5Buckets(), s.t5MaxDistance(), false, 256),
                new SchemeSettings(8, s.t5Buckets(), s.t5MaxDistance(), false, 512, List.of(1, 2))));
    }

    @Test
    void selectionsStatesAndLanguages() throws ReflectiveOperationException {
        MethodSelection book = MethodSelection.book();
        Map<MethodKind, ScalingMethod> other = new EnumMap<>(book.methods());
        other.put(MethodKind.LINEAR, Linear.of(3));
        check(List.of(book, MethodSelection.book(), new MethodSelection(0.5, book.methods(), book.drawn()),
                new MethodSelection(1.0, other, book.drawn()),
                new MethodSelection(1.0, book.methods(), EnumSet.of(MethodKind.DEFAULT))));
        check(List.of(new UndoHistory.State(RopeConfig.DEFAULT, book), new UndoHistory.State(RopeConfig.DEFAULT, book),
                new UndoHistory.State(RopeConfig.of(10_000, 64, 4096, 16_384), book),
                new UndoHistory.State(RopeConfig.DEFAULT, new MethodSelection(1.0, other, book.drawn())),
                new UndoHistory.State(RopeConfig.DEFAULT, book, new SchemeSettings(4, 32, 128, false, 512), List.of()),
                new UndoHistory.State(RopeConfig.DEFAULT, book, SchemeSettings.DEFAULT, List.of(true))));
        check(List.of(Language.ENGLISH, new Language("en", Locale.ENGLISH), Language.CHINESE,
                new Language("en", Locale.UK), new Language("en-GB", Locale.ENGLISH)));
    }
}
