package org.ropescope.math.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

/** The readout's count without arrays agrees with the ratios it summarises, pair by pair. */
class NewAnglesCountTest {

    @Test
    void countMatchesTheRatios() {
        int checked = 0;
        for (RopeConfig rc : List.of(RopeConfig.DEFAULT, RopeConfig.of(500_000, 128, 8192, 131_072),
                RopeConfig.of(10_000, 8192, 4096, 100_000_000), RopeConfig.of(10_000, 64, 4096, 4096))) {
            ScalingContext c = ScalingContext.of(rc);
            ScaledFrequencies original = DefaultRope.INSTANCE.evaluate(c);
            for (ScalingMethod m : List.<ScalingMethod>of(DefaultRope.INSTANCE, Linear.followingContext(),
                    Ntk.followingContext(), Yarn.followingContext())) {
                ScaledFrequencies f = m.evaluate(c);
                NewAngles all = NewAngles.of(original.invFreqs(), f.invFreqs(), rc.originalLength(), rc.newLength());
                int expected = 0;
                for (int i = 0; i < all.size(); i++) {
                    expected += all.meetsNew(i) ? 1 : 0;
                }
                assertEquals(expected, NewAngles.count(original, f, rc.originalLength(), rc.newLength()), m + " at " + rc);
                checked += expected;
            }
        }
        assertTrue(checked > 0, "some pair meets new angles in these cases");
    }
}
