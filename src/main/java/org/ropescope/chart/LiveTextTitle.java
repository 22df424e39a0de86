package org.ropescope.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Predicate;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;

/**
 * A subtitle whose text changes on every update (it carries the numbers). On a live surface the
 * still layer only reserves its place; {@link #drawLive} then draws the text in that place on the
 * moving layer. See {@link LiveLayers}.
 */
final class LiveTextTitle extends TextTitle {

    private static final long serialVersionUID = 1L;

    private transient Predicate<Graphics2D> liveSurface = g -> false;
    private transient RectangleConstraint reservedFor;
    private transient Rectangle2D reserved;

    LiveTextTitle(String text, Font font) {
        super(text, font);
    }

    void setLiveSurface(Predicate<Graphics2D> surface) {
        this.liveSurface = surface;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        if (liveSurface.test(g2)) {
            reservedFor = constraint; // JFreeChart arranges a title just before it draws it
        }
        return super.arrange(g2, constraint);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        if (liveSurface.test(g2)) {
            reserved = (Rectangle2D) area.clone();
            return null; // the moving layer draws the text
        }
        return super.draw(g2, area, params);
    }

    /** The place the last still drawing reserved for the text, or {@code null}. */
    Rectangle2D reserved() {
        return reserved == null ? null : (Rectangle2D) reserved.clone();
    }

    /**
     * Draws the current text in the place the last still drawing reserved. Returns false, drawing
     * nothing, when there is no such place or the text no longer fits its height (another line count).
     */
    boolean drawLive(Graphics2D g2) {
        if (reserved == null || reservedFor == null) {
            return false;
        }
        Size2D size = super.arrange(g2, reservedFor);
        if (Math.abs(size.getHeight() - reserved.getHeight()) > 0.5) {
            return false;
        }
        super.draw(g2, new Rectangle2D.Double(reserved.getX(), reserved.getY(), size.getWidth(), size.getHeight()),
                null);
        return true;
    }
}
