package org.ropescope.chart;


import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer (lines only, one path per series) that draws only the points that change what is
 * seen at the size being drawn ({@link PixelDecimation}): a d = 8192 chart has 4,096 points per
 * series on about 900 pixel columns, and most of them fall on a straight stretch of the log axis.
 * The dataset is untouched: tests, tooltips and exports read every exact value; only the drawn path
 * is shorter. The choice is made in device pixels (the Graphics2D transform's scale), so a 2x screen
 * or a 3200-pixel PNG keeps proportionally more points. Decimation can be switched off.
 */
public final class DecimatingLineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private boolean decimating = true;

    public DecimatingLineRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true);
    }

    public boolean isDecimating() {
        return decimating;
    }

    /** Draw every point (false) or only those that show (true, the default). */
    public void setDecimating(boolean decimating) {
        this.decimating = decimating;
        fireChangeEvent();
    }

    /** The renderer state of one drawing: the points chosen for each series, chosen once. */
    private static final class DecimationState extends State {
        final double scaleX;
        final double scaleY;
        final Map<Integer, BitSet> kept = new HashMap<>();
        // the series being drawn: asked for every point, where a boxed map lookup was 4 % of the frame
        int lastSeries = -1;
        BitSet lastKept;

        DecimationState(PlotRenderingInfo info, Graphics2D g2) {
            super(info);
            AffineTransform t = g2.getTransform();
            scaleX = Math.hypot(t.getScaleX(), t.getShearY());
            scaleY = Math.hypot(t.getShearX(), t.getScaleY());
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
            PlotRenderingInfo info) {
        if (!decimating || plot.getOrientation() != PlotOrientation.VERTICAL) {
            return super.initialise(g2, dataArea, plot, data, info);
        }
        return new DecimationState(info, g2);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        if (state instanceof DecimationState s && item != s.getLastItemIndex()) {
            BitSet kept = s.lastSeries == series ? s.lastKept : s.kept.get(series); // every point: no lambda here
            if (kept == null) {
                kept = choose(s, dataset, series, s.getFirstItemIndex(), s.getLastItemIndex(), dataArea, plot,
                        domainAxis, rangeAxis);
                s.kept.put(series, kept);
            }
            s.lastSeries = series;
            s.lastKept = kept;
            if (!kept.get(item)) {
                return; // not a point that shows; the last item always comes: it strokes the path
            }
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                crosshairState, pass);
    }

    private static BitSet choose(DecimationState s, XYDataset dataset, int series, int first, int last,
            Rectangle2D dataArea, XYPlot plot, ValueAxis xAxis, ValueAxis yAxis) {
        int n = Math.max(0, last - first + 1);
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        Scratch work = SCRATCH.get().holding(n);
        double[] x = work.x;
        double[] y = work.y;
        AxisPixels toX = new AxisPixels(xAxis, dataArea, xEdge, s.scaleX);
        AxisPixels toY = new AxisPixels(yAxis, dataArea, yEdge, s.scaleY);
        for (int k = 0; k < n; k++) {
            x[k] = toX.at(dataset.getXValue(series, first + k));
            y[k] = toY.at(dataset.getYValue(series, first + k));
        }
        BitSet keep = PixelDecimation.keep(x, y, n, work.stack);
        BitSet items = new BitSet(last + 1);
        for (int k = keep.nextSetBit(0); k >= 0; k = keep.nextSetBit(k + 1)) {
            items.set(first + k);
        }
        return items;
    }

    /**
     * The pixel coordinates of one series and the decimation's stack, kept per thread and reused: new
     * arrays for each series of each frame were 96 KB a series at d = 8192, the largest share of what
     * a drag allocated (and so of its young collections).
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        double[] x = new double[0];
        double[] y = new double[0];
        int[] stack = new int[0];

        Scratch holding(int n) {
            if (x.length < n) {
                x = new double[n];
                y = new double[n];
                stack = new int[2 * n];
            }
            return this;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecimatingLineRenderer r && r.decimating == decimating && super.equals(obj);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(decimating);
    }
}
