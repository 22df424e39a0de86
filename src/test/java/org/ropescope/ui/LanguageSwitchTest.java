package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ropescope.text.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View &gt; Language switches the whole window at once, over the same models, and is remembered; the
 * first start follows the system's language, a remembered choice beats it, {@code --lang} beats both.
 */
class LanguageSwitchTest extends WindowTest {

    @Start
    void start(Stage stage) {
        Languages.use(Language.ENGLISH);
        open(stage);
    }

    @AfterEach
    void english() throws BackingStoreException {
        Languages.use(Language.ENGLISH);
        Languages.preferences().remove(Languages.KEY);
        Languages.preferences().flush();
    }

    private static MenuItem item(MainWindow w, String id) {
        MenuBar bar = (MenuBar) w.lookup("#menuBar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i instanceof Menu sub) {
                    for (MenuItem j : sub.getItems()) {
                        if (id.equals(j.getId())) {
                            return j;
                        }
                    }
                }
                if (id.equals(i.getId())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item #" + id);
    }

    private MainWindow shown() {
        return (MainWindow) stage.getScene().getRoot();
    }

    private void choose(FxRobot robot, Language l) throws TimeoutException {
        MainWindow before = shown();
        robot.interact(() -> item(before, LanguageMenu.itemId(l)).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String tabTitles() {
        StringBuilder sb = new StringBuilder();
        for (Tab t : ((TabPane) shown().centerTabs()).getTabs()) {
            sb.append(t.getText()).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void choosingChineseSwitchesTheWholeWindowOverTheSameModelsAndIsRemembered(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.baseProperty().set(500_000));
        MainWindow english = window;
        assertTrue(((RadioMenuItem) item(english, "language-enItem")).isSelected());
        assertEquals("简体中文", item(english, "language-zh-CNItem").getText(), "each language in its own name");

        choose(robot, Language.CHINESE);
        MainWindow chinese = shown();
        assertNotSame(english, chinese);
        assertSame(model, chinese.models().model(), "the same inputs");
        assertEquals("500,000", robot.lookup("#baseField").queryAs(TextField.class).getText());
        assertTrue(tabTitles().startsWith("周期 拉伸"), tabTitles());
        assertEquals("视图(_V)", ((MenuBar) chinese.lookup("#menuBar")).getMenus().get(2).getText());
        assertEquals("各维度对的 RoPE 周期", chinese.periodChart().chart().getTitle().getText());
        assertEquals("zh-CN", Languages.preferences().get(Languages.KEY, null), "remembered for the next start");
        assertTrue(((RadioMenuItem) item(chinese, "language-zh-CNItem")).isSelected());

        choose(robot, Language.ENGLISH);
        assertTrue(tabTitles().startsWith("Periods Stretch"), tabTitles());
        assertEquals("RoPE period of every dimension pair", shown().periodChart().chart().getTitle().getText());
        assertEquals("en", Languages.preferences().get(Languages.KEY, null));
        assertTrue(shown().models().history().canUndoProperty().get(), "undo carries over both switches");

        // the first view, replaced twice, starts no background search for new inputs
        DiagnosticsJob replaced = english.diagnosticsTabs().job();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !replaced.runningProperty().get());
        robot.interact(() -> model.newLengthProperty().set(32_768));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        var now = shown().models().methods().tableProperty().get();
        assertTrue(!replaced.runningProperty().get() && (replaced.resultProperty().get() == null
                || replaced.resultProperty().get().table() != now));
    }

    @Test
    void theFirstStartFollowsTheSystemThenTheRememberedChoiceThenTheCommandLine() throws BackingStoreException {
        Preferences p = Preferences.userRoot().node("ropescope-language-test");
        try {
            assertEquals(Language.CHINESE, Languages.atStart(Optional.empty(), p, Locale.SIMPLIFIED_CHINESE));
            assertEquals(Language.ENGLISH, Languages.atStart(Optional.empty(), p, Locale.FRANCE));
            Languages.remember(Language.CHINESE, p);
            assertEquals(Language.CHINESE, Languages.atStart(Optional.empty(), p, Locale.US));
            assertEquals(Language.ENGLISH, Languages.atStart(Optional.of(Language.ENGLISH), p, Locale.CHINA));
            p.put(Languages.KEY, "tlh"); // a language this version does not have: the system's
            assertEquals(Language.ENGLISH, Languages.atStart(Optional.empty(), p, Locale.UK));
        } finally {
            p.removeNode();
        }
        assertEquals(Optional.of(Language.CHINESE), StartOptions.parse(java.util.List.of("--lang=zh-CN")).language());
        StartOptions bad = StartOptions.parse(java.util.List.of("--lang", "xx"));
        assertEquals(Optional.empty(), bad.language());
        assertEquals(java.util.List.of("ropescope: --lang must be en|zh-CN, got 'xx'; ignored"), bad.problems());
    }
}
