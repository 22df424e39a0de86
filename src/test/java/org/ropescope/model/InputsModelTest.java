package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/** The view model needs no toolkit: plain JUnit on JavaFX properties. */
class InputsModelTest {

    private final InputsModel model = new InputsModel();

    @Test
    void startsOnTheDefaults() {
        assertEquals(RopeConfig.DEFAULT, model.getConfig());
        assertEquals(4.0, model.scaleProperty().get());
        assertEquals(Math.pow(4, 128.0 / 126), model.lambdaProperty().get());
    }

    @Test
    void raisingOriginalPastNewCarriesNewAlong() {
        model.originalLengthProperty().set(65536);
        assertEquals(65536, model.newLengthProperty().get());
        assertEquals(1.0, model.scaleProperty().get());
        assertEquals(1.0, model.lambdaProperty().get());
    }

    @Test
    void newNeverFallsBelowOriginal() {
        model.newLengthProperty().set(100);
        assertEquals(4096, model.newLengthProperty().get());
    }

    @Test
    void inputsClampThemselves() {
        model.dimProperty().set(3);
        assertEquals(4, model.dimProperty().get());
        model.dimProperty().set(99999);
        assertEquals(8192, model.dimProperty().get());
        model.baseProperty().set(Double.NaN);
        assertEquals(10000.0, model.baseProperty().get());
        model.baseProperty().set(0.5);
        assertEquals(10000.0, model.baseProperty().get());
        model.baseProperty().set(1e300);
        assertEquals(1e10, model.baseProperty().get());
        model.newLengthProperty().set(Long.MAX_VALUE);
        assertEquals(100_000_000L, model.newLengthProperty().get());
    }

    @Test
    void aBurstOfChangesComputesTheConfigOnceWhenAsked() {
        AtomicInteger invalidations = new AtomicInteger();
        model.configProperty().get();
        model.configProperty().addListener(obs -> invalidations.incrementAndGet());
        for (long m = 5000; m < 6000; m++) {
            model.newLengthProperty().set(m);
        }
        // lazy: the first change invalidates, later ones find it already invalid
        assertEquals(1, invalidations.get());
        var c = model.configProperty().get();
        assertSame(c, model.configProperty().get());
        assertEquals(5999, c.newLength());
        var t = MethodTable.book(ScalingContext.of(c));
        assertEquals(5999.0 / 4096 * 2 * Math.PI, t.first(MethodKind.LINEAR).period(0), 1e-12);
    }

    @Test
    void applyAndResetSetEveryInput() {
        RopeConfig c = RopeConfig.of(500000, 64, 131072, 1048576);
        model.apply(c);
        assertEquals(c, model.getConfig());
        model.apply(RopeConfig.of(10, 8, 16, 32));
        assertEquals(RopeConfig.of(10, 8, 16, 32), model.getConfig());
        model.reset();
        assertEquals(RopeConfig.DEFAULT, model.getConfig());
    }
}
