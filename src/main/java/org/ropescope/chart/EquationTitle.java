package org.ropescope.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The typeset derivation as a title of a chart (under the plot, by default), so one page holds the
 * chart and the equation: a slide. Drawn as vectors into any {@link Graphics2D} (PNG, SVG, PDF). The
 * formula is scaled down to fit the width it is given, never up.
 */
public final class EquationTitle extends Title {

    private static final long serialVersionUID = 1L;
    private final transient TexPicture picture;

    /** The derivation of {@code latex} in {@code theme}'s text colour, at 17 pt times its font scale. */
    public EquationTitle(String latex, ChartTheme theme) {
        picture = new TexPicture(latex, 17f * theme.fontScale(), theme.text());
        setPosition(RectangleEdge.BOTTOM);
        setVerticalAlignment(VerticalAlignment.CENTER);
        setPadding(8, 8, 4, 8);
    }

    /** The LaTeX drawn. */
    public String latex() {
        return picture.latex();
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        double w = picture.width();
        double h = picture.height();
        if (constraint.getWidthConstraintType() != LengthConstraintType.NONE) {
            double room = constraint.getWidth() - getPadding().getLeft() - getPadding().getRight();
            if (room > 0 && w > room) {
                h *= room / w;
                w = room;
            }
        }
        return new Size2D(w + getPadding().getLeft() + getPadding().getRight(),
                h + getPadding().getTop() + getPadding().getBottom());
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Rectangle2D inner = trimPadding(area);
        double scale = Math.min(1, Math.min(inner.getWidth() / picture.width(), inner.getHeight() / picture.height()));
        Graphics2D g = (Graphics2D) g2.create();
        try {
            double x = inner.getX() + (inner.getWidth() - picture.width() * scale) / 2;
            g.translate(x, inner.getY());
            g.scale(scale, scale);
            picture.draw(g, 0, 0);
        } finally {
            g.dispose();
        }
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
    }
}
