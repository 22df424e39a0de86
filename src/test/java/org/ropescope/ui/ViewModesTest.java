package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.ChartTheme;
import org.ropescope.model.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode, themes and the keyboard, through the real window. */
class ViewModesTest extends WindowTest {


    @Start
    void start(Stage stage) {
        open(stage);
    }

    private JFreeChart chart() {
        return window.periodChart().chart();
    }

    private float lineWidth() {
        return ((BasicStroke) chart().getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth();
    }

    private double titleFontSize(FxRobot robot) {
        return robot.lookup(".parameter-title").queryAs(Label.class).getFont().getSize();
    }

    @Test
    void f5TogglesFullScreenWithThickerLinesAndLargerFonts(FxRobot robot) {
        assertFalse(stage.isFullScreen());
        assertEquals(2.6f, lineWidth(), 1e-6f);
        assertEquals(18, chart().getTitle().getFont().getSize());
        double labelBefore = titleFontSize(robot);

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        assertTrue(window.settings().isPresentation());
        assertEquals(5f, lineWidth(), 1e-6f);
        assertEquals(27, chart().getTitle().getFont().getSize());
        assertEquals(ChartTheme.PRESENTATION, window.periodChart().theme());
        assertTrue(window.getStyleClass().contains("presentation"));
        // the side panel is a slim strip that gives the chart its room (issue 13): its type does not shrink
        assertTrue(titleFontSize(robot) >= labelBefore, titleFontSize(robot) + " vs " + labelBefore);
        javafx.scene.Node exportBar = robot.lookup("#exportToolBar").query();
        assertFalse(exportBar.isVisible() || exportBar.isManaged(), "the chart gets the export bar's room");

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
        assertTrue(exportBar.isVisible() && exportBar.isManaged());
        assertEquals(2.6f, lineWidth(), 1e-6f);
        assertEquals(18, chart().getTitle().getFont().getSize());
        assertEquals(labelBefore, titleFontSize(robot), 1e-9);
    }

    @Test
    void escapeLeavesPresentationMode(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.settings().isPresentation());
        assertFalse(stage.isFullScreen());
        assertEquals(ChartTheme.LIGHT, window.periodChart().theme());
    }

    @Test
    void leavingFullScreenAnotherWayLeavesPresentationMode(FxRobot robot) {
        robot.interact(() -> window.settings().setPresentation(true));
        assertTrue(stage.isFullScreen());
        robot.interact(() -> stage.setFullScreen(false)); // the window manager, or Esc handled by the platform
        assertFalse(window.settings().isPresentation());
        assertEquals(2.6f, lineWidth(), 1e-6f);
    }

    @Test
    void theDarkThemeFromTheViewMenuChangesTheChartsBackground(FxRobot robot) {
        assertEquals(Color.WHITE, chart().getBackgroundPaint());
        robot.clickOn("#viewMenu").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, window.settings().getTheme());
        assertEquals(ChartTheme.DARK.background(), chart().getBackgroundPaint());
        assertEquals(ChartTheme.DARK.background(), chart().getXYPlot().getBackgroundPaint());
        assertTrue(window.getStyleClass().contains("dark"));
        // the controls follow: the side panel's background is dark too
        javafx.scene.layout.Region panel = robot.lookup(".side-panel").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.paint.Color card = (javafx.scene.paint.Color) robot.lookup(".parameter")
                .queryAs(javafx.scene.layout.Region.class).getBackground().getFills().get(0).getFill();
        assertTrue(card.getBrightness() < 0.2, "card " + card + " in " + panel);

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartTheme.PRESENTATION_DARK, window.periodChart().theme());
        robot.type(KeyCode.F5);

        robot.clickOn("#viewMenu").clickOn("Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.WHITE, chart().getBackgroundPaint());
        javafx.scene.paint.Color lightCard = (javafx.scene.paint.Color) robot.lookup(".parameter")
                .queryAs(javafx.scene.layout.Region.class).getBackground().getFills().get(0).getFill();
        assertTrue(lightCard.getBrightness() > 0.9, "card " + lightCard);
    }

    @Test
    void altAndALetterGoesToAnInputsField(FxRobot robot) {
        robot.interact(() -> robot.lookup("#dimSlider").query().requestFocus());
        robot.push(KeyCode.ALT, KeyCode.N);
        assertEquals("newField", stage.getScene().getFocusOwner().getId());
        robot.push(KeyCode.ALT, KeyCode.B);
        assertEquals("baseField", stage.getScene().getFocusOwner().getId());
    }

    /** Issue 13, defect 9: Alt+B left the File menu highlighted, so the first Escape in the field went to it. */
    @Test
    void altAndALetterLeavesTheMenuBarAloneSoEscapeRestoresTheField(FxRobot robot) {
        robot.press(KeyCode.ALT).press(KeyCode.B).release(KeyCode.ALT).release(KeyCode.B); // as fingers do
        TextField base = robot.lookup("#baseField").queryAs(TextField.class);
        assertEquals(base, stage.getScene().getFocusOwner());
        robot.interact(base::selectAll);
        robot.write("99");
        assertEquals("99", base.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10,000", base.getText(), "the first Escape puts back the current value");
        assertTrue(robot.lookup("#menuBar .menu-button").queryAll().stream().noneMatch(
                n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected"))));
    }

    /** Issue 13: Shift with the arrows steps m through 1, 1.5, 2, 3, 4, 6, ... times m_l ("twice as long"). */
    @Test
    void shiftAndTheArrowsStepMByMultiplesOfML(FxRobot robot) {
        robot.interact(() -> {
            model.originalLengthProperty().set(2000);
            model.newLengthProperty().set(2000);
            robot.lookup("#newSlider").query().requestFocus();
        });
        List<Long> seen = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
            seen.add((long) model.newLengthProperty().get());
        }
        assertEquals(List.of(3000L, 4000L, 6000L, 8000L, 12000L), seen);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(8000, model.newLengthProperty().get());
        robot.type(KeyCode.RIGHT); // without Shift: the usual power-of-two step
        assertEquals(8192, model.newLengthProperty().get());
    }

    /**
     * Issue 13, defect 14 (menus stopped opening after a run of dialogs; not reproduced): after dialogs
     * opened from the keyboard and the menus, and Alt+letter chords, the mouse and F10 still open them.
     */
    @Test
    void afterDialogsAndAltChordsTheMenusStillOpen(FxRobot robot) throws TimeoutException {
        javafx.scene.control.Menu file = window.getTop().lookupAll("#menuBar").stream().findFirst()
                .map(n -> ((javafx.scene.control.MenuBar) n).getMenus().get(0)).orElseThrow();
        for (int round = 0; round < 3; round++) {
            robot.type(KeyCode.F1); // a dialog from the keyboard
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
            robot.interact(() -> ((Stage) robot.lookup("#shortcutsTable").query().getScene().getWindow()).close());
            robot.clickOn("#helpMenu").clickOn("Keyboard shortcuts"); // and from a menu
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
            robot.interact(() -> ((Stage) robot.lookup("#shortcutsTable").query().getScene().getWindow()).close());
            robot.press(KeyCode.ALT).press(KeyCode.D).release(KeyCode.ALT).release(KeyCode.D);
            robot.type(KeyCode.ESCAPE);
        }
        robot.clickOn("#fileMenu");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, file::isShowing);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !file.isShowing());
        robot.interact(() -> robot.lookup("#dimSlider").query().requestFocus());
        robot.type(KeyCode.F10).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, file::isShowing);
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
    }

    /**
     * Issue 13, defect 3: in the dark theme menus had a white frame: their shadow and rounded corners
     * are the popup window's transparent edge, painted white without a compositor. Menus are square
     * and shadowless, in both themes.
     */
    @Test
    void menusHaveNoTransparentEdgeThatCouldShowWhite(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.settings().setTheme(Theme.DARK));
        robot.clickOn("#fileMenu");
        java.util.function.Predicate<javafx.scene.Node> shown = n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && ((javafx.scene.layout.Region) n).getBackground() != null;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".context-menu").match(shown).tryQuery()
                .isPresent());
        javafx.scene.layout.Region menu = robot.lookup(".context-menu").match(shown)
                .queryAs(javafx.scene.layout.Region.class);
        assertEquals(null, menu.getEffect(), "no shadow");
        for (var fill : menu.getBackground().getFills()) {
            assertEquals(javafx.geometry.Insets.EMPTY, fill.getInsets());
            assertEquals(javafx.scene.layout.CornerRadii.EMPTY, fill.getRadii());
        }
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void slidersAndFieldsTellScreenReadersTheirNameValueAndHelp(FxRobot robot) throws TimeoutException {
        for (String id : List.of("base", "dim", "orig", "new")) {
            Slider slider = robot.lookup("#" + id + "Slider").queryAs(Slider.class);
            TextField field = robot.lookup("#" + id + "Field").queryAs(TextField.class);
            assertTrue(slider.getAccessibleText().endsWith(": " + field.getText()), slider.getAccessibleText());
            assertNotNull(slider.getAccessibleHelp());
            assertTrue(slider.getAccessibleHelp().contains("arrow keys"), slider.getAccessibleHelp());
            assertTrue(field.getAccessibleText().contains("type a value and press Enter"), field.getAccessibleText());
            assertNotNull(field.getAccessibleHelp());
        }
        robot.interact(() -> model.newLengthProperty().set(32768));
        assertEquals("New context  m: 32,768", robot.lookup("#newSlider").queryAs(Slider.class).getAccessibleText());

        TextField dim = robot.lookup("#dimField").queryAs(TextField.class);
        robot.clickOn(dim);
        robot.interact(dim::selectAll);
        robot.write("3").type(KeyCode.ENTER);
        assertEquals("d must be an even integer from 4 to 8192, got 3", dim.getAccessibleHelp());

        assertEquals("s = m / m_l: 8", robot.lookup("#scaleValue").queryAs(Label.class).getAccessibleText());
        String chartText = robot.lookup("#periodChart").query().getAccessibleText();
        assertTrue(chartText.endsWith("b = 10,000, d = 128, m_l = 4,096, m = 32,768"), chartText);
    }

    @Test
    void f1ListsTheKeyboardShortcuts(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<String> texts = robot.lookup("#shortcutsTable .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("Ctrl+Shift+Z") || texts.contains("Shift+Ctrl+Z") || texts.contains("⇧⌘Z"),
                texts.toString());
        assertTrue(texts.contains("F5"), texts.toString());
        assertTrue(texts.contains("Presentation mode on or off (full screen, large, high contrast)"));
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
