package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.ropescope.math.scaling.MethodKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The period chart in the window: a drag of m redraws the moving layer only, and shows the new values. */
class LayeredChartViewerTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    @Test
    void aDragOfMWithinAQuarterDecadeRedrawsOnlyTheMovingLayer(FxRobot robot) throws TimeoutException {
        LayeredChartViewer viewer = window.periodViewer();
        robot.interact(() -> { // every method: their legend labels carry factors that follow m
            for (MethodKind k : new MethodKind[] {MethodKind.DYNAMIC, MethodKind.YARN, MethodKind.LLAMA3}) {
                window.methods().drawnProperty(k).set(true);
            }
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewer.movingDraws() > 0
                && window.periodChart().methods().size() >= 6);
        WaitForAsyncUtils.waitForFxEvents();
        int still = viewer.stillDraws();
        int moving = viewer.movingDraws();
        for (long m : new long[] {16_600, 16_900, 17_200, 17_500}) {
            robot.interact(() -> model.newLengthProperty().set(m));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> window.periodChart().book().context().rotaryConfig().newLength() == m);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(still, viewer.stillDraws(), "axes and legend unchanged: the still layer stays");
        assertTrue(viewer.movingDraws() >= moving + 4, "one moving redraw per value shown");

        // the moving layer lies exactly over the data area (its pixels within it), and shows the curves there
        Region plotLayer = (Region) robot.lookup("#movingLayer").query();
        Rectangle2D area = viewer.getRenderingInfo().getPlotInfo().getDataArea();
        assertEquals(Math.ceil(area.getMinX()), plotLayer.getLayoutX() - viewer.getCanvas().getLayoutX(), 0.01);
        assertEquals(Math.ceil(area.getMinY()), plotLayer.getLayoutY() - viewer.getCanvas().getLayoutY(), 0.01);

        XYPlot plot = window.periodChart().chart().getXYPlot();
        int i = 40;
        double x = plot.getDomainAxis().valueToJava2D(i, area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().valueToJava2D(window.periodChart().book().first(MethodKind.DEFAULT).period(i), area,
                RectangleEdge.LEFT);
        WritableImage shot = snapshot(robot, viewer);
        java.awt.Color want = window.periodChart().theme().paint(MethodKind.DEFAULT);
        Bounds canvasAt = viewer.getCanvas().getBoundsInParent();
        assertTrue(near(shot, canvasAt.getMinX() + x, canvasAt.getMinY() + y, want),
                "the original curve is drawn where the axes put pair 40");
    }

    /**
     * The data area's layer tells JavaFX it is opaque (so nothing under it is drawn on a frame): every
     * one of its pixels must then be opaque, and it must show the curves of the value just set.
     */
    @Test
    void theDataAreaLayerIsOpaqueEverywhereAndFollowsM(FxRobot robot) throws TimeoutException {
        LayeredChartViewer viewer = window.periodViewer();
        Region plotLayer = (Region) robot.lookup("#movingLayer").query();
        for (long m : new long[] {32_768, 262_144}) {
            robot.interact(() -> model.newLengthProperty().set(m));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> window.periodChart().book().context().rotaryConfig().newLength() == m);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(javafx.geometry.Insets.EMPTY, plotLayer.getOpaqueInsets(), "declared opaque");
            ImageView view = (ImageView) plotLayer.getChildrenUnmodifiable().get(0);
            javafx.scene.image.Image img = view.getImage();
            javafx.geometry.Rectangle2D shown = view.getViewport(); // the image keeps room to spare
            assertEquals(plotLayer.getWidth(), shown.getWidth(), 0.01, "as wide as the layer at render scale 1");
            assertEquals(plotLayer.getHeight(), shown.getHeight(), 0.01);
            for (int y = 0; y < shown.getHeight(); y += 3) {
                for (int x = 0; x < shown.getWidth(); x += 3) {
                    int argb = img.getPixelReader().getArgb(x, y);
                    assertEquals(0xFF, argb >>> 24, "pixel " + x + "," + y + " must be opaque");
                }
            }
            // PI's curve at pair 40 is s times the original period: where the axes put it for this m
            Rectangle2D area = viewer.getRenderingInfo().getPlotInfo().getDataArea();
            XYPlot plot = window.periodChart().chart().getXYPlot();
            double pi = window.periodChart().book().first(MethodKind.LINEAR).period(40);
            assertEquals((double) m / 4096 * window.periodChart().book().first(MethodKind.DEFAULT).period(40), pi,
                    1e-9 * pi);
            double x = plot.getDomainAxis().valueToJava2D(40, area, RectangleEdge.BOTTOM);
            double y = plot.getRangeAxis().valueToJava2D(pi, area, RectangleEdge.LEFT);
            WritableImage shot = snapshot(robot, viewer);
            Bounds canvasAt = viewer.getCanvas().getBoundsInParent();
            assertTrue(near(shot, canvasAt.getMinX() + x, canvasAt.getMinY() + y,
                    window.periodChart().theme().paint(MethodKind.LINEAR)), "PI's curve at pair 40 for m = " + m);
        }
    }

    @Test
    void theEquationIsTypesetIntoAnImageOfItsOwnSizeWithInkOnIt(FxRobot robot) throws TimeoutException {
        TexView tex = (TexView) robot.lookup("#equationTex").query();
        javafx.scene.image.ImageView view = (javafx.scene.image.ImageView) tex.getChildrenUnmodifiable().get(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.getImage() != null);
        javafx.scene.image.Image img = view.getImage();
        javafx.geometry.Rectangle2D shown = view.getViewport();
        assertEquals(Math.ceil(tex.getWidth()), shown.getWidth(), 0.01, "one image pixel per pixel at render scale 1");
        assertEquals(Math.ceil(tex.getHeight()), shown.getHeight(), 0.01);
        assertEquals(Math.ceil(tex.getWidth()), view.getFitWidth(), 0.01, "shown at its size");
        int inked = 0;
        for (int y = 0; y < shown.getHeight(); y += 2) {
            for (int x = 0; x < shown.getWidth(); x += 2) {
                if (img.getPixelReader().getColor(x, y).getOpacity() > 0.5) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 500, "the derivation's glyphs: " + inked + " inked samples");
        String before = tex.latex();
        robot.interact(() -> model.newLengthProperty().set(65_536));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tex.latex().equals(before));
        assertTrue(tex.latex().contains("65{,}536") || tex.latex().contains("65,536"), tex.latex());
    }

    private static WritableImage snapshot(FxRobot robot, LayeredChartViewer viewer) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = viewer.snapshot(null, null));
        return img[0];
    }

    private static boolean near(WritableImage img, double x, double y, java.awt.Color c) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                Color p = img.getPixelReader().getColor((int) x + dx, (int) y + dy);
                if (Math.abs(p.getRed() * 255 - c.getRed()) < 50 && Math.abs(p.getGreen() * 255 - c.getGreen()) < 50
                        && Math.abs(p.getBlue() * 255 - c.getBlue()) < 50) {
                    return true;
                }
            }
        }
        return false;
    }
}
