package org.ropescope.chart.annotation;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.ropescope.chart.AxisPixels;

/**
 * Whether a label's box lies on one of the plot's curves, so a note can be placed where no line runs
 * through its words. Only the points whose x falls within the box (found by bisection: the charts'
 * x values rise) are looked at, at most {@link #MAX_SEGMENTS} segments a series, so a drag's frames
 * stay cheap at d = 8192.
 */
final class CurveCrossing {

    /**
     * Segments looked at per series and box: beyond it every n-th point (the curves are smooth: on the
     * log axis a straight line or a few straight pieces). 64 across a label at most 300 pixels wide is a
     * point every 5 pixels; 256 were 9 % of the data area's drawing at d = 8192 (11 places tried for
     * each of two pointers, 8 curves each).
     */
    static final int MAX_SEGMENTS = 64;

    private CurveCrossing() {
    }

    /** Whether any drawn series of {@code plot} passes through {@code box} (Java2D coordinates). */
    static boolean crosses(XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            Rectangle2D box) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double lo = Math.min(domainAxis.java2DToValue(box.getMinX(), dataArea, xEdge),
                domainAxis.java2DToValue(box.getMaxX(), dataArea, xEdge));
        double hi = Math.max(domainAxis.java2DToValue(box.getMinX(), dataArea, xEdge),
                domainAxis.java2DToValue(box.getMaxX(), dataArea, xEdge));
        AxisPixels toX = new AxisPixels(domainAxis, dataArea, xEdge, 1);
        AxisPixels toY = new AxisPixels(rangeAxis, dataArea, yEdge, 1);
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null || plot.getRenderer(d) == null) {
                continue;
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!plot.getRenderer(d).isSeriesVisible(s) || plot.getRangeAxisForDataset(d) != rangeAxis) {
                    continue;
                }
                int n = data.getItemCount(s);
                if (n < 2) {
                    continue;
                }
                int first = Math.max(0, firstAtOrAbove(data, s, lo) - 1);
                int last = Math.min(n - 1, firstAtOrAbove(data, s, hi));
                int step = Math.max(1, (last - first) / MAX_SEGMENTS);
                double px = Double.NaN;
                double py = Double.NaN;
                for (int i = first; i <= last; i = i == last ? last + 1 : Math.min(last, i + step)) {
                    double x = toX.at(data.getXValue(s, i));
                    double y = toY.at(data.getYValue(s, i));
                    if (Double.isFinite(px) && Double.isFinite(py) && Double.isFinite(x) && Double.isFinite(y)
                            && box.intersectsLine(px, py, x, y)) {
                        return true;
                    }
                    px = x;
                    py = y;
                }
            }
        }
        return false;
    }

    /** The first item whose x is at least {@code x}, or the item count; the items' x values rise. */
    private static int firstAtOrAbove(XYDataset data, int series, double x) {
        int lo = 0;
        int hi = data.getItemCount(series);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data.getXValue(series, mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
