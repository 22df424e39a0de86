package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ropescope.model.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, defect 3: at the Llama 3.1 preset in the dark theme the period axis's top label ("100M"),
 * which sits half above the data area under the legend's strip, lost its top half in the window: the
 * legend's moving layer filled that strip with the background, over the still layer's label.
 */
class TopTickLabelTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void nothingOnTheLegendsLayerCoversTheTopPeriodLabel(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            window.settings().themeProperty().set(Theme.DARK);
            window.configJsonActions().applyPreset(window.configJsonActions().presets().stream()
                    .filter(p -> p.id().equals("llama-3.1-8b")).findFirst().orElseThrow());
        });
        LayeredChartViewer viewer = window.periodViewer();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewer.movingDraws() > 0
                && window.periodChart().methods().context().newLength() == 131_072);
        WaitForAsyncUtils.waitForFxEvents();
        Canvas header = (Canvas) robot.lookup("#movingHeaderLayer").query();
        SnapshotParameters clear = new SnapshotParameters();
        clear.setFill(Color.TRANSPARENT);
        WritableImage[] still = new WritableImage[1];
        WritableImage[] over = new WritableImage[1];
        robot.interact(() -> {
            still[0] = viewer.getCanvas().snapshot(null, null);
            over[0] = header.snapshot(clear, null);
        });
        PixelReader label = still[0].getPixelReader();
        PixelReader legend = over[0].getPixelReader();
        double dx = header.getLayoutX() - viewer.getCanvas().getLayoutX();
        double dy = header.getLayoutY() - viewer.getCanvas().getLayoutY();
        java.awt.Color bg = window.periodChart().theme().background();

        // the label's upper half: the rows just above the data area, left of the tick marks
        Rectangle2D data = viewer.getRenderingInfo().getPlotInfo().getDataArea();
        Rectangle2D plot = viewer.getRenderingInfo().getPlotInfo().getPlotArea();
        int inked = 0;
        int covered = 0;
        for (int y = (int) data.getMinY() - 6; y < (int) data.getMinY() - 1; y++) {
            for (int x = (int) plot.getMinX(); x < (int) data.getMinX() - 6; x++) {
                Color p = label.getColor(x, y);
                if (Math.abs(p.getRed() * 255 - bg.getRed()) + Math.abs(p.getGreen() * 255 - bg.getGreen())
                        + Math.abs(p.getBlue() * 255 - bg.getBlue()) > 90) {
                    inked++;
                    int hx = (int) Math.floor(x - dx);
                    int hy = (int) Math.floor(y - dy);
                    if (hx >= 0 && hy >= 0 && hx < over[0].getWidth() && hy < over[0].getHeight()
                            && legend.getColor(hx, hy).getOpacity() > 0.1) {
                        covered++;
                    }
                }
            }
        }
        assertTrue(inked > 5, "the still layer draws the top label's upper half (" + inked + " pixels)");
        assertTrue(dy + header.getHeight() > data.getMinY() - 6, "the legend's layer reaches down to the label");
        assertEquals(0, covered, "pixels of the label painted over by the legend's layer");
    }
}
