package org.ropescope.math.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.ropescope.math.InvalidConfigException;

/** Bad parameters are refused with one line naming the method and the parameter. */
class ParameterValidationTest {

    private static void refused(String field, String message, Executable e) {
        InvalidConfigException x = assertThrows(InvalidConfigException.class, e);
        assertEquals(field, x.field());
        assertEquals(message, x.getMessage());
    }

    @Test
    void factors() {
        refused("factor", "linear factor must be a number above 0 and at most 1e8, got 0", () -> Linear.of(0));
        refused("factor", "ntk factor must be a number above 0 and at most 1e8, got NaN", () -> Ntk.of(Double.NaN));
        refused("factor", "dynamic factor must be a number above 0 and at most 1e8, got Infinity",
                () -> DynamicNtk.of(Double.POSITIVE_INFINITY));
        refused("factor", "yarn factor must be a number above 0 and at most 1e8, got 0", () -> Yarn.of(0));
        refused("factor", "llama3 factor must be a number above 0 and at most 1e8, got -8", () -> Llama3.of(-8, 1, 4));
        // transformers only warns about a factor below 1 and computes it: so do the records
        assertEquals(2 * Linear.of(1).evaluate(ScalingContext.DEFAULT).invFreq(5),
                Linear.of(0.5).evaluate(ScalingContext.DEFAULT).invFreq(5), 0.0);
    }

    @Test
    void yarnBetasAndTemperature() {
        refused("beta_fast", "yarn beta_fast must be a finite number above 0, got 0", () -> Yarn.of(4).withBetas(0, 1));
        refused("attention_factor", "yarn attention_factor must be a finite number above 0, got -1",
                () -> Yarn.of(4).withAttentionFactor(-1));
        refused("mscale", "yarn mscale must be a finite number of at least 0, got -0.5",
                () -> Yarn.of(4).withMscale(-0.5, 1));
    }

    @Test
    void llama3Bands() {
        refused("low_freq_factor", "llama3 low_freq_factor must be a finite number above 0, got 0",
                () -> Llama3.of(8, 0, 4));
    }

    @Test
    void dynamicSeqLen() {
        refused("seq_len", "dynamic seq_len must be a whole number of tokens from 1 to 100,000,000 (1e8), got 0",
                () -> DynamicNtk.at(2, 0));
    }

    @Test
    void longRopeLists() {
        List<Double> ones = Collections.nCopies(64, 1.0);
        refused("long_factor", "longrope long_factor must be a list of numbers, one per rotating pair, got none",
                () -> LongRope.of(List.of(), ones));
        refused("short_factor", "longrope short_factor[1] must be a finite number above 0, got 0",
                () -> LongRope.of(ones, List.of(1.0, 0.0)));
        LongRope wrongLength = LongRope.of(Collections.nCopies(48, 1.0), Collections.nCopies(48, 1.0));
        refused("long_factor", "longrope long_factor must have 64 values (one per rotating pair, d/2 with d = 128),"
                + " got 48", () -> wrongLength.evaluate(ScalingContext.DEFAULT));
        refused("factor", "longrope factor must be a number above 0 and at most 1e8, got 0",
                () -> new LongRope(ones, ones, OptionalDouble.of(0), OptionalDouble.empty(), OptionalLong.empty()));
    }

    @Test
    void longRopePicksItsListByTheCurrentLength() {
        List<Double> longs = Collections.nCopies(64, 8.0);
        List<Double> shorts = Collections.nCopies(64, 1.5);
        LongRope lr = LongRope.of(longs, shorts);
        assertEquals(8.0, lr.evaluate(ScalingContext.DEFAULT).stretch(10), "m = 16k > m_l = 4k: long_factor");
        assertEquals(1.5, lr.atSeqLen(4096).evaluate(ScalingContext.DEFAULT).stretch(10), "L = m_l: short_factor");
        assertEquals(1.5, lr.evaluate(ScalingContext.DEFAULT.withNewLength(4096)).stretch(10));
    }
}
