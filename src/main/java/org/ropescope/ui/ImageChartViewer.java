package org.ropescope.ui;

import java.awt.Rectangle;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart viewer whose chart reaches the screen as one opaque picture Java2D draws beside the FX
 * thread ({@link OffThreadImage}) on every chart change: JavaFX then copies one image a frame instead
 * of replaying the canvas's drawing commands on its render thread (the Stretch tab's seven curves at
 * d = 8192: about 5 ms of the render thread and 2 ms of the FX thread a frame).
 *
 * <p>The viewer's canvas stays beneath for the mouse (zoom, the context menu) and draws itself only
 * when its size changes; each picture's chart, plot and data areas become the canvas's rendering
 * info, so the mouse reads the areas on the screen. While the viewer is hidden (its tab not in
 * front) the pictures are let go and the canvas shows the chart, until the next change.
 */
public final class ImageChartViewer extends ChartViewer {

    // let go while its tab is not in front, the canvas drawn instead (it was the picture until then)
    private final OffThreadImage picture = new OffThreadImage(this, () -> getCanvas().draw());
    private double lastWidth = -1;
    private double lastHeight = -1;

    ImageChartViewer(JFreeChart chart) {
        super(chart);
        ChartCanvas canvas = getCanvas();
        chart.removeChangeListener(canvas); // the picture shows the changes
        chart.addChangeListener(e -> redraw());
        picture.node().setId("chartPicture");
        getChildren().add(getChildren().indexOf(canvas) + 1, picture.node()); // below the zoom rectangle
    }

    @Override
    protected void layoutChildren() {
        picture.finish(); // the chart is the FX thread's again before anything draws it
        super.layoutChildren(); // sizes the canvas, which then draws itself
        ChartCanvas canvas = getCanvas();
        if (canvas.getWidth() != lastWidth || canvas.getHeight() != lastHeight) {
            lastWidth = canvas.getWidth();
            lastHeight = canvas.getHeight();
            redraw();
        }
    }

    private void redraw() {
        ChartCanvas canvas = getCanvas();
        int w = (int) canvas.getWidth(); // as the canvas draws
        int h = (int) canvas.getHeight();
        if (w < 1 || h < 1) {
            picture.hide();
            return;
        }
        double pixelScale = PixelImage.renderScale(this);
        JFreeChart chart = getChart();
        ChartRenderingInfo drawn = new ChartRenderingInfo(null); // no entities: nothing here has tooltips
        picture.draw(canvas.getLayoutX(), canvas.getLayoutY(), w, h, pixelScale, g -> {
            g.scale(pixelScale, pixelScale);
            chart.draw(g, new Rectangle(w, h), null, drawn);
        }, getScene() != null, () -> {
            ChartRenderingInfo mouse = canvas.getRenderingInfo();
            if (mouse != null) {
                mouse.setChartArea(drawn.getChartArea());
                mouse.getPlotInfo().setPlotArea(drawn.getPlotInfo().getPlotArea());
                mouse.getPlotInfo().setDataArea(drawn.getPlotInfo().getDataArea());
            }
        });
    }
}
