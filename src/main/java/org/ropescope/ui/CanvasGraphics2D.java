package org.ropescope.ui;

import java.awt.Graphics;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/**
 * FXGraphics2D with clipping that holds under any transform. FXGraphics2D 2.1 intersects a new clip
 * in device space and then hands that shape to the canvas as if it were in user space, so under a
 * translation (a canvas that covers only part of the chart) every nested clip lands off by the
 * offset; its {@link #create()} also copies the clip before the transform. Here both work in user
 * space, through {@link #setClip}, which FXGraphics2D gets right.
 */
final class CanvasGraphics2D extends FXGraphics2D {

    private final GraphicsContext gc;

    CanvasGraphics2D(GraphicsContext gc) {
        super(gc);
        this.gc = gc;
    }

    @Override
    public void clip(Shape s) {
        Shape shape = s instanceof Line2D ? s.getBounds2D() : s;
        Shape current = getClip();
        if (current == null) {
            setClip(shape);
            return;
        }
        Area a = new Area(current);
        a.intersect(new Area(shape));
        setClip(a);
    }

    /** FXGraphics2D's metrics, measuring each string of a font once ({@link MeasuredFontMetrics}). */
    @Override
    public java.awt.FontMetrics getFontMetrics(java.awt.Font f) {
        java.awt.FontMetrics m = super.getFontMetrics(f);
        return m instanceof org.jfree.fx.FXFontMetrics ? MeasuredFontMetrics.of(f) : m;
    }

    @Override
    public Graphics create() {
        CanvasGraphics2D copy = new CanvasGraphics2D(gc);
        copy.setRenderingHints(getRenderingHints());
        copy.setTransform(getTransform());
        copy.setClip(getClip());
        copy.setPaint(getPaint());
        copy.setColor(getColor());
        copy.setComposite(getComposite());
        copy.setStroke(getStroke());
        copy.setFont(getFont());
        copy.setBackground(getBackground());
        return copy;
    }
}
