package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.stage.FileChooser;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.SchemesModel;
import org.ropescope.model.Theme;
import org.ropescope.model.UndoHistory;
import org.ropescope.model.ViewSettings;
import org.ropescope.session.Session;
import org.ropescope.session.SessionException;
import org.ropescope.session.SessionFile;

/**
 * File &gt; Open session, Save session and Save session as: the window's side of
 * {@link SessionFile}. A session that cannot be read changes nothing and ends in one dialog with
 * one clear message (the {@link DialogService}'s, which also asks for the files); opening one is a single undoable step.
 */
final class SessionActions {

    /** The file chooser's filter, in the language in use. */
    private static List<FileChooser.ExtensionFilter> filter() {
        return List.of(new FileChooser.ExtensionFilter(text("session.filter", SessionFile.EXTENSION),
                "*" + SessionFile.EXTENSION));
    }

    private DialogService dialogs;
    private final InputsModel model;
    private final MethodsModel methods;
    private final ViewSettings view;
    private final UndoHistory<?> history;
    private final ObjectProperty<Path> file;
    private java.util.function.Supplier<org.ropescope.session.ViewState> viewNow =
            () -> org.ropescope.session.ViewState.DEFAULT;
    private java.util.function.Consumer<org.ropescope.session.ViewState> viewApply = v -> { };
    private final LectureSteps steps;
    private final SchemesModel schemes;

    /** The session commands over the window's {@code models}, asking and reporting through {@code dialogs}. */
    SessionActions(DialogService dialogs, WindowModels models) {
        this.dialogs = java.util.Objects.requireNonNull(dialogs);
        this.model = models.model();
        this.methods = models.methods();
        this.view = models.settings();
        this.history = models.history();
        this.schemes = models.schemes();
        this.steps = models.steps();
        this.file = models.sessionFile();
    }

    /** The window title: {@code lecture.ropescope — RoPEScope}, or the app's name alone. */
    StringBinding title() {
        return Bindings.createStringBinding(() -> file.get() == null ? RoPEScopeApp.TITLE
                : file.get().getFileName() + " — " + RoPEScopeApp.TITLE, file);
    }

    /** The whole state as a session. */
    Session current() {
        return new Session(model.getConfig(), view.getTheme().id(), methods.selection(), schemes.getSettings(),
                view.decayLogProperty().get()).withLecture(viewNow.get(), steps.list());
    }

    /** How the window's view (lambda = s, tab, selected pair, presentation) is read and set. */
    void setViewAccess(java.util.function.Supplier<org.ropescope.session.ViewState> now,
            java.util.function.Consumer<org.ropescope.session.ViewState> apply) {
        viewNow = java.util.Objects.requireNonNull(now);
        viewApply = java.util.Objects.requireNonNull(apply);
    }

    /** The lecture's steps, saved with the session. */
    LectureSteps steps() {
        return steps;
    }

    /** Shows {@code step}: its inputs and methods as one undoable step, then its view. */
    void show(org.ropescope.session.LectureStep step) {
        history.group(() -> {
            model.apply(step.inputs());
            methods.restore(step.methods());
        });
        viewApply.accept(step.view());
    }

    // ---- Commands (the menu) ----------------------------------------------------------------

    void chooseAndOpen() {
        dialogs.chooseToOpen(new DialogService.FileQuestion(text("session.open.title"), filter(), folder())).ifPresent(this::open);
    }

    void save() {
        if (file.get() == null) {
            chooseAndSave();
        } else {
            saveTo(file.get());
        }
    }

    void chooseAndSave() {
        String name = file.get() == null ? "session" + SessionFile.EXTENSION : String.valueOf(file.get().getFileName());
        dialogs.chooseToSave(new DialogService.FileQuestion(text("session.saveAs.title"), filter(), folder(), name))
                .ifPresent(chosen -> saveTo(SessionFile.withExtension(chosen)));
    }

    /** Where the session commands ask and report (tests give a fake). */
    void setDialogs(DialogService d) {
        dialogs = java.util.Objects.requireNonNull(d);
    }

    // ---- The work, without choosers (tests and the command line call these) -----------------

    /** Opens {@code path}: all of it, as one undoable step, or nothing and a dialog saying why. */
    boolean open(Path path) {
        Session s;
        try {
            s = SessionFile.read(path);
        } catch (SessionException e) {
            dialogs.showError(text("session.cannotOpen"), e.getMessage());
            return false;
        }
        history.group(() -> {
            model.apply(s.inputs());
            methods.restore(s.methods()); // a 1.0 file: the book's three
            if (s.decayLog() != null) { // before 1.2 files did not say: keep ours
                view.decayLogProperty().set(s.decayLog());
            }
            schemes.setSettings(s.schemes()); // before 1.2: the defaults
        });
        Theme.fromId(s.theme()).ifPresent(view::setTheme); // a theme from a later version: keep ours
        viewApply.accept(s.view());
        steps.replaceAll(s.steps());
        remember(path);
        return true;
    }

    /** Saves the whole state to {@code path}, or shows a dialog saying why it could not. */
    boolean saveTo(Path path) {
        try {
            SessionFile.write(path, current());
        } catch (SessionException e) {
            dialogs.showError(text("session.cannotSave"), e.getMessage());
            return false;
        }
        remember(path);
        return true;
    }

    private void remember(Path path) {
        file.set(path.toAbsolutePath());
    }

    /** The folder the file choosers start in: the session file's, if there is one. */
    private Path folder() {
        return file.get() == null ? null : file.get().getParent();
    }
}
