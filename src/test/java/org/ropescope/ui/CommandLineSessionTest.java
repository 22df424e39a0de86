package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.ChartTheme;
import org.ropescope.math.RopeConfig;
import org.ropescope.session.Session;
import org.ropescope.session.SessionFile;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code java -jar ropescope.jar lecture.ropescope}: the application itself, started with arguments. */
class CommandLineSessionTest {

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aSessionNamedOnTheCommandLineOpensInTheWindow() throws Exception {
        Path file = dir.resolve("lecture.ropescope");
        SessionFile.write(file, new Session(RopeConfig.of(500000, 64, 8192, 131072), "dark"));

        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(RoPEScopeApp.class, file.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().getRoot() instanceof MainWindow);
        WaitForAsyncUtils.waitForFxEvents();

        FxRobot robot = new FxRobot();
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        assertEquals("lecture.ropescope — RoPEScope", stage.getTitle());
        assertEquals("500,000", robot.from(window).lookup("#baseField").queryAs(TextField.class).getText());
        assertEquals("131,072", robot.from(window).lookup("#newField").queryAs(TextField.class).getText());
        assertEquals(RopeConfig.of(500000, 64, 8192, 131072), window.model().getConfig());
        assertEquals(ChartTheme.DARK, window.periodChart().theme());
        assertFalse(window.history().canUndoProperty().get()); // the opened session is where undo starts
        Files.delete(file);
    }
}
