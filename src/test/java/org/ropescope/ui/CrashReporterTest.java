package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.model.InputsModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CrashReporterTest {

    @TempDir
    Path logs;
    private Stage stage;
    private InputsModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new InputsModel();
        RoPEScopeApp.show(stage, model);
    }

    @Test
    void anUncaughtErrorShowsACopyableReportAndWritesALog(FxRobot robot) throws Exception {
        robot.interact(() -> model.dimProperty().set(256));
        CrashReporter reporter = new CrashReporter(logs, stage);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("boom from a worker");
        }, "worker-1");
        worker.setUncaughtExceptionHandler(reporter);
        worker.start();
        worker.join();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().startsWith("Something went wrong inside RoPEScope."));
        TextArea report = robot.lookup("#crashReport").queryAs(TextArea.class);
        assertTrue(report.getText().contains("java.lang.IllegalStateException: boom from a worker"));
        assertTrue(report.getText().contains("thread: worker-1"));

        List<Path> files;
        try (Stream<Path> s = Files.list(logs)) {
            files = s.collect(Collectors.toList());
        }
        assertEquals(1, files.size(), "one report, no temporary file left: " + files);
        assertTrue(files.get(0).getFileName().toString().matches("crash-\\d{8}-\\d{6}-\\d{3}\\.log"));
        assertEquals(report.getText(), Files.readString(files.get(0)));

        robot.interact(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.CLOSE)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the window survives");
        assertEquals(256, model.dimProperty().get(), "and keeps its values");
    }

    @Test
    void anUnwritableLogFolderGivesNoPathInsteadOfThrowing() throws Exception {
        Path notAFolder = Files.writeString(logs.resolve("file"), "x");
        CrashReporter reporter = new CrashReporter(notAFolder.resolve("logs"), stage);
        assertEquals(null, reporter.write("report"));
    }
}
