package org.ropescope.chart.annotation;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.ropescope.chart.live.LayeredXYPlot;

/**
 * A small chart drawn inside the plot, anchored by its bottom-right corner at a fraction of the data
 * area, as vectors (sharp in PDF and SVG; no image made on every frame of a drag).
 */
public final class InsetAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private final JFreeChart inset;
    private final double fx;
    private final double fy;
    private final int width;
    private final int height;
    private final int clearBelow;

    /** @param clearBelow pixels at the data area's foot the inset leaves free (the band's label) */
    public InsetAnnotation(JFreeChart inset, double fx, double fy, int width, int height, int clearBelow) {
        this.inset = inset;
        this.clearBelow = clearBelow;
        this.fx = fx;
        this.fy = fy;
        this.width = width;
        this.height = height;
    }

    /** The chart drawn inside. */
    public JFreeChart inset() {
        return inset;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        int w = (int) Math.min(width, dataArea.getWidth() * 0.45);
        int h = (int) Math.min(height, dataArea.getHeight() * 0.45);
        if (w < 120 || h < 80) {
            return; // too small to read: leave the plot alone
        }
        double right = dataArea.getMinX() + fx * dataArea.getWidth();
        // over the band's label when the plot is tall enough; a short plot (below 400 px) needs that room
        // for the notes, and the magnifier sits where it always did
        double lift = dataArea.getHeight() >= 400 ? Math.max(fy * dataArea.getHeight(), clearBelow)
                : fy * dataArea.getHeight();
        double bottom = dataArea.getMaxY() - lift;
        // drawn as vectors on a copy of the context: the copy's clip and transform end with it, so
        // the plot's own clip survives (drawing the nested chart on g2 itself would lose it)
        Rectangle2D at = new Rectangle2D.Double((int) (right - w), (int) (bottom - h), w, h);
        if (plot instanceof LayeredXYPlot p) {
            p.labelsPlaced().add(at); // the pointers' labels keep off it
        }
        Graphics2D g = (Graphics2D) g2.create();
        try {
            inset.draw(g, at);
        } finally {
            g.setClip(null);
            g.dispose();
        }
    }
}
