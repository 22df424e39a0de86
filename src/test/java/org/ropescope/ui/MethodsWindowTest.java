package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.PeriodDataset;
import org.ropescope.chart.StretchDataset;
import org.ropescope.hfconfig.RopeScalingJson;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.Yarn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scaling methods, presets, config.json and the calculator through the real window, headless. */
class MethodsWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private List<String> periodSeries() {
        PeriodDataset d = window.periodChart().dataset();
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            keys.add(d.method(s).id());
        }
        return keys;
    }

    private void showStretchTab(FxRobot robot) {
        robot.interact(() -> window.centerTabs().getTabs().stream().filter(t -> "stretchTab".equals(t.getId()))
                .findFirst().ifPresent(t -> window.centerTabs().getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void expand(FxRobot robot, String paneId) {
        TitledPane pane = robot.lookup(paneId).queryAs(TitledPane.class);
        robot.interact(() -> pane.setExpanded(true));
        robot.interact(() -> pane.getParent().getParent().getParent().requestLayout());
        robot.interact(() -> ((javafx.scene.control.ScrollPane) window.getLeft()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the side panel to the method sections and clicks a check box, as a person would. */
    /**
     * Clicks a method's "drawn" box with the mouse, once the side panel has scrolled to it and been laid
     * out there (on a busy machine a click right after the scroll could land where the box was), and
     * waits for the box to change.
     */
    private void clickDrawn(FxRobot robot, String id) {
        CheckBox box = robot.lookup(id).queryAs(CheckBox.class);
        boolean was = box.isSelected();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane side = (javafx.scene.control.ScrollPane) window.getLeft();
            side.setVvalue(1);
            side.applyCss();
            side.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(box);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> box.isSelected() != was);
        } catch (TimeoutException e) {
            throw new AssertionError(id + " did not change after a click on it", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInto(FxRobot robot, String fieldId, String text) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(MethodsWindowTest.class.getResource("/org/ropescope/hfconfig/" + name).toURI());
    }

    @Test
    void theBooksThreeAreDrawnAtFirstInBothCharts() {
        assertEquals(List.of("default", "linear", "ntk"), periodSeries());
        StretchDataset stretch = window.stretchChart().dataset();
        assertEquals(3, stretch.getSeriesCount());
        for (int i = 0; i < 64; i++) {
            assertEquals(4.0, stretch.getYValue(1, i), 0.0, "PI is flat at s = 4");
            assertEquals(1.0, stretch.getYValue(0, i), 0.0);
        }
        assertEquals(1.0, stretch.getYValue(2, 0), 0.0);
        assertEquals(4.0, stretch.getYValue(2, 63), 1e-12);
    }

    @Test
    void choosingAPresetSetsTheInputsAndDrawsItsMethod(FxRobot robot) throws TimeoutException {
        robot.clickOn("Presets").clickOn("Llama 3.1 8B (llama3 scaling)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(500_000.0, model.baseProperty().get());
        assertEquals(128, model.dimProperty().get());
        assertEquals(8192, model.originalLengthProperty().get());
        assertEquals(131_072, model.newLengthProperty().get());
        assertEquals("500,000", robot.lookup("#baseField").queryAs(TextField.class).getText());
        waitUntil(() -> periodSeries().equals(List.of("default", "llama3")));
        ScalingContext ctx = new ScalingContext(500_000, 128, 1, 8192, 131_072);
        var expected = Llama3.of(8, 1, 4).evaluate(ctx);
        assertEquals(expected.period(40), window.periodChart().dataset().getYValue(1, 40), 0.0);
        showStretchTab(robot); // the stretch chart follows the model while its tab is seen
        assertEquals(8.0, window.stretchChart().dataset().getYValue(1, 63), 1e-12);
        String message = robot.lookup("#messageText").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Llama 3.1 8B (llama3 scaling): "), message);
        assertTrue(message.contains("Source: https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json"),
                message);
        assertTrue(robot.lookup("#llama3Drawn").queryAs(CheckBox.class).isSelected());
        assertFalse(robot.lookup("#linearDrawn").queryAs(CheckBox.class).isSelected());
        // issue 13, defect 5: the panel's lambda belongs to no drawn curve, and says so
        Label notDrawn = robot.lookup("#baseScalingNotDrawn").queryAs(Label.class);
        assertTrue(notDrawn.isVisible());
        assertEquals("Base scaling is not drawn: these are the rule's numbers for s = 16, not a curve on the chart.",
                notDrawn.getText());
        // issue 13, defect 4: after a change the note no longer claims the preset's numbers
        robot.interact(() -> model.newLengthProperty().set(614_400));
        WaitForAsyncUtils.waitForFxEvents();
        String after = robot.lookup("#messageText").queryAs(Label.class).getText();
        assertEquals("Changed since the preset Llama 3.1 8B (llama3 scaling): its note no longer describes the chart."
                + "  Source: https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json", after);
        robot.interact(() -> window.history().undo());
        clickDrawn(robot, "#ntkDrawn");
        assertFalse(notDrawn.isVisible(), "drawn: nothing to say");
    }

    @Test
    void togglingAMethodAddsAndRemovesItsSeries(FxRobot robot) throws TimeoutException {
        clickDrawn(robot, "#yarnDrawn");
        waitUntil(() -> periodSeries().equals(List.of("default", "linear", "ntk", "yarn")));
        showStretchTab(robot);
        assertEquals(4, window.stretchChart().dataset().getSeriesCount());
        assertEquals("YaRN: factor 4, beta_fast 32, beta_slow 1, attention factor 1.13863",
                window.periodChart().dataset().getSeriesKey(3));
        clickDrawn(robot, "#linearDrawn");
        waitUntil(() -> periodSeries().equals(List.of("default", "ntk", "yarn")));
        clickDrawn(robot, "#yarnDrawn");
        waitUntil(() -> periodSeries().equals(List.of("default", "ntk")));
        assertEquals(2, window.stretchChart().dataset().getSeriesCount());
    }

    @Test
    void aClosedSectionBuildsItsParametersWhenOpenedShowingTheCurrentValues(FxRobot robot) {
        TitledPane yarn = robot.lookup("#yarnPane").queryAs(TitledPane.class);
        assertTrue(yarn.getContent() == null && robot.lookup("#yarnBetaFastField").tryQuery().isEmpty(),
                "closed at start: no parameters built");
        robot.interact(() -> {
            model.newLengthProperty().set(32768); // s = 8 while the section is closed
            window.methods().setMethod(Yarn.followingContext().withBetas(16, 1));
        });
        expand(robot, "#yarnPane");
        assertEquals("16", robot.lookup("#yarnBetaFastField").queryAs(TextField.class).getText());
        assertEquals("YaRN: factor 8, beta_fast 16, beta_slow 1, attention factor 1.20794",
                robot.lookup("#yarnSummary").queryAs(Label.class).getText());
        robot.interact(() -> model.newLengthProperty().set(16384)); // open now: it follows
        assertTrue(robot.lookup("#yarnSummary").queryAs(Label.class).getText().startsWith("YaRN: factor 4,"));
    }

    @Test
    void anInvalidParameterIsMarkedAndChangesNothing(FxRobot robot) throws TimeoutException {
        clickDrawn(robot, "#yarnDrawn");
        waitUntil(() -> periodSeries().size() == 4);
        expand(robot, "#yarnPane");
        double before = window.periodChart().dataset().getYValue(3, 30);
        String[][] cases = {
            {"abc", "beta_fast must be a number, got 'abc'"},
            {"0", "yarn beta_fast must be a finite number above 0, got 0"},
            {"-3", "yarn beta_fast must be a finite number above 0, got -3"},
        };
        for (String[] c : cases) {
            typeInto(robot, "#yarnBetaFastField", c[0]);
            Label error = robot.lookup("#yarnBetaFastError").queryAs(Label.class);
            assertTrue(error.isVisible(), c[0]);
            assertEquals(c[1], error.getText());
            TextField field = robot.lookup("#yarnBetaFastField").queryAs(TextField.class);
            assertTrue(field.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));
            assertEquals(Yarn.followingContext(), window.methods().methodProperty(MethodKind.YARN).get());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(before, window.periodChart().dataset().getYValue(3, 30), 0.0);
        }
        typeInto(robot, "#yarnBetaFastField", "16");
        assertFalse(robot.lookup("#yarnBetaFastError").queryAs(Label.class).isVisible());
        assertEquals(Yarn.followingContext().withBetas(16, 1), window.methods().methodProperty(MethodKind.YARN).get());
        ScalingContext ctx = ScalingContext.DEFAULT;
        waitUntil(() -> window.periodChart().dataset().getYValue(3, 30)
                == Yarn.followingContext().withBetas(16, 1).evaluate(ctx).period(30));
    }

    @Test
    void openingAConfigFileAppliesItAndListsWhatItCouldNotLoad(FxRobot robot) throws Exception {
        Path good = resource("yarn_rope_scaling.json");
        window.setDialogs(new FakeDialogs().onOpen(q -> Optional.of(good)));
        robot.clickOn("File").clickOn("Open model config…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1_000_000.0, model.baseProperty().get());
        assertEquals(128, model.dimProperty().get());
        assertEquals(32768, model.originalLengthProperty().get());
        assertEquals(131_072, model.newLengthProperty().get());
        waitUntil(() -> periodSeries().equals(List.of("default", "yarn")));
        assertEquals("Opened yarn_rope_scaling.json: everything loaded.",
                robot.lookup("#messageText").queryAs(Label.class).getText());

        Path partial = resource("broken_strings_for_numbers.json");
        robot.interact(() -> window.configJsonActions().open(partial));
        assertEquals(String.join("\n", "Opened broken_strings_for_numbers.json: loaded what it could; 2 problems:",
                "• rope_theta must be a number, got the string \"500000.0\"; not loaded",
                "• rope_scaling.factor must be a number, got the string \"8.0\"; not loaded"),
                robot.lookup("#messageText").queryAs(Label.class).getText());
        assertEquals(1_000_000.0, model.baseProperty().get(), "the base it could not read stays");
        assertEquals(8192, model.originalLengthProperty().get(), "original_max_position_embeddings still loads");
        assertEquals(131_072, model.newLengthProperty().get());
        waitUntil(() -> periodSeries().equals(List.of("default", "linear", "ntk"))); // no scaling loaded: the book's three
    }

    @Test
    void aFileWithTwoLayerKindsOffersBothAndSaysWhichIsShown(FxRobot robot) throws Exception {
        Path gemma = resource("corpus/gemma3_27b_it.json");
        robot.interact(() -> window.configJsonActions().open(gemma));
        assertEquals(1_000_000.0, model.baseProperty().get(), "global layers first");
        String message = robot.lookup("#messageText").queryAs(Label.class).getText();
        assertTrue(message.contains("not shown: sliding_attention, which turns with rope_local_base_freq (10000)"),
                message);
        javafx.scene.control.Menu layers = window.configJsonActions().layerTypeMenu();
        assertEquals(List.of("layerType-full_attention", "layerType-sliding_attention"),
                layers.getItems().stream().map(javafx.scene.control.MenuItem::getId).toList());
        assertFalse(layers.isDisable());
        robot.interact(() -> layers.getItems().get(1).fire()); // File > Layer type > sliding_attention
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10_000.0, model.baseProperty().get(), "the sliding-window layers' own base");
        waitUntil(() -> periodSeries().equals(List.of("default", "linear", "ntk"))); // unscaled: the book's three
        message = robot.lookup("#messageText").queryAs(Label.class).getText();
        assertTrue(message.contains("showing sliding_attention (rope_local_base_freq 10000, unscaled)"), message);

        Path llama = resource("corpus/llama3_1_8b.json");
        robot.interact(() -> window.configJsonActions().open(llama));
        assertTrue(robot.lookup("#messageText").queryAs(Label.class).getText()
                .endsWith("llama3 uses factor 8, not m/m_l = 16 (m = 131072, m_l = 8192)"));
        assertTrue(window.configJsonActions().layerTypeMenu().isDisable(), "one kind of layer: nothing to choose");

        org.ropescope.presets.Preset gemmaPreset = window.configJsonActions().presets().stream()
                .filter(p -> p.id().equals("gemma-3-27b")).findFirst().orElseThrow();
        robot.interact(() -> window.configJsonActions().applyPreset(gemmaPreset));
        assertFalse(layers.isDisable(), "a preset with two layer kinds offers both");
        robot.interact(() -> layers.getItems().get(1).fire());
        assertEquals(10_000.0, model.baseProperty().get());
    }

    @Test
    void aFileThatCannotBeReadChangesNothing(FxRobot robot) throws Exception {
        Path broken = resource("broken_truncated.json");
        RopeConfig before = model.getConfig();
        robot.interact(() -> window.configJsonActions().open(broken));
        String message = robot.lookup("#messageText").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Could not open broken_truncated.json: broken_truncated.json is not valid JSON"),
                message);
        assertTrue(message.endsWith("Nothing was changed."), message);
        assertEquals(1, message.lines().count());
        assertEquals(before, model.getConfig());
        assertEquals(List.of("default", "linear", "ntk"), periodSeries());
    }

    @Test
    void copyAsConfigJsonPutsTheChosenMethodsBlockOnTheClipboard(FxRobot robot) {
        List<String> clipboard = new ArrayList<>();
        window.calculator().setClipboard(clipboard::add);
        clickDrawn(robot, "#yarnDrawn");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.calculator().choice().setValue(MethodKind.YARN));
        robot.interact(() -> window.configJsonActions().copyConfig());
        assertEquals(List.of(RopeScalingJson.render(Yarn.followingContext(), ScalingContext.DEFAULT)), clipboard);
        assertTrue(clipboard.get(0).startsWith("\"rope_scaling\": {"), clipboard.get(0));
        assertTrue(clipboard.get(0).contains("\"factor\": 4.0"), clipboard.get(0));
    }

    @Test
    void theCalculatorReadsTheContextABaseMatches(FxRobot robot) {
        typeInto(robot, "#calcBaseField", "40889.94243248622");
        assertEquals("matches m = 16,384 tokens  (s = 4)",
                robot.lookup("#calcContextValue").queryAs(Label.class).getText());
        typeInto(robot, "#calcBaseField", "1");
        assertEquals("b′ must be a number greater than 1 and at most 1e10, got 1",
                robot.lookup("#calcContextValue").queryAs(Label.class).getText());
    }

    @Test
    void aPartialRotaryFactorGreysTheNonRotatingPairs(FxRobot robot) throws TimeoutException {
        typeInto(robot, "#rotaryField", "0.25");
        waitUntil(() -> window.periodChart().dataset().getItemCount(0) == 16);
        assertEquals("partial_rotary_factor: 32 of 128 dimensions rotate (pairs 0–15); pairs 16–63 carry no position"
                + " (grey in the charts).", robot.lookup("#rotaryNote").queryAs(Label.class).getText());
        assertEquals(DefaultRope.INSTANCE, window.periodChart().dataset().method(0));
        assertEquals(org.ropescope.format.Numbers.significant(RopeConfig.of(10_000, 32, 4096, 16_384).lambda(), 10),
                robot.lookup("#lambdaValue").queryAs(Label.class).getText(), "lambda of the rotating d = 32");
        typeInto(robot, "#rotaryField", "1.5");
        assertEquals("partial_rotary_factor must be a number above 0 and at most 1, got 1.5",
                robot.lookup("#rotaryError").queryAs(Label.class).getText());
        assertEquals(0.25, window.methods().partialRotaryFactorProperty().get());
    }

    @Test
    void theWindowsCsvAppendsAColumnForEachDrawnMethodBeyondTheBooks(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        clickDrawn(robot, "#llama3Drawn");
        Path csv = dir.resolve("m.csv");
        window.setDialogs(new FakeDialogs().onSave(q -> Optional.of(csv)));
        robot.interact(() -> window.exportActions().export(org.ropescope.export.ExportFormat.CSV));
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("i,theta,period_original,period_interpolated,period_base_scaled,period_llama3", lines.get(0));
        double expected = Llama3.followingContext().evaluate(ScalingContext.DEFAULT).period(40);
        assertEquals(expected, Double.parseDouble(lines.get(41).split(",")[5]), 0.0);
    }
}
