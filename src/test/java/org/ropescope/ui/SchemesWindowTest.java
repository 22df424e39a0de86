package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.ChartTheme;
import org.ropescope.export.ExportFormat;
import org.ropescope.math.schemes.SchemePreset;
import org.ropescope.math.schemes.SchemeSettings;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.Theme;
import org.ropescope.model.ViewSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Schemes view through the real window, headless: the controls, the chart, the facts, undo, files. */
@ExtendWith(ApplicationExtension.class)
class SchemesWindowTest {

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = RoPEScopeApp.show(stage, new MainWindow(new MethodsModel(new InputsModel()), new ViewSettings()));
    }

    private void showSchemes(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.centerTabs().show(CenterTabs.View.SCHEMES));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#schemesChart").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String fact(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private int alibiSeries() {
        XYPlot alibi = window.centerTabs().schemes().chart().panels().get(3);
        return alibi.getDataset(0).getSeriesCount();
    }

    private void typeInto(FxRobot robot, javafx.scene.control.TextInputControl field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDefaultsShowEightHeadsAndT5SaturatingAt113(FxRobot robot) throws TimeoutException {
        showSchemes(robot);
        assertEquals(8, alibiSeries());
        assertEquals(113, window.centerTabs().schemes().chart().t5Saturation());
        assertTrue(fact(robot, "#factT5bias1").contains("from Δ = 113 on shares bucket 31"), fact(robot, "#factT5bias1"));
        assertTrue(fact(robot, "#factT5bias1").contains("(0 new)"));
        assertTrue(fact(robot, "#factRoPE1").startsWith("New rotation angles: 18 of 64 pairs"));
        assertTrue(fact(robot, "#factALiBi2").startsWith("Nothing"));
        assertTrue(fact(robot, "#factSinusoidal1").contains("12,288 positions past m_l"));
    }

    @Test
    void typedHeadsRedrawTheChartAndUndoPutsThemBack(FxRobot robot) throws TimeoutException {
        showSchemes(robot);
        Spinner<?> heads = robot.lookup("#alibiHeads").queryAs(Spinner.class);
        typeInto(robot, heads.getEditor(), "112");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> alibiSeries() == 112);
        assertEquals(112, window.schemes().getSettings().heads());
        assertTrue(fact(robot, "#factALiBi3").contains("of 112 heads"), fact(robot, "#factALiBi3"));
        robot.interact(() -> window.history().undo());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> alibiSeries() == 8);
        assertEquals(8, heads.getValue());
    }

    @Test
    void chosenHeadsAreTheOnesDrawn(FxRobot robot) throws TimeoutException {
        showSchemes(robot);
        typeInto(robot, robot.lookup("#alibiShownHeads").queryAs(TextField.class), "1,8");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> alibiSeries() == 2);
        XYPlot alibi = window.centerTabs().schemes().chart().panels().get(3);
        assertEquals("head 8", alibi.getDataset(0).getSeriesKey(1));
        assertEquals(256.0, alibi.getDataset(0).getXValue(1, 255)); // every distance up to 256
        assertEquals(-1.0, alibi.getDataset(0).getYValue(1, 255), 1e-12); // head 8: -Δ/256
        typeInto(robot, robot.lookup("#alibiShownHeads").queryAs(TextField.class), "9");
        assertEquals("shown_heads must be all, or head numbers from 1 to 8 such as 1-4,8, got '9'",
                robot.lookup("#schemesError").queryAs(Label.class).getText());
        assertEquals(java.util.List.of(1, 8), window.schemes().getSettings().shownHeads());
    }

    @Test
    void aMaxDistanceTheBucketsRefuseIsNamedAndNotDrawn(FxRobot robot) throws TimeoutException {
        showSchemes(robot);
        typeInto(robot, robot.lookup("#t5MaxDistance").queryAs(TextField.class), "10");
        assertEquals("max_distance must be a whole number above the 16 exact buckets (32 buckets, causal) and at most "
                + "100,000,000 (1e8), got 10", robot.lookup("#schemesError").queryAs(Label.class).getText());
        assertEquals(SchemeSettings.DEFAULT, window.schemes().getSettings());
        robot.clickOn("#t5Bidirectional"); // 8 exact buckets: 10 is allowed now
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new SchemeSettings(8, 32, 10, true, 512), window.schemes().getSettings());
        assertEquals("", robot.lookup("#schemesError").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#t5Bidirectional").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void aPresetSetsHeadsAndTrainingLengthAsOneUndoStep(FxRobot robot) throws TimeoutException {
        showSchemes(robot);
        @SuppressWarnings("unchecked")
        ComboBox<SchemePreset> presets = robot.lookup("#schemesPreset").queryAs(ComboBox.class);
        SchemePreset bloom = SchemePreset.all().get(1);
        robot.interact(() -> presets.setValue(bloom));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> alibiSeries() == 112);
        assertEquals(2048, window.model().originalLengthProperty().get());
        assertEquals(16_384, window.model().newLengthProperty().get());
        robot.interact(() -> window.history().undo());
        assertEquals(4096, window.model().originalLengthProperty().get());
        assertEquals(8, window.schemes().getSettings().heads());
    }

    @Test
    void theChartExportsWithTheViewInFrontAndFollowsTheTheme(FxRobot robot) throws Exception {
        showSchemes(robot);
        ExportActions exports = window.exportActions();
        List<String> names = new ArrayList<>();
        window.setDialogs(new FakeDialogs().onSave(q -> {
            names.add(q.proposedName());
            return Optional.of(dir.resolve(q.proposedName()));
        }).onPngSize((w, h) -> Optional.of(new PngSize(1200, 900)))
                .onError((title, message) -> names.add("error: " + message)));
        List<Optional<Path>> written = new ArrayList<>();
        robot.interact(() -> written.add(exports.export(ExportFormat.PNG)));
        robot.interact(() -> written.add(exports.export(ExportFormat.SVG)));
        assertEquals(List.of("rope-schemes-b10000-d128-4k-to-16k.png", "rope-schemes-b10000-d128-4k-to-16k.svg"), names);
        BufferedImage img = ImageIO.read(written.get(0).orElseThrow().toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(900, img.getHeight());
        String svg = Files.readString(written.get(1).orElseThrow());
        assertTrue(svg.contains("ALiBi bias") && svg.contains("from Δ = 113 one bucket"));
        robot.interact(() -> written.add(exports.export(ExportFormat.CSV))); // the view's own table
        assertEquals("rope-schemes-b10000-d128-4k-to-16k.csv", names.get(2));
        List<String> rows = Files.readAllLines(written.get(2).orElseThrow());
        assertEquals("distance,rope_decay,sinusoidal,t5_bucket,alibi_h1,alibi_h2,alibi_h3,alibi_h4,alibi_h5,alibi_h6,"
                + "alibi_h7,alibi_h8", rows.get(0));
        assertEquals(16_386, rows.size());
        assertTrue(rows.get(114).startsWith("113,") && rows.get(114).contains(",31,-56.5,"), rows.get(114));

        robot.interact(() -> window.settings().setTheme(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartTheme.DARK, window.centerTabs().schemes().chart().theme());
    }

    @Test
    void aTableTooLargeForTheWindowIsRefusedWithTheCommandThatWritesIt(FxRobot robot) throws Exception {
        showSchemes(robot);
        robot.interact(() -> {
            window.schemes().setSettings(SchemeSettings.DEFAULT.withHeads(1024));
            window.model().newLengthProperty().set(1 << 20);
        });
        ExportActions exports = window.exportActions();
        List<String> errors = new ArrayList<>();
        window.setDialogs(new FakeDialogs().onSave(q -> Optional.of(dir.resolve(q.proposedName())))
                .onError((title, message) -> errors.add(message)));
        robot.interact(() -> exports.export(ExportFormat.CSV));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("the table would be about 2156 MB, too large to write from the window; write "
                + "it with java -jar ropescope.jar schemes --base 10000 --dim 128 --orig 4096 --new 1048576 --heads 1024 "
                + "--t5-buckets 32 --t5-max-distance 128 --d-model 512 --csv FILE"), errors.get(0));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theSessionSavesAndOpensTheSchemesSettings(FxRobot robot) throws Exception {
        showSchemes(robot);
        SchemeSettings t5Encoder = new SchemeSettings(20, 64, 1000, true, 256);
        robot.interact(() -> window.schemes().setSettings(t5Encoder));
        Path file = dir.resolve("s.ropescope");
        robot.interact(() -> window.saveSession(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"formatVersion\" : \"1.2\""), json);
        assertTrue(json.contains("\"alibiHeads\" : 20") && json.contains("\"t5MaxDistance\" : 1000"), json);
        robot.interact(() -> window.schemes().reset());
        robot.interact(() -> window.openSession(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(t5Encoder, window.schemes().getSettings());
        assertEquals(1000L, Long.parseLong(robot.lookup("#t5MaxDistance").queryAs(TextField.class).getText()));
        robot.interact(() -> window.history().undo()); // opening was one step
        assertEquals(SchemeSettings.DEFAULT, window.schemes().getSettings());
    }
}
