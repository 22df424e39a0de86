package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window is a view over models built once: a view built anew over them shows the same state (as a
 * change of language will need), and every command asks through the one {@link DialogService}.
 */
class WindowViewTest extends WindowTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private MenuItem menuItem(MainWindow w, String id) {
        return ((MenuBar) w.lookup("#menuBar")).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aViewBuiltAnewOverTheSameModelsShowsTheSameState(FxRobot robot) {
        Path session = dir.resolve("lecture.ropescope");
        robot.interact(() -> {
            model.baseProperty().set(500_000);
            window.addStep();
            window.saveSession(session);
        });
        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> again[0] = RoPEScopeApp.show(stage, RoPEScopeApp.view(window.models())));
        assertNotSame(window, again[0]);
        assertEquals("500,000", robot.lookup("#baseField").queryAs(TextField.class).getText());
        assertEquals("lecture.ropescope — RoPEScope", stage.getTitle());
        assertEquals(1, again[0].lectureSteps().items().size());
        assertTrue(again[0].history().canUndoProperty().get(), "the undo history carries over");
        robot.interact(() -> menuItem(again[0], "undoItem").fire());
        assertEquals(10_000.0, model.baseProperty().get());
    }

    @Test
    void theSessionCommandsAskInTheSessionsFolderAndACancelChangesNothing(FxRobot robot) {
        Path session = dir.resolve("lecture.ropescope");
        robot.interact(() -> window.saveSession(session));
        List<DialogService.FileQuestion> asked = new ArrayList<>();
        window.setDialogs(new FakeDialogs().onOpen(q -> {
            asked.add(q);
            return Optional.empty();
        }).onSave(q -> {
            asked.add(q);
            return Optional.empty();
        }));
        robot.interact(() -> menuItem(window, "saveAsItem").fire());
        robot.interact(() -> menuItem(window, "openItem").fire());
        assertEquals(2, asked.size());
        assertEquals("Save session as", asked.get(0).title());
        assertEquals(dir.toAbsolutePath(), asked.get(0).folder());
        assertEquals("lecture.ropescope", asked.get(0).proposedName());
        assertEquals("Open session", asked.get(1).title());
        assertEquals(dir.toAbsolutePath(), asked.get(1).folder());
        assertEquals("lecture.ropescope — RoPEScope", stage.getTitle());
    }
}
