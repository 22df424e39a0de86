package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;

/** Undo and redo on the plain model, no toolkit. */
class UndoHistoryTest {

    private final InputsModel model = new InputsModel();
    private final UndoHistory<?> history = UndoHistory.of(new MethodsModel(model)); // as the window records

    @Test
    void undoReturnsThePreviousValueAndRedoReappliesIt() {
        assertFalse(history.canUndoProperty().get());
        model.baseProperty().set(500000);
        model.dimProperty().set(64);
        assertEquals(2, history.undoCount());
        assertTrue(history.canUndoProperty().get());

        history.undo();
        assertEquals(128, model.dimProperty().get());
        assertEquals(500000.0, model.baseProperty().get());
        assertTrue(history.canRedoProperty().get());
        history.undo();
        assertEquals(10000.0, model.baseProperty().get());
        assertFalse(history.canUndoProperty().get());
        history.undo(); // nothing left: nothing happens
        assertEquals(RopeConfig.DEFAULT, model.getConfig());

        history.redo();
        assertEquals(500000.0, model.baseProperty().get());
        assertEquals(128, model.dimProperty().get());
        history.redo();
        assertEquals(64, model.dimProperty().get());
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void aDragIsOneStepHoweverManyValuesItPassed() {
        history.gestureProperty().set(true); // the slider's valueChanging during a drag
        for (long m = 16384; m <= 40000; m += 100) {
            model.newLengthProperty().set(m);
        }
        assertEquals(0, history.undoCount()); // not done yet
        history.gestureProperty().set(false);
        assertEquals(1, history.undoCount());
        assertEquals(39984, model.newLengthProperty().get());

        history.undo();
        assertEquals(16384, model.newLengthProperty().get());
        history.redo();
        assertEquals(39984, model.newLengthProperty().get());
    }

    @Test
    void aDragThatEndsWhereItStartedLeavesNoStep() {
        history.gestureProperty().set(true);
        model.newLengthProperty().set(20000);
        model.newLengthProperty().set(16384);
        history.gestureProperty().set(false);
        assertEquals(0, history.undoCount());
    }

    @Test
    void resetIsOneUndoableStep() {
        model.apply(RopeConfig.of(500000, 64, 131072, 1048576)); // four properties, four steps
        int before = history.undoCount();
        history.group(model::reset);
        assertEquals(before + 1, history.undoCount());
        assertEquals(RopeConfig.DEFAULT, model.getConfig());
        history.undo();
        assertEquals(RopeConfig.of(500000, 64, 131072, 1048576), model.getConfig());
    }

    @Test
    void raisingMlPastMIsOneStepThatUndoesBoth() {
        model.originalLengthProperty().set(65536); // carries m along
        assertEquals(1, history.undoCount());
        history.undo();
        assertEquals(4096, model.originalLengthProperty().get());
        assertEquals(16384, model.newLengthProperty().get());
    }

    @Test
    void aNewChangeAfterUndoDropsTheRedoSteps() {
        model.dimProperty().set(64);
        history.undo();
        assertTrue(history.canRedoProperty().get());
        model.dimProperty().set(256);
        assertFalse(history.canRedoProperty().get());
        history.undo();
        assertEquals(128, model.dimProperty().get());
    }

    @Test
    void undoAndRedoAreNotRecordedAsChanges() {
        model.dimProperty().set(64);
        model.dimProperty().set(32);
        history.undo();
        history.undo();
        history.redo();
        assertEquals(1, history.undoCount());
        assertEquals(1, history.redoCount());
        assertEquals(64, model.dimProperty().get());
    }

    @Test
    void aClampedValueThatChangesNothingLeavesNoStep() {
        model.baseProperty().set(Double.NaN); // ignored by the property
        model.dimProperty().set(128);
        assertEquals(0, history.undoCount());
    }

    @Test
    void theOldestStepsGoWhenTheLimitIsReached() {
        InputsModel m = new InputsModel();
        UndoHistory<RopeConfig> small = new UndoHistory<>(m::getConfig, m::apply, 3, m.dimProperty());
        for (int d : new int[] {8, 16, 32, 64, 256}) {
            m.dimProperty().set(d);
        }
        assertEquals(3, small.undoCount());
        small.undo();
        small.undo();
        small.undo();
        assertEquals(16, m.dimProperty().get());
        assertFalse(small.canUndoProperty().get());
    }

    @Test
    void clearStartsAfresh() {
        model.dimProperty().set(64);
        history.clear();
        assertFalse(history.canUndoProperty().get());
        history.undo();
        assertEquals(64, model.dimProperty().get());
    }
}
