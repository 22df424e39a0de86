package org.ropescope.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A pointer whose label stays in the data area: when the label would leave it at the top or the
 * bottom (a short plot, such as presentation mode's large type in a 1280x800 window), it is drawn
 * on the other side of its point, mirrored up or down, in its short wording. The window clips the
 * moving layer to the data area, so a label outside it would be cut there while a file showed it whole.
 */
final class FittingPointerAnnotation extends XYPointerAnnotation {

    private static final long serialVersionUID = 1L;

    private final String shortLabel;

    /** @param shortLabel the label's wording where it has to move (over the curves): shorter */
    FittingPointerAnnotation(String label, String shortLabel, double x, double y, double angle) {
        super(label, x, y, angle);
        this.shortLabel = shortLabel;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        if (plot.getOrientation() != PlotOrientation.VERTICAL
                || fits(g2, plot, dataArea, domainAxis, rangeAxis, this)) {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
            return;
        }
        XYPointerAnnotation other;
        try {
            other = (XYPointerAnnotation) clone(); // a copy: changing it notifies no plot
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        other.setText(shortLabel);
        other.setAngle(-getAngle());
        other.setTextAnchor(mirrored(getTextAnchor()));
        if (!fits(g2, plot, dataArea, domainAxis, rangeAxis, other)) {
            other.setAngle(getAngle()); // nowhere better: where it was meant to be, in few words
            other.setTextAnchor(getTextAnchor());
        }
        other.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
    }

    /** Whether the label of {@code a} lies within the data area's height (its letters do). */
    private static boolean fits(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, XYPointerAnnotation a) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double x = domainAxis.valueToJava2D(a.getX(), dataArea, xEdge);
        double y = rangeAxis.valueToJava2D(a.getY(), dataArea, yEdge);
        double r = a.getBaseRadius() + a.getLabelOffset();
        double angle = a.getAngle();
        java.awt.Font font = g2.getFont();
        g2.setFont(a.getFont());
        Rectangle2D label = TextUtils.calculateRotatedStringBounds(a.getText(), g2,
                (float) (x + Math.cos(angle) * r), (float) (y + Math.sin(angle) * r), a.getTextAnchor(),
                a.getRotationAngle(), a.getRotationAnchor()).getBounds2D();
        g2.setFont(font);
        // the string's box has room above the capitals and below the baseline: a third of it may stick out
        double slack = label.getHeight() / 3;
        return label.getMinY() >= dataArea.getMinY() - slack && label.getMaxY() <= dataArea.getMaxY() + slack;
    }

    /** The anchor on the other side vertically: top for bottom and the other way round. */
    static TextAnchor mirrored(TextAnchor a) {
        TextAnchor[][] pairs = {{TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT},
            {TextAnchor.TOP_CENTER, TextAnchor.BOTTOM_CENTER}, {TextAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT}};
        for (TextAnchor[] p : pairs) {
            if (p[0].equals(a)) {
                return p[1];
            }
            if (p[1].equals(a)) {
                return p[0];
            }
        }
        return a;
    }
}
