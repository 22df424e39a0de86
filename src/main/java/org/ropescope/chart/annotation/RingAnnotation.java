package org.ropescope.chart.annotation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** A ring of fixed pixel size around a data point, whatever the axes' scale. */
public final class RingAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private final double x;
    private final double y;
    private final double radius;
    private final transient Color paint;
    private final transient BasicStroke stroke;

    public RingAnnotation(double x, double y, double radius, Color paint, BasicStroke stroke) {
        this.x = x;
        this.y = y;
        this.radius = radius;
        this.paint = paint;
        this.stroke = stroke;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        g2.setPaint(paint);
        g2.setStroke(stroke);
        g2.draw(new Ellipse2D.Double(px - radius, py - radius, 2 * radius, 2 * radius));
    }
}
