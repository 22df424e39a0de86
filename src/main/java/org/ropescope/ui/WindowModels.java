package org.ropescope.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.SchemesModel;
import org.ropescope.model.TeachingModel;
import org.ropescope.model.UndoHistory;
import org.ropescope.model.ViewSettings;

/**
 * Everything the window shows and keeps, apart from its controls: the inputs and the drawn methods,
 * the view settings, the undo history, the teaching views' and the Schemes view's state, the lecture's
 * steps and the session file. The app builds these once; a {@link MainWindow} is a view over them, so
 * a new window built over the same models (in another language, say) shows exactly the same state.
 *
 * @param model       the four inputs (the inputs of {@code methods})
 * @param methods     the drawn scaling methods and their parameters
 * @param settings    theme, presentation mode, the decay chart's scale
 * @param history     undo and redo over the inputs, the methods and the Schemes view
 * @param teaching    lambda = s, the selected pair, the rotation view's method
 * @param schemes     the Schemes view's settings
 * @param steps       the lecture's steps, saved with the session
 * @param sessionFile the session file last opened or saved, or {@code null}
 */
record WindowModels(InputsModel model, MethodsModel methods, ViewSettings settings, UndoHistory<?> history,
        TeachingModel teaching, SchemesModel schemes, LectureSteps steps, ObjectProperty<Path> sessionFile) {

    /** Fresh state for {@code methods} shown as {@code settings} say; undo covers the methods and the schemes. */
    static WindowModels of(MethodsModel methods, ViewSettings settings) {
        SchemesModel schemes = new SchemesModel();
        return of(methods, settings, UndoHistory.of(methods, schemes, settings.decayLogProperty()),
                new TeachingModel(methods.inputs()), schemes);
    }

    /** Fresh teaching, lecture and session state around the given models. */
    static WindowModels of(MethodsModel methods, ViewSettings settings, UndoHistory<?> history,
            TeachingModel teaching, SchemesModel schemes) {
        return new WindowModels(methods.inputs(), methods, settings, history, teaching, schemes, new LectureSteps(),
                new SimpleObjectProperty<>(null, "sessionFile"));
    }
}
