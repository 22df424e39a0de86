package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ropescope.math.schemes.SchemeSettings;

/** The Schemes view's settings in the model: held whole, undone and redone with the inputs. */
class SchemesModelTest {

    @Test
    void undoCoversTheSchemesSettingsBesideTheInputs() {
        MethodsModel methods = new MethodsModel(new InputsModel());
        SchemesModel schemes = new SchemesModel();
        UndoHistory<UndoHistory.State> history = UndoHistory.of(methods, schemes);
        schemes.setSettings(SchemeSettings.DEFAULT.withHeads(112));
        methods.inputs().originalLengthProperty().set(2048);
        assertEquals(2, history.undoCount());
        history.undo();
        assertEquals(112, schemes.getSettings().heads());
        history.undo();
        assertEquals(SchemeSettings.DEFAULT, schemes.getSettings());
        history.redo();
        assertEquals(112, schemes.getSettings().heads());
        history.group(() -> {
            schemes.setSettings(SchemeSettings.DEFAULT.withT5(32, 128, true));
            methods.inputs().originalLengthProperty().set(512);
        });
        history.undo(); // one step for both
        assertEquals(112, schemes.getSettings().heads());
        assertEquals(4096, methods.inputs().originalLengthProperty().get());
    }

    @Test
    void theSettingsAreNeverNullAndResetToTheDefaults() {
        SchemesModel schemes = new SchemesModel();
        assertThrows(NullPointerException.class, () -> schemes.setSettings(null));
        schemes.setSettings(SchemeSettings.DEFAULT.withDModel(1024));
        schemes.reset();
        assertEquals(SchemeSettings.DEFAULT, schemes.getSettings());
    }
}
