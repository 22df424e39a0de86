package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.MethodDataset;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The drawn methods in sessions and undo, through the real window. */
@ExtendWith(ApplicationExtension.class)
class MethodsSessionWindowTest {

    private static final ScalingMethod YARN = MethodParameters.DEFAULTS.withFactor(8).withBetas(16, 2)
            .build(MethodKind.YARN);
    private static final ScalingMethod LLAMA3 = MethodParameters.DEFAULTS.withFactor(8).withFreqFactors(2, 8)
            .build(MethodKind.LLAMA3);
    private static final RopeConfig LECTURE = RopeConfig.of(500000, 128, 8192, 65536);

    @TempDir
    Path dir;

    private MainWindow window;
    private MethodsModel methods;

    @Start
    void start(Stage stage) {
        window = RoPEScopeApp.show(stage, new InputsModel());
        methods = window.methods();
        // the stretch chart follows the model only while it is seen: show it, so both charts are compared
        window.centerTabs().getTabs().stream().filter(t -> "stretchTab".equals(t.getId())).findFirst()
                .ifPresent(t -> window.centerTabs().getSelectionModel().select(t));
    }

    /** Every series of both method charts: its name and its y values, as drawn. */
    private List<Object> chartData() {
        List<Object> out = new ArrayList<>();
        for (MethodDataset d : List.of(window.periodChart().dataset(), window.stretchChart().dataset())) {
            for (int s = 0; s < d.getSeriesCount(); s++) {
                out.add(d.getSeriesKey(s));
                double[] y = new double[d.getItemCount(s)];
                for (int i = 0; i < y.length; i++) {
                    y[i] = d.getYValue(s, i);
                }
                out.add(y);
            }
        }
        return out;
    }

    private void waitForCharts() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        MethodTable now = methods.tableProperty().get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.periodChart().methods() == now
                && window.stretchChart().methods() == now);
    }

    private static void assertSameData(List<Object> expected, List<Object> actual) {
        assertEquals(expected.size(), actual.size());
        for (int k = 0; k < expected.size(); k++) {
            if (expected.get(k) instanceof double[] e) {
                assertArrayEquals(e, (double[]) actual.get(k), "series " + expected.get(k - 1));
            } else {
                assertEquals(expected.get(k), actual.get(k));
            }
        }
    }

    private String dialogMessageAndClose(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        String message = pane.getContentText();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        return message;
    }

    private void drawYarnAndLlama3(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.history().group(() -> {
            window.model().apply(LECTURE);
            methods.partialRotaryFactorProperty().set(0.5);
            methods.setMethod(YARN);
            methods.setMethod(LLAMA3);
            methods.drawnProperty(MethodKind.YARN).set(true);
            methods.drawnProperty(MethodKind.LLAMA3).set(true);
            methods.drawnProperty(MethodKind.NTK).set(false);
        }));
        waitForCharts();
    }

    @Test
    void aSessionWithYarnAndLlama3ReopensWithTheSameMethodsParametersAndCharts(FxRobot robot) throws Exception {
        drawYarnAndLlama3(robot);
        MethodSelection saved = methods.selection();
        List<Object> data = chartData();
        for (String label : List.of("YaRN", "Llama 3")) { // both drawn, keyed by their legend text
            assertTrue(data.stream().anyMatch(o -> o instanceof String k && k.startsWith(label)), data.toString());
        }
        Path file = dir.resolve("lecture.ropescope");
        robot.interact(() -> assertTrue(window.saveSession(file)));
        String text = Files.readString(file);
        assertTrue(text.contains("\"beta_fast\" : 16") && text.contains("\"high_freq_factor\" : 8"), text);

        robot.push(KeyCode.SHORTCUT, KeyCode.R); // reset: the book's three, every pair rotating
        waitForCharts();
        assertEquals(MethodSelection.book(), methods.selection());

        robot.interact(() -> assertTrue(window.openSession(file)));
        waitForCharts();
        assertEquals(saved, methods.selection());
        assertEquals(0.5, methods.partialRotaryFactorProperty().get());
        assertEquals(List.of(MethodKind.DEFAULT, MethodKind.LINEAR, MethodKind.YARN, MethodKind.LLAMA3),
                methods.drawnMethodsProperty().get().stream().map(ScalingMethod::kind).toList());
        assertEquals(YARN, methods.methodProperty(MethodKind.YARN).get());
        assertTrue(robot.lookup("#yarnDrawn").queryAs(CheckBox.class).isSelected());
        assertSameData(data, chartData());
    }

    @Test
    void aSessionWithABadMethodParameterSaysWhichAndChangesNothing(FxRobot robot) throws Exception {
        drawYarnAndLlama3(robot);
        MethodSelection before = methods.selection();
        List<Object> data = chartData();
        int steps = window.history().undoCount();
        Path file = dir.resolve("bad.ropescope");
        Files.writeString(file, """
                { "format" : "RoPEScope session", "formatVersion" : "1.1",
                  "inputs" : { "base" : 10000, "dim" : 64, "originalLength" : 4096, "newLength" : 16384 },
                  "methods" : [ { "type" : "ntk", "drawn" : true },
                                { "type" : "llama3", "drawn" : true, "low_freq_factor" : -1 } ] }
                """);
        robot.interact(() -> assertFalse(window.openSession(file)));
        assertEquals("bad.ropescope, methods[1].low_freq_factor: llama3 low_freq_factor must be",
                dialogMessageAndClose(robot).replaceAll("(must be).*", "$1"));
        assertEquals(LECTURE, window.model().getConfig());
        assertEquals(before, methods.selection());
        assertEquals(steps, window.history().undoCount());
        waitForCharts();
        assertSameData(data, chartData());
    }

    @Test
    void anOldSessionWithoutMethodsOpensWithTheBooksThree(FxRobot robot) throws Exception {
        drawYarnAndLlama3(robot);
        Path file = dir.resolve("old.ropescope");
        Files.writeString(file, """
                {"format": "RoPEScope session", "formatVersion": "1.0",
                 "inputs": {"base": 10000, "dim": 128, "originalLength": 4096, "newLength": 16384}}
                """);
        robot.interact(() -> assertTrue(window.openSession(file)));
        assertEquals(RopeConfig.DEFAULT, window.model().getConfig());
        assertEquals(MethodSelection.book(), methods.selection());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z); // opening is one step, methods included
        assertEquals(LECTURE, window.model().getConfig());
        assertEquals(YARN, methods.methodProperty(MethodKind.YARN).get());
        assertTrue(methods.drawnProperty(MethodKind.YARN).get());
    }

    private List<String> seriesKeys() {
        MethodDataset d = window.periodChart().dataset();
        List<String> out = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            out.add(String.valueOf(d.getSeriesKey(s)));
        }
        return out;
    }

    @Test
    void tickingYarnThenCtrlZUnticksItAndItsSeriesLeavesTheChart(FxRobot robot) throws TimeoutException {
        CheckBox yarn = robot.lookup("#yarnDrawn").queryAs(CheckBox.class);
        robot.interact(() -> ((javafx.scene.control.ScrollPane) window.getLeft()).setVvalue(1)); // the sections below
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(yarn);
        assertTrue(yarn.isSelected());
        waitForCharts();
        assertTrue(seriesKeys().stream().anyMatch(k -> k.startsWith("YaRN")), seriesKeys().toString());
        assertEquals(1, window.history().undoCount());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertFalse(yarn.isSelected());
        assertFalse(methods.drawnProperty(MethodKind.YARN).get());
        waitForCharts();
        assertEquals(3, seriesKeys().size(), seriesKeys().toString());
        assertFalse(seriesKeys().stream().anyMatch(k -> k.startsWith("YaRN")), seriesKeys().toString());

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(yarn.isSelected());
    }
}
