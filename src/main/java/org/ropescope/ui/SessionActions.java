package org.ropescope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
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
 * one clear message; opening one is a single undoable step.
 */
final class SessionActions {

    private static final FileChooser.ExtensionFilter FILTER = new FileChooser.ExtensionFilter(
            "RoPEScope sessions (*" + SessionFile.EXTENSION + ")", "*" + SessionFile.EXTENSION);

    private final Node owner;
    private final InputsModel model;
    private final MethodsModel methods;
    private final ViewSettings view;
    private final UndoHistory<?> history;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private Path folder;
    private java.util.function.Supplier<org.ropescope.session.ViewState> viewNow =
            () -> org.ropescope.session.ViewState.DEFAULT;
    private java.util.function.Consumer<org.ropescope.session.ViewState> viewApply = v -> { };
    private final LectureSteps steps = new LectureSteps();
    private SchemesModel schemes = new SchemesModel(); // the window's, set after construction

    SessionActions(Node owner, MethodsModel methods, ViewSettings view, UndoHistory<?> history) {
        this.owner = owner;
        this.model = methods.inputs();
        this.methods = methods;
        this.view = view;
        this.history = history;
    }

    /** The Schemes view's settings, saved and opened with the rest. */
    void setSchemes(SchemesModel s) {
        schemes = java.util.Objects.requireNonNull(s);
    }

    /** The session file last opened or saved, or {@code null}. */
    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
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
        FileChooser chooser = chooser("Open session");
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    void save() {
        if (file.get() == null) {
            chooseAndSave();
        } else {
            saveTo(file.get());
        }
    }

    void chooseAndSave() {
        FileChooser chooser = chooser("Save session as");
        chooser.setInitialFileName(file.get() == null ? "session" + SessionFile.EXTENSION
                : String.valueOf(file.get().getFileName()));
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            saveTo(SessionFile.withExtension(chosen.toPath()));
        }
    }

    // ---- The work, without choosers (tests and the command line call these) -----------------

    /** Opens {@code path}: all of it, as one undoable step, or nothing and a dialog saying why. */
    boolean open(Path path) {
        Session s;
        try {
            s = SessionFile.read(path);
        } catch (SessionException e) {
            error("Cannot open the session", e.getMessage());
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
            error("Cannot save the session", e.getMessage());
            return false;
        }
        remember(path);
        return true;
    }

    private void remember(Path path) {
        Path absolute = path.toAbsolutePath();
        file.set(absolute);
        folder = absolute.getParent();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(FILTER);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(RoPEScopeApp.TITLE);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("sessionError");
        alert.getDialogPane().setMinWidth(520);
        if (window() != null) {
            alert.initOwner(window());
        }
        alert.show();
    }
}
