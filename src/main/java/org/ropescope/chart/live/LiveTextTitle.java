package org.ropescope.chart.live;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;

/**
 * A subtitle whose text changes on every update (it carries the numbers). On a live surface the
 * still layer only reserves its place; {@link #drawLive} then draws the text there on the moving
 * layer. See {@link LiveLayers}.
 */
public final class LiveTextTitle extends TextTitle {

    private static final long serialVersionUID = 1L;

    final transient LivePlace place = new LivePlace();

    public LiveTextTitle(String text, Font font) {
        super(text, font);
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        place.arranging(g2, constraint);
        return super.arrange(g2, constraint);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        return place.reserve(g2, area) ? null : super.draw(g2, area, params);
    }

    /** Draws the current text in its reserved place; false, drawing nothing, when it needs more height. */
    boolean drawLive(Graphics2D g2) {
        return place.drawLive(g2, super::arrange, (g, at) -> super.draw(g, at, null));
    }
}
