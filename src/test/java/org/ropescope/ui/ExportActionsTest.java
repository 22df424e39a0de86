package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.PeriodChart;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.CsvExporter;
import org.ropescope.export.ExportFormat;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.testing.Book;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's export commands, driven through the real menu, toolbar and shortcuts. The native
 * file chooser and the size dialog are replaced by answers the test gives; the rest is real.
 */
class ExportActionsTest extends WindowTest {

    @TempDir
    Path dir;

    private final List<String> proposedNames = new ArrayList<>();
    private final List<Path> offeredFolders = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private Path answer;
    private PngSize sizeAnswer = new PngSize(1000, 640);

    @Start
    void start(Stage stage) {
        // each test starts as a first run: no folder remembered from an earlier one
        java.util.prefs.Preferences.userNodeForPackage(ExportActions.class).remove("lastExportFolder");
        open(stage);
    }

    @BeforeEach
    void replacePrompts() {
        window.setDialogs(new FakeDialogs().onSave(q -> {
            proposedNames.add(q.proposedName());
            offeredFolders.add(q.folder());
            return Optional.ofNullable(answer);
        }).onPngSize((w, h) -> Optional.of(sizeAnswer)).onError((title, message) -> errors.add(title + ": " + message)));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void waitForFile(Path f) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(f));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShortcutExportsAPngOfTheChosenSizeShowingTheCurrentChart(FxRobot robot) throws Exception {
        robot.interact(() -> model.newLengthProperty().set(32768));
        answer = dir.resolve("chart.png");
        robot.clickOn("#baseSlider");
        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        waitForFile(answer);

        assertEquals(List.of("rope-periods-b10000-d128-4k-to-32k.png"), proposedNames);
        BufferedImage png = ImageIO.read(answer.toFile());
        assertEquals(1000, png.getWidth());
        assertEquals(640, png.getHeight());
        // the same chart as on screen: identical to a chart built afresh for the model's state
        PeriodChart fresh = new PeriodChart(Book.table(model.getConfig()));
        BufferedImage expected = ChartExporter.toImage(fresh.chart(), 1000, 640);
        int differing = 0;
        for (int y = 0; y < 640; y++) {
            for (int x = 0; x < 1000; x++) {
                differing += expected.getRGB(x, y) == png.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differing, "pixels that differ from the on-screen chart drawn afresh");
        assertEquals(dir, window.exportActions().lastFolder());
        // remembered across runs: a new window's export actions propose the same folder
        ExportActions nextRun = new ExportActions(fresh, () -> Book.table(model.getConfig()),
                new javafx.scene.layout.Region(), java.util.prefs.Preferences.userNodeForPackage(ExportActions.class));
        assertEquals(dir.toAbsolutePath(), nextRun.lastFolder());
    }

    @Test
    void theToolbarWritesSvgPdfAndCsvAndRemembersTheFolder(FxRobot robot) throws Exception {
        answer = dir.resolve("periods.svg");
        robot.clickOn("#exportSvgButton");
        waitForFile(answer);
        String svg = Files.readString(answer, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("Position interpolation (PI)"));
        assertTrue(svg.contains("width=\"" + window.exportActions().screenWidth())
                || svg.contains("width='" + window.exportActions().screenWidth()), "on-screen size");

        answer = dir.resolve("periods"); // no extension typed: the format's is added
        robot.clickOn("#exportPdfButton");
        Path pdf = dir.resolve("periods.pdf");
        waitForFile(pdf);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));

        answer = dir.resolve("periods.csv");
        robot.clickOn("#exportCsvButton");
        waitForFile(answer);
        assertEquals(CsvExporter.toCsv(ScalingContext.of(model.getConfig())), Files.readString(answer));
        assertEquals(java.util.Arrays.asList(null, dir, dir), offeredFolders);
        assertEquals(List.of("periods.csv", "periods.pdf", "periods.svg"), files());
    }

    /** Issue 13, defect 15: an export said nothing when it worked. */
    @Test
    void anExportSaysWhichFileItWroteAndShowsItsFolder(FxRobot robot) throws Exception {
        List<Path> opened = new ArrayList<>();
        window.setFolderOpener(f -> {
            opened.add(f);
            return null;
        });
        answer = dir.resolve("lecture.png");
        robot.clickOn("#exportPngButton");
        waitForFile(answer);
        assertEquals("Exported lecture.png to " + dir.toAbsolutePath() + ".",
                robot.lookup("#messageText").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.lookup("#messageBar").query().isVisible());
        javafx.scene.control.Button show = robot.lookup("#messageAction").queryAs(javafx.scene.control.Button.class);
        assertEquals("Show in folder", show.getText());
        robot.clickOn(show);
        assertEquals(List.of(dir.toAbsolutePath()), opened);

        window.setFolderOpener(f -> "Could not open the folder " + f + " (xdg-open: not found).");
        robot.clickOn(show);
        assertEquals("Could not open the folder " + dir.toAbsolutePath() + " (xdg-open: not found).",
                robot.lookup("#messageText").queryAs(javafx.scene.control.Label.class).getText());
        assertFalse(show.isVisible(), "a failure offers no button");
    }

    @Test
    void theFolderOpenerUsesEachSystemsFileManager() {
        Path f = Path.of("/tmp/slides");
        assertEquals(List.of("xdg-open", "/tmp/slides"), FolderOpener.command("Linux", f));
        assertEquals(List.of("open", "/tmp/slides"), FolderOpener.command("Mac OS X", f));
        assertEquals("explorer.exe", FolderOpener.command("Windows 11", f).get(0));
    }

    @Test
    void theFileMenuExportsAndAFailureIsShownWithNothingLeftBehind(FxRobot robot) throws Exception {
        // root may write anywhere, so "not writable" is a folder that is really a file
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");
        answer = notAFolder.resolve("chart.png");
        robot.clickOn("#fileMenu").clickOn("#exportPngItem");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertEquals(List.of("Export failed: cannot write " + answer + ": a part of the path is a file, not a folder. "
                + "Nothing was written; an existing file of that name is unchanged."), errors);
        assertEquals(List.of("notes.txt"), files());
        assertEquals("keep me", Files.readString(notAFolder));
    }

    @Test
    void theChartCommandsExportTheChartInFrontAndTheCsvStaysTheTable(FxRobot robot) throws Exception {
        robot.clickOn("#stretchTab");
        answer = dir.resolve("stretch.svg");
        robot.clickOn("#exportSvgButton");
        waitForFile(answer);
        String svg = Files.readString(answer, StandardCharsets.UTF_8);
        assertTrue(svg.contains("Stretch of each pair"), "the stretch chart's title");
        assertTrue(proposedNames.get(0).startsWith("rope-stretch-b10000-d128-"), proposedNames.toString());
        int stretchWidth = (int) Math.round(robot.lookup("#stretchChart").queryAs(Region.class).getWidth());
        assertTrue(svg.contains("width=\"" + stretchWidth) || svg.contains("width='" + stretchWidth),
                "the stretch view's on-screen size");

        robot.clickOn("#rotationTab");
        answer = dir.resolve("rotation.pdf");
        robot.clickOn("#exportPdfButton");
        waitForFile(answer);
        assertTrue(proposedNames.get(1).startsWith("rope-rotation-b10000-d128-"), proposedNames.toString());

        answer = dir.resolve("table.csv"); // data, whichever chart is in front
        robot.clickOn("#exportCsvButton");
        waitForFile(answer);
        assertEquals(CsvExporter.toCsv(ScalingContext.of(model.getConfig())), Files.readString(answer));
        assertTrue(proposedNames.get(2).startsWith("rope-periods-"), proposedNames.toString());
    }

    @Test
    void aPngTooLargeForTheWindowsMemorySaysSoAndWritesNothing(FxRobot robot) throws Exception {
        sizeAnswer = new PngSize(16000, 16000); // 256 M pixels: about 2 GB to draw and encode
        answer = dir.resolve("huge.png");
        window.exportActions().setFreeMemory(() -> 200L << 20); // the installed app: 256 MB heap, ~56 MB used
        robot.clickOn("#fileMenu").clickOn("#exportPngItem");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Export failed: a PNG of 16000 x 16000 pixels needs about 1953 MB of "
                + "memory and the window has 200 MB free. Nothing was written; "), errors.get(0));
        assertTrue(errors.get(0).endsWith("(java -jar ropescope.jar export --help)."), errors.get(0));
        assertEquals(List.of(), files());
    }

    @Test
    void copyPutsTheChartOnTheClipboardAtTwiceTheOnScreenSize(FxRobot robot) {
        robot.clickOn("#baseSlider");
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        ExportActions a = window.exportActions();
        assertEquals(2 * a.screenWidth(), image[0].getWidth());
        assertEquals(2 * a.screenHeight(), image[0].getHeight());
    }

    @Test
    void thePngSizeDialogOffersThePresetsAndDefaultsToTwiceTheScreen() {
        List<PngSizeDialog.Preset> presets = PngSizeDialog.presets(900, 600);
        assertEquals(new PngSize(1800, 1200), presets.get(0).size());
        assertEquals(new PngSize(900, 600), presets.get(1).size());
        assertEquals(new PngSize(1920, 1080), presets.get(2).size());
        assertEquals(new PngSize(3840, 2160), presets.get(3).size());
        assertEquals("Custom", presets.get(4).label());
        assertEquals(new PngSize(2000, 1500), PngSizeDialog.parse(" 2000", "1500 "));
        assertEquals("The height must be a whole number of pixels from 100 to 16000.", PngSizeDialog.problem("800", "50"));
        assertEquals("The width must be a whole number of pixels from 100 to 16000.", PngSizeDialog.problem("wide", "500"));
    }

    @Test
    void theFileMenuListsEveryExportWithItsShortcut(FxRobot robot) {
        robot.clickOn("#fileMenu");
        for (String text : new String[] {"Export chart as PNG…", "Export chart as SVG…", "Export chart as PDF…",
                "Export data as CSV…", "Copy chart"}) {
            assertTrue(robot.lookup(text).tryQuery().isPresent(), text);
        }
        robot.type(KeyCode.ESCAPE);
        assertEquals(ExportFormat.PNG, ExportFormat.of(ExportActions.withExtension(Path.of("x"), ExportFormat.PNG)).get());
    }
}
