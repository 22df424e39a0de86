package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ropescope.presets.Preset;
import org.ropescope.presets.Presets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app reads the bundled presets when they are first wanted (the Presets menu opens): until then the
 * menu says it is loading them, then it lists them, and choosing one works as before.
 */
class PresetsLaterTest extends WindowTest {

    private final CompletableFuture<List<Preset>> later = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        StartupWarmup.presetsFrom(later);
        open(stage);
    }

    @AfterEach
    void noWarmUp() {
        StartupWarmup.presetsFrom(null);
    }

    private Menu presetsMenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "presetsMenu".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void thePresetsAreAskedForOnlyWhenTheMenuOpens(FxRobot robot) throws Exception {
        assertFalse(StartupWarmup.wanted().isDone(), "asked for before anyone opened a menu");
        Menu presets = presetsMenu(robot);
        robot.interact(presets::show);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> StartupWarmup.wanted().isDone());
        robot.interact(presets::hide);
    }

    @Test
    void theMenuSaysLoadingThenListsThePresets(FxRobot robot) throws Exception {
        List<MenuItem> before = List.copyOf(presetsMenu(robot).getItems());
        MenuItem loading = before.stream().filter(i -> "presetsLoading".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Loading presets…", loading.getText());
        assertTrue(loading.isDisable());

        List<Preset> bundled = Presets.load();
        later.complete(bundled);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> presetsMenu(robot).getItems().stream().noneMatch(i -> "presetsLoading".equals(i.getId())));

        List<MenuItem> items = presetsMenu(robot).getItems().stream()
                .filter(i -> i.getId() != null && i.getId().startsWith("preset-")).toList();
        assertEquals(bundled.size(), items.size());
        assertEquals(before.size() - 1 + bundled.size(), presetsMenu(robot).getItems().size(), "only the loading item replaced");
        double before0 = model.getConfig().base();
        int k = 0;
        while (bundled.get(k).context().base() == before0) {
            k++;
        }
        MenuItem item = items.get(k);
        robot.interact(item::fire);
        assertEquals(bundled.get(k).context().base(), model.getConfig().base(), "the preset applies: its base");
    }
}
