package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.ropescope.AppInfo;

/**
 * The last line of defence: an exception nobody caught becomes a dialog with a copyable report
 * (also written to a log file), instead of a dead or silent window. The window stays open and
 * keeps its state.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final Path logDir;
    private final Window owner;
    private boolean showing;

    public CrashReporter(Path logDir, Window owner) {
        this.logDir = logDir;
        this.owner = owner;
    }

    /** The default folder for reports: {@code ~/.ropescope/logs}, or the system property {@code ropescope.logDir}. */
    public static Path defaultLogDir() {
        String override = System.getProperty("ropescope.logDir"); // the tests keep theirs under target/
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".ropescope", "logs");
    }

    /** Makes this the handler of every thread, the JavaFX application thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String report = report(thread, error);
        Path file = write(report);
        System.err.println("RoPEScope: unexpected error (" + error + "); report: "
                + (file == null ? "could not be written" : file));
        if (Platform.isFxApplicationThread()) {
            show(report, file);
        } else {
            Platform.runLater(() -> show(report, file)); // dialogs live on the FX thread
        }
    }

    static String report(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return AppInfo.NAME + " " + AppInfo.version() + " error report\n"
                + "time: " + LocalDateTime.now() + "\n"
                + "java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "javafx: " + System.getProperty("javafx.runtime.version", "?") + "\n"
                + "os: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch") + "\n"
                + "thread: " + thread.getName() + "\n\n" + trace;
    }

    /** Writes the report atomically; returns its path, or {@code null} when it could not be written. */
    Path write(String report) {
        try {
            Files.createDirectories(logDir);
            Path target = logDir.resolve("crash-" + LocalDateTime.now().format(STAMP) + ".log");
            Path tmp = Files.createTempFile(logDir, ".crash-", ".tmp");
            try {
                Files.writeString(tmp, report, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void show(String report, Path file) {
        if (showing) {
            return; // one dialog at a time; the rest still go to the log
        }
        showing = true;
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            Languages.applyFont(alert.getDialogPane());
            alert.setTitle(text("crash.title"));
            alert.setHeaderText(text("crash.header"));
            alert.setContentText(file == null ? text("crash.notSaved") : text("crash.saved", file.toString()));
            TextArea text = new TextArea(report);
            text.setId("crashReport");
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(text);
            alert.getDialogPane().setExpanded(true);
            ButtonType copy = new ButtonType(text("crash.copy"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
            alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(report);
                Clipboard.getSystemClipboard().setContent(content);
                e.consume(); // keep the dialog open
            });
            alert.showAndWait();
        } finally {
            showing = false;
        }
    }
}
