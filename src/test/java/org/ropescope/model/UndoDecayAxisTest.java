package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Decay tab's log axis is one undo step, undone and redone with the inputs. Plain JUnit, no toolkit. */
class UndoDecayAxisTest {

    private final InputsModel inputs = new InputsModel();
    private final MethodsModel methods = new MethodsModel(inputs);
    private final ViewSettings view = new ViewSettings();
    private final UndoHistory<UndoHistory.State> history = UndoHistory.of(methods, view.decayLogProperty());

    @Test
    void switchingTheAxisIsAStepOfItsOwn() {
        view.decayLogProperty().set(true);
        assertEquals(1, history.undoCount());
        inputs.newLengthProperty().set(32_768);
        assertEquals(2, history.undoCount());

        history.undo();
        assertEquals(16_384, inputs.newLengthProperty().get());
        assertTrue(view.decayLogProperty().get(), "the axis stays until its own step is undone");
        history.undo();
        assertFalse(view.decayLogProperty().get());
        history.redo();
        assertTrue(view.decayLogProperty().get());
    }
}
