package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.diagnostics.DecayGrid;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/** The decay chart's curves computed on two threads are the ones computed one after another. */
class DecayCurvesTest {

    @Test
    void twoThreadsGiveTheSameCurvesAsOne() {
        RopeConfig config = RopeConfig.DEFAULT.withDim(8192).withLengths(4096, 131_072);
        MethodTable methods = MethodTable.book(ScalingContext.of(config));
        double[] x = DecayGrid.linear(config.newLength(), DecayChart.LINEAR_POINTS);
        long work = (long) methods.size() * methods.get(0).invFreqs().length * x.length;
        assertTrue(work >= DecayCurves.PARALLEL_WORK, "large enough to be split: " + work);

        double[][] y = DecayCurves.of(methods, x);

        assertEquals(methods.size(), y.length);
        for (int s = 0; s < methods.size(); s++) {
            double[] alone = org.ropescope.math.diagnostics.LongTermDecay.over(methods.get(s).invFreqs(), x);
            assertArrayEquals(alone, y[s], 0.0, "curve " + s + " (" + methods.get(s).method() + ")");
        }
        assertEquals(1.0, y[0][0], 1e-12, "B(0) = 1");
    }

    @Test
    void aSmallHeadStaysOnTheCallingThread() {
        MethodTable methods = MethodTable.book(ScalingContext.DEFAULT);
        double[][] y = DecayCurves.of(methods, new double[] {0, 1, 2, 3});
        assertEquals(methods.size(), y.length);
        assertEquals(1.0, y[1][0], 1e-12);
    }
}
