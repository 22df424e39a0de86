package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.EquationTex;
import org.ropescope.math.RopeConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** File > Export for slides and Edit > Copy derivation: the chart and the equation on one 16:9 page. */
class SlideActionsTest extends WindowTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aSlideIsTheChartAndTheDerivationOnOneFullHdPage(FxRobot robot) throws Exception {
        List<String> names = new ArrayList<>();
        SlideActions slides = window.slideActions();
        window.setDialogs(new FakeDialogs().onSave(q -> {
            names.add(q.proposedName());
            return Optional.of(dir.resolve("lecture-slide"));
        }));
        robot.interact(() -> window.teaching().lambdaEqualsSProperty().set(true));
        robot.clickOn("#fileMenu").clickOn("Export for slides as PNG (1920 x 1080)…");
        Path png = dir.resolve("lecture-slide.png");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(png));
        assertEquals(List.of("rope-slide-b10000-d128-4k-to-16k.png"), names);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());
        int ink = 0; // the derivation under the chart: dark pixels in the bottom fifth
        for (int y = 860; y < 1080; y += 2) {
            for (int x = 0; x < 1920; x += 2) {
                ink += new Color(img.getRGB(x, y)).getRed() < 100 ? 1 : 0;
            }
        }
        assertTrue(ink > 500, ink + " dark pixels where the equation is");
        assertTrue(robot.lookup("#messageText").queryAs(Label.class).getText().startsWith("Exported lecture-slide.png"));
        assertTrue(slides.latex().contains("s^{-2/d}") || slides.latex().contains("mismatch"), slides.latex());
    }

    @Test
    void theDerivationIsCopiedAsLatexAndAsAnImage(FxRobot robot) {
        robot.clickOn("#editMenu").clickOn("Copy derivation as LaTeX");
        String[] got = new String[1];
        robot.interact(() -> got[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(EquationTex.of(RopeConfig.DEFAULT, false), got[0]);
        robot.clickOn("#editMenu").clickOn("Copy derivation as image");
        boolean[] image = new boolean[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().hasImage());
        assertTrue(image[0]);
        BufferedImage img = window.slideActions().derivationImage();
        assertTrue(img.getWidth() > 400 && img.getHeight() > 100, img.getWidth() + " x " + img.getHeight());
    }
}
