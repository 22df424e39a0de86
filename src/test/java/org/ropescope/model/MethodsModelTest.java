package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

/** The drawn methods and the rotating share, without a toolkit. */
class MethodsModelTest {

    private final InputsModel inputs = new InputsModel();
    private final MethodsModel model = new MethodsModel(inputs);

    @Test
    void theBooksThreeAreDrawnAtFirstAndLongRopeCannotBeWithoutItsLists() {
        assertEquals(ScalingMethod.bookMethods(), model.drawnMethodsProperty().get());
        assertNull(model.methodProperty(MethodKind.LONGROPE).get());
        model.drawnProperty(MethodKind.LONGROPE).set(true);
        assertFalse(model.drawnProperty(MethodKind.LONGROPE).get());
        MethodTable t = model.tableProperty().get();
        assertEquals(List.of("period_default", "period_linear", "period_ntk"), t.columnNames());
        assertEquals(ScalingContext.DEFAULT, t.context());
    }

    @Test
    void theTableIsComputedOnceForManyChanges() {
        AtomicInteger invalidations = new AtomicInteger();
        model.tableProperty().addListener(obs -> invalidations.incrementAndGet());
        MethodTable first = model.tableProperty().get();
        for (long m = 5000; m < 6000; m++) {
            inputs.newLengthProperty().set(m);
        }
        model.drawnProperty(MethodKind.YARN).set(true);
        assertEquals(1, invalidations.get(), "lazy: invalid once until asked again");
        MethodTable now = model.tableProperty().get();
        assertTrue(now != first);
        assertSame(now, model.tableProperty().get());
        assertEquals(5999, now.context().newLength());
        assertEquals(4, now.size());
    }

    @Test
    void applyShowsExactlyTheGivenMethodsOnTheGivenContext() {
        ScalingContext neox = new ScalingContext(10_000, 96, 0.25, 2048, 8192);
        model.apply(neox, List.of(DefaultRope.INSTANCE, Yarn.of(4)));
        assertEquals(List.of(DefaultRope.INSTANCE, Yarn.of(4)), model.drawnMethodsProperty().get());
        assertEquals(neox, model.contextProperty().get());
        assertEquals(RopeConfig.of(10_000, 96, 2048, 8192), inputs.getConfig());
        assertEquals(12, model.tableProperty().get().context().pairs());
        model.resetMethods();
        assertEquals(ScalingMethod.bookMethods(), model.drawnMethodsProperty().get());
        assertEquals(Yarn.followingContext(), model.methodProperty(MethodKind.YARN).get());
        assertEquals(1.0, model.partialRotaryFactorProperty().get());
    }

    @Test
    void aRotatingShareThatNoLongerFitsTheHeadIsRoundedDownToAnEvenDimension() {
        model.partialRotaryFactorProperty().set(0.25);
        inputs.dimProperty().set(100); // int(100 * 0.25) = 25, odd
        ScalingContext c = model.contextProperty().get();
        assertEquals(24, c.rotaryDim());
        inputs.dimProperty().set(8); // 2, too few
        assertEquals(4, model.contextProperty().get().rotaryDim());
        inputs.dimProperty().set(128);
        assertEquals(32, model.contextProperty().get().rotaryDim());
        model.partialRotaryFactorProperty().set(Double.NaN);
        model.partialRotaryFactorProperty().set(-1);
        assertEquals(0.25, model.partialRotaryFactorProperty().get(), "ignored");
    }

    @Test
    void aMethodThatDoesNotFitTheContextIsLeftOutAndNamed() {
        LongRope phi = LongRope.of(Collections.nCopies(48, 1.5), Collections.nCopies(48, 1.0));
        model.apply(new ScalingContext(10_000, 96, 1, 4096, 131_072), List.of(DefaultRope.INSTANCE, phi));
        assertEquals(2, model.tableProperty().get().size());
        assertEquals(List.of(), model.problemsProperty().get());
        inputs.dimProperty().set(128);
        assertEquals(1, model.tableProperty().get().size());
        assertEquals(List.of("LongRoPE is not drawn: longrope long_factor must have 64 values (one per rotating"
                + " pair, d/2 with d = 128), got 48"), model.problemsProperty().get());
    }
}
