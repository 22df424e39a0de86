package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Stretch tab's chart reaches the screen as one picture Java2D draws beside the FX thread: after a
 * change of m the pixels on the screen are the chart as it is now, drawn as a file draws it, and the
 * mouse reads the data area of that picture.
 */
class ImageChartViewerTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void afterAChangeTheScreenShowsTheChartAsItIsNow(FxRobot robot) throws Exception {
        robot.clickOn("#stretchTab");
        ChartViewer viewer = robot.lookup("#stretchChart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewer.lookup("#chartPicture").isVisible());
        robot.interact(() -> model.newLengthProperty().set(1_048_576));
        WaitForAsyncUtils.waitForFxEvents();

        assertShowsTheChartNow(robot, viewer, "m = 1,048,576");

        // another tab in front: the pictures are let go (about 10 MB); back in front, a change shows one again
        robot.clickOn("#periodsTab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !viewer.lookup("#chartPicture").isVisible());
        var view = (javafx.scene.image.ImageView) ((javafx.scene.Parent) viewer.lookup("#chartPicture"))
                .getChildrenUnmodifiable().get(0);
        assertEquals(null, view.getImage(), "the picture let go");
        robot.clickOn("#stretchTab");
        robot.interact(() -> model.newLengthProperty().set(2_000_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertShowsTheChartNow(robot, viewer, "m = 2,000,000, shown again");
    }

    private static void assertShowsTheChartNow(FxRobot robot, ChartViewer viewer, String when) {
        int w = (int) viewer.getCanvas().getWidth();
        int h = (int) viewer.getCanvas().getHeight();
        Node picture = viewer.lookup("#chartPicture");
        assertTrue(picture.isVisible());
        assertEquals(w, picture.getLayoutBounds().getWidth(), 0.5, "the picture covers the chart");
        assertEquals(h, picture.getLayoutBounds().getHeight(), 0.5);

        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = viewer.snapshot(null, null));
        BufferedImage expected = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        robot.interact(() -> {
            var g = expected.createGraphics();
            viewer.getChart().draw(g, new Rectangle(w, h), null, info);
            g.dispose();
        });
        int differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (shot[0].getPixelReader().getArgb(x, y) != expected.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ, "pixels on the screen unlike the chart drawn now, " + when + ", of " + w * h);
        assertEquals(info.getPlotInfo().getDataArea(), viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea(),
                "the mouse reads the data area drawn");
    }
}
