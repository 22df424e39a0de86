package org.ropescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/**
 * Every question the window asks in a dialog, in one place: which file to open, where to save, a
 * PNG's size, whether to go on; and every failure it reports in one. The window's commands ask
 * through this interface only ({@link FxDialogService} in the app), so tests replace it once for all.
 */
interface DialogService {

    /**
     * What a file chooser asks: its title, the kinds of file it offers, the folder it starts in (the
     * one remembered from the last time; {@code null} at first) and, when saving, the name it proposes.
     */
    record FileQuestion(String title, List<FileChooser.ExtensionFilter> filters, Path folder, String proposedName) {
        public FileQuestion {
            filters = List.copyOf(filters);
        }

        public FileQuestion(String title, List<FileChooser.ExtensionFilter> filters, Path folder) {
            this(title, filters, folder, null);
        }
    }

    /** The file chosen to open, or empty if the person cancelled. */
    Optional<Path> chooseToOpen(FileQuestion question);

    /** The file chosen to save to, or empty if the person cancelled. */
    Optional<Path> chooseToSave(FileQuestion question);

    /** A PNG's size, starting from the on-screen size; empty if cancelled. */
    Optional<PngSize> askPngSize(int screenWidth, int screenHeight);

    /** Tells a person that something failed: a heading and what happened (one or two sentences). */
    void showError(String header, String message);

    /** Asks a person to confirm {@code message}; true for yes. */
    boolean confirm(String header, String message);
}
