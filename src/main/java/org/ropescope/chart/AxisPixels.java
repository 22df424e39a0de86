package org.ropescope.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Data value to Java2D coordinate along one axis, for one drawing: for a linear or a log axis the
 * same straight line (in the value or in its logarithm) the axis itself uses, with its two constants
 * taken once instead of the axis's general conversion on each of thousands of points (a drag's
 * frames ask for about 30,000 at d = 8192). Any other axis, or an inverted one, goes through the axis.
 * For choosing and testing points; paths themselves are drawn through the axis.
 */
public final class AxisPixels {

    private static final int THROUGH_AXIS = 0;
    private static final int LINEAR = 1;
    private static final int LOG = 2;

    private final ValueAxis axis;
    private final Rectangle2D area;
    private final RectangleEdge edge;
    private final double scale;
    private final int kind;
    private final double p0;
    private final double v0;
    private final double per;

    /**
     * The conversion along {@code axis} drawn into {@code area} at {@code edge}, times {@code scale}
     * (1 for Java2D user space; the device transform's scale for device pixels).
     */
    public AxisPixels(ValueAxis axis, Rectangle2D area, RectangleEdge edge, double scale) {
        this.axis = axis;
        this.area = area;
        this.edge = edge;
        this.scale = scale;
        int k = THROUGH_AXIS;
        double start = 0;
        double from = 0;
        double slope = 0;
        double lo = axis.getLowerBound();
        double hi = axis.getUpperBound();
        double pLo = axis.valueToJava2D(lo, area, edge);
        double pHi = axis.valueToJava2D(hi, area, edge);
        if (!axis.isInverted() && Double.isFinite(pLo) && Double.isFinite(pHi)) {
            if (axis instanceof LogAxis && lo > 0 && hi > lo) {
                k = LOG;
                from = Math.log10(lo);
                slope = (pHi - pLo) / (Math.log10(hi) - from);
                start = pLo;
            } else if (axis instanceof NumberAxis && hi > lo) {
                k = LINEAR;
                from = lo;
                slope = (pHi - pLo) / (hi - lo);
                start = pLo;
            }
        }
        this.kind = k;
        this.p0 = start;
        this.v0 = from;
        this.per = slope;
    }

    /** Where {@code value} is drawn. */
    public double at(double value) {
        if (kind == LOG && value > 0) {
            return scale * (p0 + (Math.log10(value) - v0) * per);
        }
        if (kind == LINEAR) {
            return scale * (p0 + (value - v0) * per);
        }
        return scale * axis.valueToJava2D(value, area, edge);
    }
}
