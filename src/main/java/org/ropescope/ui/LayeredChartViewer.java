package org.ropescope.ui;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.fx.FXGraphics2D;
import org.ropescope.chart.live.LiveLayers;

/**
 * A chart viewer that draws its chart in two layers ({@link LiveLayers}): the viewer's own canvas
 * holds the still layer (title, period axis, its grid), redrawn only when that changes, and three
 * nodes above it hold the moving layer: over the data area (series, markers, annotations, the pair
 * axis's grid) an opaque image Java2D draws off the FX thread, over the header (the subtitle's
 * numbers and the legend) a canvas, both redrawn on every chart change, and over the pair axis's
 * strip a canvas redrawn when that axis changes. During a drag of {@code m} JavaFX then paints only
 * the data area's image and the header, not the whole chart, on every frame.
 *
 * <p>Everything else is the plain {@link ChartViewer}: its context menu, zoom and mouse handling, and
 * its rendering info (the still drawing's, whose data area the moving layer is drawn into).
 */
public final class LayeredChartViewer extends ChartViewer {

    private final LiveLayers layers;

    // joins each frame after its layout; kept while hidden: shown again, the data area has no other picture
    private final OffThreadImage plot = new OffThreadImage(this, null);
    private final Canvas headerLayer = new Canvas();
    private final FXGraphics2D headerG2 = new CanvasGraphics2D(headerLayer.getGraphicsContext2D());
    private final Canvas axisLayer = new Canvas();
    private final FXGraphics2D axisG2 = new CanvasGraphics2D(axisLayer.getGraphicsContext2D());
    private double lastWidth = -1;
    private double lastHeight = -1;
    private Object stillKey;
    private Object axisKey;
    private int stillDraws;
    private int movingDraws;

    LayeredChartViewer(JFreeChart chart, LiveLayers layers) {
        super(chart);
        this.layers = layers;
        ChartCanvas still = getCanvas();
        layers.setLiveSurface(g -> g instanceof FXGraphics2D); // this window's canvases; files draw in one pass
        chart.removeChangeListener(still); // this viewer decides which layer a change needs
        chart.addChangeListener(e -> redraw());
        Node plotLayer = plot.node();
        for (Node c : new Node[] {headerLayer, axisLayer}) {
            c.setMouseTransparent(true);
            c.setManaged(false);
        }
        plotLayer.setId("movingLayer");
        headerLayer.setId("movingHeaderLayer");
        getChildren().add(getChildren().indexOf(still) + 1, plotLayer); // below the zoom rectangle
        getChildren().add(getChildren().indexOf(still) + 1, headerLayer);
        getChildren().add(getChildren().indexOf(still) + 1, axisLayer);
    }

    @Override
    protected void layoutChildren() {
        plot.finish(); // the chart is the FX thread's again before anything draws it
        super.layoutChildren(); // sizes the still canvas, which then draws itself
        ChartCanvas still = getCanvas();
        if (still.getWidth() != lastWidth || still.getHeight() != lastHeight) {
            lastWidth = still.getWidth();
            lastHeight = still.getHeight();
            stillKey = layers.stillKey();
            stillDraws++;
            drawMoving();
        }
    }

    /** After a chart change: the still layer only if what it shows changed, the moving layer always. */
    void redraw() {
        plot.finish();
        Object now = layers.stillKey(); // once per update: the drag's hot path
        if (!now.equals(stillKey)) {
            drawStill(now);
        }
        drawMoving();
    }

    private void drawStill(Object key) {
        stillKey = key;
        getCanvas().draw();
        stillDraws++;
    }

    /**
     * The moving layer, on canvases placed over the data area, the header (subtitle and legend) and the
     * pair axis: only those are repainted on an update, not the title and period axis around them.
     */
    private void drawMoving() {
        if (!drawMovingOnce()) {
            drawStill(layers.stillKey()); // the subtitle or legend needs more height: lay the chart out again
            drawMovingOnce();
        }
        movingDraws++;
    }

    private boolean drawMovingOnce() {
        Rectangle2D[] areas = layers.movingAreas(getRenderingInfo());
        if (areas == null || getCanvas().getWidth() < 1 || getCanvas().getHeight() < 1) {
            plot.hide(); // claims no pixels it has not drawn
            clear(headerLayer);
            clear(axisLayer);
            axisKey = null;
            return true;
        }
        Object axisNow = java.util.Arrays.asList(layers.axisKey(getRenderingInfo()), stillKey);
        if (!axisNow.equals(axisKey)) { // the pair axis moves with d only
            Rectangle2D axis = areas[2];
            place(axisLayer, axisG2, axis.getMinX(), axis.getMinY(), axis.getMaxX(), axis.getMaxY());
            layers.drawMovingAxis(axisG2, getRenderingInfo());
            axisKey = axisNow;
        }
        Rectangle2D header = areas[1];
        place(headerLayer, headerG2, header.getMinX(), header.getMinY(), getCanvas().getWidth(), header.getMaxY());
        if (!layers.drawMovingHeader(headerG2)) {
            return false;
        }
        drawPlot(areas[0]); // last: it may go on beside the FX thread's other work until the layout is done
        return true;
    }

    /**
     * The moving layer over the data area, drawn by Java2D into an opaque image: the still layer's
     * background and grid lines there, then the curves, markers and notes. The image covers the whole
     * pixels inside the data area (its edges rounded inwards, where the curves are clipped anyway), so
     * JavaFX draws nothing under it on a frame that changes only the curves: no background fill and no
     * still canvas beneath, and no canvas command replay on the render thread, one copy of pixels.
     */
    private void drawPlot(Rectangle2D data) {
        ChartCanvas still = getCanvas();
        double left = Math.ceil(data.getMinX());
        double top = Math.ceil(data.getMinY());
        double w = Math.floor(data.getMaxX()) - left;
        double h = Math.floor(data.getMaxY()) - top;
        if (w < 1 || h < 1) {
            plot.hide();
            return;
        }
        double pixelScale = PixelImage.renderScale(this);
        Rectangle2D area = (Rectangle2D) data.clone();
        plot.draw(still.getLayoutX() + left, still.getLayoutY() + top, w, h, pixelScale, g -> {
            g.scale(pixelScale, pixelScale);
            g.translate(-left, -top);
            layers.drawStillDataArea(g, area);
            layers.drawMovingPlot(g, area);
        }, getScene() != null, () -> { }); // beside the FX thread, joined after this frame's layout
    }

    /**
     * Puts {@code canvas} over the chart's pixels from (x0, y0) to (x1, y1), cleared, with {@code g2}
     * drawing in the chart's coordinates.
     */
    private void place(Canvas canvas, FXGraphics2D g2, double x0, double y0, double x1, double y1) {
        double left = Math.floor(x0);
        double top = Math.floor(y0);
        double w = Math.max(0, Math.ceil(x1) - left);
        double h = Math.max(0, Math.ceil(y1) - top);
        ChartCanvas still = getCanvas();
        canvas.relocate(still.getLayoutX() + left, still.getLayoutY() + top);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        g2.setTransform(new AffineTransform()); // clear in the canvas's own pixels
        clear(canvas);
        g2.setTransform(AffineTransform.getTranslateInstance(-left, -top));
    }

    private static void clear(Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /** How many times the still layer was drawn (for tests and the benchmark). */
    public int stillDraws() {
        return stillDraws;
    }

    /** How many times the moving layer was drawn. */
    public int movingDraws() {
        return movingDraws;
    }
}
