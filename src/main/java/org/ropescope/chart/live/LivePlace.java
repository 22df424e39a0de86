package org.ropescope.chart.live;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.Size2D;

/**
 * The place a title (text or legend) takes on the still layer, kept so the moving layer can draw the
 * title's new content there ({@link LiveLayers}). JFreeChart arranges a title just before drawing it:
 * the constraint of that arrangement and the area drawn into are both recorded, on live surfaces only.
 */
final class LivePlace {

    private Predicate<Graphics2D> liveSurface = g -> false;
    private RectangleConstraint constraint;
    private Rectangle2D area;

    void setLiveSurface(Predicate<Graphics2D> surface) {
        this.liveSurface = surface;
    }

    /** Called from the title's arrange: remembers the constraint when drawing on a live surface. */
    void arranging(Graphics2D g2, RectangleConstraint c) {
        if (liveSurface.test(g2)) {
            constraint = c;
        }
    }

    /** Called from the title's draw: true (and the area kept) when the title must leave its place empty. */
    boolean reserve(Graphics2D g2, Rectangle2D drawnArea) {
        if (!liveSurface.test(g2)) {
            return false;
        }
        area = (Rectangle2D) drawnArea.clone();
        return true;
    }

    /** The constraint to arrange the new content with, or {@code null} before any still drawing. */
    RectangleConstraint constraint() {
        return area == null ? null : constraint;
    }

    /**
     * Where content of {@code size} goes: the reserved place's top-left corner, or {@code null} when it
     * is taller than the place (the still layer must be laid out again). Shorter content (a subtitle
     * back on one line) stays in the taller place until the next still drawing rather than laying the
     * chart out again: during a drag the numbers' widths make a subtitle wrap and unwrap many times.
     */
    Rectangle2D placeFor(Size2D size) {
        if (area == null || size.getHeight() > area.getHeight() + 0.5) {
            return null;
        }
        return new Rectangle2D.Double(area.getX(), area.getY(), size.getWidth(), size.getHeight());
    }

    /**
     * Draws a title's new content in the reserved place: {@code arrange} lays it out under the recorded
     * constraint, {@code draw} draws it into a rectangle. Returns false, drawing nothing, when there is
     * no place yet or the content needs more height.
     */
    boolean drawLive(Graphics2D g2, BiFunction<Graphics2D, RectangleConstraint, Size2D> arrange,
            BiConsumer<Graphics2D, Rectangle2D> draw) {
        Rectangle2D at = constraint() == null ? null : placeFor(arrange.apply(g2, constraint()));
        if (at != null) {
            draw.accept(g2, at);
        }
        return at != null;
    }

    /** The reserved place, or {@code null}. */
    Rectangle2D area() {
        return area == null ? null : (Rectangle2D) area.clone();
    }
}
