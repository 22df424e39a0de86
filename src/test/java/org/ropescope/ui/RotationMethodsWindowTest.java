package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ropescope.chart.RotationChart;
import org.ropescope.chart.RotationRaster;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.model.InputsModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rotation view offers every drawn method and draws the chosen one's own frequencies. */
@ExtendWith(ApplicationExtension.class)
class RotationMethodsWindowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = RoPEScopeApp.show(stage, new InputsModel());
    }

    @Test
    void choosingYarnDrawsYarnsHeatmapAtAKnownPositionAndPair(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            window.methods().drawnProperty(MethodKind.YARN).set(true);
            window.methods().drawnProperty(MethodKind.LLAMA3).set(true);
        });
        robot.clickOn("#rotationTab");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ChoiceBox<MethodKind> choice = robot.lookup("#rotationMethod").queryAs(ChoiceBox.class);
        assertEquals(List.of(MethodKind.LINEAR, MethodKind.NTK, MethodKind.YARN, MethodKind.LLAMA3), choice.getItems());
        assertEquals(MethodKind.NTK, choice.getValue());

        robot.clickOn(choice).clickOn("YaRN");
        RotationChart chart = window.centerTabs().rotation().chart();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.scaled().method().kind() == MethodKind.YARN);
        assertEquals(MethodKind.YARN, window.teaching().rotationMethodProperty().get());
        ScaledFrequencies yarn = chart.scaled();
        assertEquals(window.methods().methodProperty(MethodKind.YARN).get(), yarn.method());

        // the drawn chart, as the viewer draws it: pair 40 at position 5,000 in the lower heatmap
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.chart().createBufferedImage(1100, 700, info);
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(1).getDataArea();
        XYPlot scaled = (XYPlot) chart.plot().getSubplots().get(1);
        int i = 40;
        int px = (int) Math.floor(scaled.getDomainAxis().valueToJava2D(5000, area, RectangleEdge.BOTTOM));
        int py = (int) Math.floor(scaled.getRangeAxis().valueToJava2D(i, area, RectangleEdge.LEFT));
        assertEquals(i, chart.pairAt(py + 0.5, area));
        double p = chart.positionAt(px + 0.5, area);
        int expected = RotationRaster.argb(Math.cos(p * yarn.invFreq(i)));
        int actual = img.getRGB(px, py);
        for (int shift : new int[] {16, 8, 0}) {
            int d = Math.abs((expected >> shift & 0xFF) - (actual >> shift & 0xFF));
            assertTrue(d <= 3, String.format("YaRN at p = %.0f, i = %d: expected %06X, got %06X", p, i,
                    expected & 0xFFFFFF, actual & 0xFFFFFF));
        }

        // YaRN no longer drawn: the view falls back to the first drawn scaled method
        robot.interact(() -> window.methods().drawnProperty(MethodKind.YARN).set(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.scaled().method().kind() == MethodKind.LINEAR);
        assertEquals(MethodKind.LINEAR, choice.getValue());
    }
}
