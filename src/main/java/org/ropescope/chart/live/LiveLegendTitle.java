package org.ropescope.chart.live;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;

/**
 * A legend whose labels change with the values (a method's factor, its attention factor). On a live
 * surface the still layer only reserves its place; {@link #drawLive} draws the current items there on
 * the moving layer. See {@link LiveLayers}.
 */
public final class LiveLegendTitle extends LegendTitle {

    private static final long serialVersionUID = 1L;

    final transient LivePlace place = new LivePlace();

    public LiveLegendTitle(LegendItemSource source) {
        super(source);
        setMargin(new RectangleInsets(1.0, 1.0, 1.0, 1.0)); // as JFreeChart's own legend
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

    /** Draws the current items in the reserved place; false, drawing nothing, when they need more height. */
    boolean drawLive(Graphics2D g2) {
        return place.drawLive(g2, super::arrange, (g, at) -> super.draw(g, at, null));
    }
}
