package org.ropescope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's dialogs: JavaFX's file choosers and alerts, and {@link PngSizeDialog}, owned by the window. */
final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to (may give {@code null} before it is shown) */
    FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public Optional<Path> chooseToOpen(FileQuestion question) {
        return Optional.ofNullable(chooser(question).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseToSave(FileQuestion question) {
        return Optional.ofNullable(chooser(question).showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(FileQuestion q) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(q.title());
        chooser.getExtensionFilters().addAll(q.filters());
        if (q.folder() != null && Files.isDirectory(q.folder())) {
            chooser.setInitialDirectory(q.folder().toFile());
        }
        if (q.proposedName() != null) {
            chooser.setInitialFileName(q.proposedName());
        }
        return chooser;
    }

    @Override
    public Optional<PngSize> askPngSize(int screenWidth, int screenHeight) {
        return PngSizeDialog.ask(owner.get(), screenWidth, screenHeight);
    }

    /** An error dialog ({@code #errorDialog}); it does not wait, so the command that failed ends at once. */
    @Override
    public void showError(String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, header, message);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    @Override
    public boolean confirm(String header, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, message);
        alert.getDialogPane().setId("confirmDialog");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Alert alert(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type);
        alert.setTitle(RoPEScopeApp.TITLE);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(520);
        Languages.applyFont(alert.getDialogPane());
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        return alert;
    }
}
