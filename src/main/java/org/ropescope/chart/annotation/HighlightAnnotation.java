package org.ropescope.chart.annotation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** The selected pair: a vertical line across the plot and a filled dot at each of its values. */
public final class HighlightAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private final int pair;
    private final double[] y;
    private final transient Color dot;
    private final transient Color line;
    private final transient Color ring;

    /**
     * @param pair the pair's index (x)
     * @param y    the values to mark at that pair; NaN and values a log axis cannot place are left out
     * @param dot  the dots' fill
     * @param line the vertical line's colour (translucent)
     * @param ring the ring around each dot
     */
    public HighlightAnnotation(int pair, double[] y, Color dot, Color line, Color ring) {
        this.pair = pair;
        this.y = y.clone();
        this.dot = dot;
        this.line = line;
        this.ring = ring;
    }

    /** The highlighted pair. */
    public int pair() {
        return pair;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        double px = domainAxis.valueToJava2D(pair, dataArea, plot.getDomainAxisEdge());
        g2.setPaint(line);
        g2.setStroke(new BasicStroke(1.5f));
        g2.draw(new Line2D.Double(px, dataArea.getMinY(), px, dataArea.getMaxY()));
        for (double v : y) {
            if (!Double.isFinite(v) || v <= 0) {
                continue; // never draw NaN or a point a log axis cannot place
            }
            double py = rangeAxis.valueToJava2D(v, dataArea, plot.getRangeAxisEdge());
            g2.setPaint(dot);
            g2.fill(new Ellipse2D.Double(px - 5, py - 5, 10, 10));
            g2.setPaint(ring);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Ellipse2D.Double(px - 5, py - 5, 10, 10));
        }
    }
}
