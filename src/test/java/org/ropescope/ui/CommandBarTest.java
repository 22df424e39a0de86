package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ropescope.model.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window's menus, toolbar and F1 list are {@link Command}'s: same ids, texts, keys and help. */
class CommandBarTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private MenuBar menuBar() {
        return (MenuBar) window.lookup("#menuBar");
    }

    private static Stream<MenuItem> all(List<MenuItem> items) {
        return items.stream().flatMap(i -> i instanceof Menu m ? Stream.concat(Stream.of(i), all(m.getItems()))
                : Stream.of(i));
    }

    private Optional<MenuItem> item(String id) {
        return all(new ArrayList<>(menuBar().getMenus())).filter(i -> id.equals(i.getId())).findFirst();
    }

    @Test
    void everyMenuCommandIsAnItemWithItsTextAndShortcut() {
        for (Command c : Command.values()) {
            if (c.menu() == null) {
                continue;
            }
            MenuItem i = item(c.itemId()).orElseThrow(() -> new AssertionError("no #" + c.itemId()));
            assertEquals(c.text(), i.getText());
            assertEquals(c.accelerator().orElse(null), i.getAccelerator(), c.itemId());
            assertEquals(c.menu().id(), parentMenu(i).getId(), c.itemId());
        }
        assertEquals(List.of("_File", "_Edit", "_View", "_Presets", "_Help"),
                menuBar().getMenus().stream().map(Menu::getText).toList());
    }

    private static Menu parentMenu(MenuItem i) {
        Menu m = i.getParentMenu();
        while (m.getParentMenu() != null) {
            m = m.getParentMenu();
        }
        return m;
    }

    @Test
    void theFileMenuKeepsItsOrderAndSeparators() {
        List<String> file = menuBar().getMenus().get(0).getItems().stream()
                .map(i -> i instanceof SeparatorMenuItem ? "-" : i.getId()).toList();
        assertEquals(List.of("openItem", "openConfigItem", "layerTypeMenu", "saveItem", "saveAsItem", "-",
                "exportPngItem", "exportSvgItem", "exportPdfItem", "exportCsvItem", "-", "copyChartItem",
                "slidePngItem", "slideSvgItem", "slidePdfItem", "-", "resetItem", "-", "quitItem"), file);
        assertTrue(menuBar().getMenus().get(3).getItems().stream().allMatch(i -> i.getId().startsWith("preset-")));
    }

    @Test
    void theToolbarsButtonsTellTheirShortcutInTheTooltip(FxRobot robot) {
        Button png = robot.lookup("#exportPngButton").queryAs(Button.class);
        assertEquals("PNG", png.getText());
        String shortcut = Command.EXPORT_PNG.accelerator().orElseThrow().getDisplayText();
        assertTrue(png.getTooltip().getText().endsWith("(" + shortcut + ")"), png.getTooltip().getText());
        assertNotNull(robot.lookup("#copyChartButton").queryAs(Button.class).getTooltip());
        assertEquals(List.of("PNG", "SVG", "PDF", "CSV", "Copy chart"), robot.lookup("#exportToolBar .button")
                .queryAllAs(Button.class).stream().map(Button::getText).toList());
    }

    @Test
    void theThemeItemsAndPresentationFollowTheSettingsBothWays(FxRobot robot) {
        RadioMenuItem light = (RadioMenuItem) item("lightThemeItem").orElseThrow();
        RadioMenuItem dark = (RadioMenuItem) item("darkThemeItem").orElseThrow();
        assertTrue(light.isSelected() && !dark.isSelected());
        robot.interact(dark::fire);
        assertEquals(Theme.DARK, window.settings().getTheme());
        assertTrue(dark.isSelected() && !light.isSelected());
        robot.interact(() -> window.settings().setTheme(Theme.LIGHT));
        assertTrue(light.isSelected() && !dark.isSelected());
        CheckMenuItem zoom = (CheckMenuItem) item("zoomItem").orElseThrow();
        robot.interact(() -> zoom.setSelected(true)); // as a click on it does
        assertTrue(window.presentationLayout().zoomedProperty().get());
        robot.interact(() -> window.presentationLayout().zoomedProperty().set(false)); // the Z key's way
        assertFalse(zoom.isSelected());
    }

    @Test
    void theF1ListHasEveryShortcutOfTheMenus() {
        List<String> keys = Shortcuts.rows().stream().map(Shortcuts.Row::keys).toList();
        for (Command c : Command.values()) {
            c.accelerator().ifPresent(a -> assertTrue(keys.contains(a.getDisplayText()), c + " " + keys));
        }
        assertTrue(keys.contains("S / E / N"), keys.toString());
    }
}
