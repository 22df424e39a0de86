package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ropescope.AppInfo;
import org.ropescope.model.InputsModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About, the window icon and the start-up probe, through the real window (headless). */
@ExtendWith(ApplicationExtension.class)
class AboutAndIconTest {

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = RoPEScopeApp.show(stage, new InputsModel());
    }

    @Test
    void helpAboutShowsNameVersionFromThePomAndCredits(FxRobot robot) throws Exception {
        robot.clickOn("#helpMenu").clickOn("About RoPEScope");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#aboutVersion").tryQuery().isPresent());

        assertEquals("RoPEScope", robot.lookup("#aboutName").queryAs(Label.class).getText());
        assertEquals("Version " + AppInfo.version(), robot.lookup("#aboutVersion").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#aboutWhat").queryAs(Label.class).getText().contains("rotary position embeddings"));
        assertTrue(robot.lookup("#aboutCredits").queryAs(Label.class).getText().contains("JFreeChart"));
        DialogPane pane = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertEquals(64, ((ImageView) pane.getGraphic()).getImage().getWidth(), "the icon beside the text");
        assertEquals(4, ((Stage) pane.getScene().getWindow()).getIcons().size(), "the dialog's window icons");

        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#aboutVersion").tryQuery().isEmpty());
    }

    @Test
    void theWindowCarriesTheIconDrawnFromTheSvgAtFourSizes() {
        List<Integer> widths = stage.getIcons().stream().map(i -> (int) i.getWidth()).collect(Collectors.toList());
        assertEquals(List.of(16, 32, 48, 128), widths);
        // the 16 px icon is the dark rounded square of assets/ropescope.svg, not an empty image
        javafx.scene.paint.Color centre = stage.getIcons().get(0).getPixelReader().getColor(3, 8);
        assertEquals(1.0, centre.getOpacity(), 1e-9);
        assertTrue(centre.getBlue() > centre.getRed(), "expected the navy background, got " + centre);
    }

    @Test
    void theProbeReportsOnceTheChartIsLaidOutAndPainted(FxRobot robot) throws Exception {
        Node chart = robot.lookup("#periodChart").query();
        AtomicReference<Instant> reported = new AtomicReference<>();
        AtomicReference<Double> widthThen = new AtomicReference<>();
        Instant before = Instant.now();
        robot.interact(() -> new StartupProbe(chart, at -> {
            widthThen.set(chart.getLayoutBounds().getWidth());
            reported.set(at);
        }).start());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reported.get() != null);
        assertTrue(!reported.get().isBefore(before), "stamped " + reported.get() + " before " + before);
        assertTrue(widthThen.get() > 400, "chart width when reported: " + widthThen.get());
    }
}
