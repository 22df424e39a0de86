package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.PeriodDataset;
import org.ropescope.math.RopeConfig;
import org.ropescope.model.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sessions and undo through the real window: the menus, the keys, the dialog a person reads. */
class SessionWindowTest extends WindowTest {

    private static final RopeConfig LECTURE = RopeConfig.of(500000, 64, 8192, 131072);

    @TempDir
    Path dir;


    @Start
    void start(Stage stage) {
        open(stage);
    }

    private double[][] chartData() {
        PeriodDataset d = window.periodChart().dataset();
        double[][] out = new double[d.getSeriesCount()][];
        for (int s = 0; s < out.length; s++) {
            out[s] = new double[d.getItemCount(s)];
            for (int i = 0; i < out[s].length; i++) {
                out[s][i] = d.getYValue(s, i);
            }
        }
        return out;
    }

    private void waitForChart(RopeConfig c) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.periodChart().methods().context().rotaryConfig().equals(c));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private String dialogMessageAndClose(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        String message = pane.getContentText();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        return message;
    }

    @Test
    void aSessionSavedAndReopenedGivesTheSameInputsAndChart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.apply(LECTURE);
            window.settings().setTheme(Theme.DARK);
        });
        waitForChart(LECTURE);
        double[][] saved = chartData();
        Path file = dir.resolve("lecture.ropescope");
        robot.interact(() -> assertTrue(window.saveSession(file)));
        assertEquals("lecture.ropescope — RoPEScope", stage.getTitle());
        assertTrue(Files.readString(file).contains("\"newLength\" : 131072"));

        robot.clickOn("#fileMenu").clickOn("#resetItem"); // File > Reset to defaults
        robot.interact(() -> window.settings().setTheme(Theme.LIGHT));
        waitForChart(RopeConfig.DEFAULT);
        assertEquals("10,000", text(robot, "#baseField"));

        robot.interact(() -> assertTrue(window.openSession(file)));
        waitForChart(LECTURE);
        assertEquals(LECTURE, model.getConfig());
        assertEquals(Theme.DARK, window.settings().getTheme());
        assertEquals("500,000", text(robot, "#baseField"));
        assertEquals("131,072", text(robot, "#newField"));
        double[][] reopened = chartData();
        assertEquals(saved.length, reopened.length);
        for (int s = 0; s < saved.length; s++) {
            assertArrayEquals(saved[s], reopened[s], "series " + s);
        }

        // opening is one undoable step
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(RopeConfig.DEFAULT, model.getConfig());
    }

    @Test
    void badSessionFilesShowOneMessageAndChangeNothing(FxRobot robot) throws Exception {
        robot.interact(() -> model.apply(LECTURE));
        waitForChart(LECTURE);
        double[][] before = chartData();
        int steps = window.history().undoCount();
        String good = """
                {"format": "RoPEScope session", "formatVersion": "1.0",
                 "inputs": {"base": 10000, "dim": 128, "originalLength": 4096, "newLength": 16384}}
                """;
        String[][] cases = {
            {"future.ropescope", good.replace("\"1.0\"", "\"3.1\""),
                "future.ropescope was saved in session format 3.1 by a newer RoPEScope"},
            {"cut.ropescope", good.substring(0, good.length() - 12), "cut.ropescope is cut off: its JSON ends early"},
            {"types.ropescope", good.replace("\"dim\": 128", "\"dim\": \"many\""),
                "types.ropescope, inputs.dim must be a whole number, got \"many\" (text)"},
        };
        for (String[] c : cases) {
            Path file = dir.resolve(c[0]);
            Files.writeString(file, c[1]);
            robot.interact(() -> assertFalse(window.openSession(file)));
            String message = dialogMessageAndClose(robot);
            assertTrue(message.startsWith(c[2]), message);
            assertFalse(message.contains("Exception"), message);
            assertEquals(LECTURE, model.getConfig());
            assertEquals(steps, window.history().undoCount());
            assertEquals("RoPEScope", stage.getTitle());
            WaitForAsyncUtils.waitForFxEvents();
            double[][] after = chartData();
            for (int s = 0; s < before.length; s++) {
                assertArrayEquals(before[s], after[s]);
            }
        }
    }

    @Test
    void savingWhereItCannotShowsTheReason(FxRobot robot) throws Exception {
        Path file = dir.resolve("missing/folder/x.ropescope");
        robot.interact(() -> assertFalse(window.saveSession(file)));
        String message = dialogMessageAndClose(robot);
        assertTrue(message.startsWith("Cannot save x.ropescope: the folder "), message);
        assertEquals("RoPEScope", stage.getTitle());
    }

    @Test
    void undoReturnsThePreviousValueAndRedoReappliesItFromTheKeyboard(FxRobot robot) throws TimeoutException {
        TextField field = robot.lookup("#baseField").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("5e5").type(KeyCode.ENTER);
        assertEquals(500000.0, model.baseProperty().get());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z); // the focus is still in the field: the window's undo
        assertEquals(10000.0, model.baseProperty().get());
        assertEquals("10,000", field.getText());
        waitForChart(RopeConfig.DEFAULT);

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(500000.0, model.baseProperty().get());
        assertEquals("500,000", field.getText());
    }

    private MenuItem menuItem(String id) {
        return menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuBar menuBar() {
        return (MenuBar) window.lookup("#menuBar");
    }

    @Test
    void theEditMenuUndoesAndIsDisabledWhenThereIsNothingToUndo(FxRobot robot) {
        assertTrue(menuItem("undoItem").isDisable());
        assertTrue(menuItem("redoItem").isDisable());
        robot.interact(() -> model.dimProperty().set(64));
        assertFalse(menuItem("undoItem").isDisable());
        robot.clickOn("#editMenu").clickOn("Undo");
        assertEquals(128, model.dimProperty().get());
        assertEquals("128", text(robot, "#dimField"));
        assertTrue(menuItem("undoItem").isDisable());
        robot.clickOn("#editMenu").clickOn("Redo");
        assertEquals(64, model.dimProperty().get());
    }

    @Test
    void menusAndTheirCommandsHaveMnemonicsAndTheCommonOnesAShortcut() {
        for (Menu m : menuBar().getMenus()) {
            assertTrue(m.getText().contains("_") && m.isMnemonicParsing(), m.getText());
        }
        for (String id : List.of("openItem", "saveItem", "saveAsItem", "resetItem", "quitItem", "undoItem",
                "redoItem", "lightThemeItem", "darkThemeItem", "presentationItem", "shortcutsItem")) {
            MenuItem i = menuItem(id);
            assertTrue(i.getText().contains("_") && i.isMnemonicParsing(), i.getText());
        }
        assertEquals("Shortcut+O", menuItem("openItem").getAccelerator().getName());
        assertEquals("Shortcut+S", menuItem("saveItem").getAccelerator().getName());
        assertEquals("Shift+Shortcut+S", menuItem("saveAsItem").getAccelerator().getName());
        assertEquals("Shortcut+Z", menuItem("undoItem").getAccelerator().getName());
        assertEquals("Shift+Shortcut+Z", menuItem("redoItem").getAccelerator().getName());
        assertEquals("F5", menuItem("presentationItem").getAccelerator().getName());
    }

    @Test
    void aSliderDragIsOneUndoStep(FxRobot robot) throws TimeoutException {
        Node thumb = robot.lookup("#newSlider .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).moveBy(30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        long after = model.newLengthProperty().get();
        assertTrue(after > 16384, "m after the drag: " + after);
        assertEquals(1, window.history().undoCount());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(16384, model.newLengthProperty().get());
        assertEquals("16,384", text(robot, "#newField"));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(after, model.newLengthProperty().get());
    }

    @Test
    void resetToDefaultsIsUndoable(FxRobot robot) {
        robot.interact(() -> model.apply(LECTURE));
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        assertEquals(RopeConfig.DEFAULT, model.getConfig());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(LECTURE, model.getConfig());
    }
}
