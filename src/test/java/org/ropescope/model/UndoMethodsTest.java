package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;
import org.ropescope.presets.Preset;
import org.ropescope.presets.Presets;

/** Undo and redo of the methods: ticks, parameters, the rotating share, presets. Plain JUnit, no toolkit. */
class UndoMethodsTest {

    private final InputsModel inputs = new InputsModel();
    private final MethodsModel methods = new MethodsModel(inputs);
    private final UndoHistory<UndoHistory.State> history = UndoHistory.of(methods);

    private List<MethodKind> drawn() {
        return methods.drawnMethodsProperty().get().stream().map(ScalingMethod::kind).toList();
    }

    @Test
    void tickingAMethodOnAndOffIsOneStepEach() {
        methods.drawnProperty(MethodKind.YARN).set(true);
        assertEquals(1, history.undoCount());
        methods.drawnProperty(MethodKind.LINEAR).set(false);
        assertEquals(2, history.undoCount());
        assertEquals(List.of(MethodKind.DEFAULT, MethodKind.NTK, MethodKind.YARN), drawn());

        history.undo();
        assertEquals(List.of(MethodKind.DEFAULT, MethodKind.LINEAR, MethodKind.NTK, MethodKind.YARN), drawn());
        history.undo();
        assertEquals(List.of(MethodKind.DEFAULT, MethodKind.LINEAR, MethodKind.NTK), drawn());
        assertFalse(history.canUndoProperty().get());
        history.redo();
        assertTrue(methods.drawnProperty(MethodKind.YARN).get());
        assertTrue(methods.drawnProperty(MethodKind.LINEAR).get());
    }

    @Test
    void changingAParameterIsOneStepAndUndoPutsTheOldValueBack() {
        Yarn before = (Yarn) methods.methodProperty(MethodKind.YARN).get();
        methods.setMethod(MethodParameters.of(before).withBetas(16, 2).build(MethodKind.YARN));
        methods.setMethod(MethodParameters.of(methods.methodProperty(MethodKind.YARN).get()).withFactor(8)
                .build(MethodKind.YARN));
        assertEquals(2, history.undoCount());
        history.undo();
        Yarn y = (Yarn) methods.methodProperty(MethodKind.YARN).get();
        assertEquals(16.0, y.betaFast());
        assertTrue(y.factor().isEmpty(), "factor follows m / m_l again");
        history.undo();
        assertEquals(before, methods.methodProperty(MethodKind.YARN).get());
        history.redo();
        history.redo();
        assertEquals(8.0, ((Yarn) methods.methodProperty(MethodKind.YARN).get()).factor().getAsDouble());
    }

    @Test
    void theRotatingShareIsOneStepAndChangesTheTableBack() {
        double lastPeriod = methods.tableProperty().get().get(0).maxPeriod();
        methods.partialRotaryFactorProperty().set(0.25);
        assertEquals(1, history.undoCount());
        assertEquals(16, methods.tableProperty().get().get(0).size()); // 32 of 128 dimensions rotate
        history.undo();
        assertEquals(1.0, methods.partialRotaryFactorProperty().get());
        assertEquals(64, methods.tableProperty().get().get(0).size());
        assertEquals(lastPeriod, methods.tableProperty().get().get(0).maxPeriod());
    }

    @Test
    void aPresetIsOneStepAndUndoRestoresTheMethodsAsWellAsTheInputs() {
        methods.drawnProperty(MethodKind.LLAMA3).set(true);
        MethodSelection before = methods.selection();
        int steps = history.undoCount();
        Preset phi = Presets.byId("phi-3-mini-128k").orElseThrow();
        history.group(() -> methods.apply(phi.context(), phi.methods()));
        assertEquals(steps + 1, history.undoCount());
        assertTrue(methods.drawnProperty(MethodKind.LONGROPE).get());
        assertFalse(methods.drawnProperty(MethodKind.LLAMA3).get());

        history.undo();
        assertEquals(RopeConfig.DEFAULT, inputs.getConfig());
        assertEquals(before, methods.selection());
        assertEquals(null, methods.methodProperty(MethodKind.LONGROPE).get(), "longrope unloaded again");
        history.redo();
        assertEquals(phi.methods().get(phi.methods().size() - 1), methods.methodProperty(MethodKind.LONGROPE).get());
        assertTrue(methods.drawnProperty(MethodKind.LONGROPE).get());
    }

    @Test
    void aResetIsOneStepAndUndoBringsTheDrawnMethodsBack() {
        methods.drawnProperty(MethodKind.YARN).set(true);
        methods.partialRotaryFactorProperty().set(0.5);
        MethodSelection before = methods.selection();
        history.group(() -> {
            inputs.reset();
            methods.resetMethods();
        });
        assertEquals(MethodSelection.book(), methods.selection());
        assertEquals(3, history.undoCount());
        history.undo();
        assertEquals(before, methods.selection());
    }
}
