package org.ropescope.ui;

import java.awt.Graphics;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.chart.text.TextUtils;
import org.jfree.fx.FXGraphics2D;

/**
 * FXGraphics2D with clipping that holds under any transform. FXGraphics2D 2.1 intersects a new clip
 * in device space and then hands that shape to the canvas as if it were in user space, so under a
 * translation (a canvas that covers only part of the chart) every nested clip lands off by the
 * offset; its {@link #create()} also copies the clip before the transform. Here both work in user
 * space, through {@link #setClip}, which FXGraphics2D gets right.
 */
final class CanvasGraphics2D extends FXGraphics2D {

    static {
        // rotated strings (a vertical axis' label) drawn as rotated text, as the exports draw them:
        // JFreeChart's workaround for an old JDK bug drew them through a java.awt.font.TextLayout as
        // filled glyph outlines, and on JDK 22+ the first TextLayout links AWT's HarfBuzz shaper
        // through the foreign function API (about 150 classes spun in the first frame's path)
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

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

    /**
     * A solid horizontal or vertical line (gridlines, ticks, markers, axis lines) drawn as the rectangle
     * its stroke covers: the same pixels, but JavaFX's software renderer fills a rectangle directly where
     * it strokes a line through its general path rasteriser row by row (a gridline the height of the
     * plot cost about 60 us). Endpoints are snapped as FXGraphics2D snaps them; dashed lines, round caps
     * and any other shape are drawn as before.
     */
    @Override
    public void draw(Shape s) {
        if (s instanceof Line2D l && getStroke() instanceof java.awt.BasicStroke b && b.getDashArray() == null
                && b.getLineWidth() > 0 && b.getEndCap() != java.awt.BasicStroke.CAP_ROUND
                && (l.getX1() == l.getX2() || l.getY1() == l.getY2())) {
            double x1 = l.getX1();
            double y1 = l.getY1();
            double x2 = l.getX2();
            double y2 = l.getY2();
            if (getRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL) != java.awt.RenderingHints.VALUE_STROKE_PURE) {
                x1 = Math.rint(x1) - 0.5;
                y1 = Math.rint(y1) - 0.5;
                x2 = Math.rint(x2) - 0.5;
                y2 = Math.rint(y2) - 0.5;
            }
            double w = b.getLineWidth();
            double cap = b.getEndCap() == java.awt.BasicStroke.CAP_SQUARE ? w / 2 : 0;
            super.fill(x1 == x2
                    ? new java.awt.geom.Rectangle2D.Double(x1 - w / 2, Math.min(y1, y2) - cap, w, Math.abs(y2 - y1) + 2 * cap)
                    : new java.awt.geom.Rectangle2D.Double(Math.min(x1, x2) - cap, y1 - w / 2, Math.abs(x2 - x1) + 2 * cap, w));
            return;
        }
        super.draw(s);
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
