package org.ropescope.chart.annotation;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.chart.live.LayeredXYPlot;

/**
 * A pointer whose label stays in the data area and off the labels drawn before it: when the label
 * would leave the data area (a short plot, such as presentation mode's large type in a 1280x800
 * window) or cover another label, it moves farther along its arrow, or, in its short wording, to
 * the other side of its point (mirrored up or down) or level with it; the first free place wins.
 * The window clips the moving layer to the data area, so a label outside it would be cut there
 * while a file showed it whole.
 *
 * <p>What is already drawn in one drawing of the plot (marker labels, the magnifier, earlier notes)
 * is in {@link LayeredXYPlot#labelsPlaced()}, which the plot empties before its annotations.
 */
public final class FittingPointerAnnotation extends XYPointerAnnotation {

    private static final long serialVersionUID = 1L;

    /** How much farther than its base radius a label may move along its arrow, in turn. */
    private static final double[] FARTHER = {1, 1.7, 2.4};

    private final String shortLabel;
    /** True for a placement chosen by {@link #draw}: it draws where it is, as a plain pointer. */
    private boolean placedAlready;

    /** @param shortLabel the label's wording where it has to move (over the curves): shorter */
    public FittingPointerAnnotation(String label, String shortLabel, double x, double y, double angle) {
        super(label, x, y, angle);
        this.shortLabel = shortLabel;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        List<Rectangle2D> placed = plot instanceof LayeredXYPlot p ? p.labelsPlaced() : new ArrayList<>();
        if (placedAlready || plot.getOrientation() != PlotOrientation.VERTICAL) {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
            return;
        }
        Place chosen = null;
        Place firstInside = null;
        Place firstFree = null;
        Rectangle2D chosenLabel = null;
        Rectangle2D firstFreeLabel = null;
        for (Place candidate : places()) { // values only: a copy is made for the one chosen
            Rectangle2D label = label(g2, plot, dataArea, domainAxis, rangeAxis, candidate);
            if (!inside(label, dataArea)) {
                continue;
            }
            if (firstInside == null) {
                firstInside = candidate;
            }
            if (placed.stream().noneMatch(label::intersects)) {
                if (firstFree == null) {
                    firstFree = candidate;
                    firstFreeLabel = label;
                }
                if (!CurveCrossing.crosses(plot, dataArea, domainAxis, rangeAxis, label)) {
                    chosen = candidate; // clear of the other labels and of every curve
                    chosenLabel = label;
                    break;
                }
            }
        }
        if (chosen == null && firstFree != null) { // every free place lies on a curve: the first free one
            chosen = firstFree;
            chosenLabel = firstFreeLabel;
        }
        if (chosen == null) { // nowhere free: inside the plot if it can be, else where it was meant to be
            chosen = firstInside != null ? firstInside : places().get(0);
            chosenLabel = label(g2, plot, dataArea, domainAxis, rangeAxis, chosen);
        }
        placed.add(chosenLabel);
        if (chosen.text().equals(getText()) && chosen.angle() == getAngle() && chosen.farther() == 1) {
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info); // as meant: no copy
        } else {
            variant(chosen).draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        }
    }

    /** A place for the label: its wording, the angle its arrow comes from, its distance in base radii. */
    private record Place(String text, double angle, TextAnchor anchor, double farther) {
    }

    /**
     * Where the label may go, in order: as meant, then farther along its arrow; then in its short
     * wording at each distance: as meant, mirrored up or down, level with its point; last, straight
     * below or above it, on the side meant.
     */
    private List<Place> places() {
        List<Place> out = new ArrayList<>();
        out.add(new Place(getText(), getAngle(), getTextAnchor(), 1));
        out.add(new Place(getText(), getAngle(), getTextAnchor(), FARTHER[1]));
        double level = Math.cos(getAngle()) < 0 ? Math.PI : 0;
        // last, straight above or below the point, the label ending level with it: at the plot's edge in
        // the narrow chart beside the table, a label nearly as wide as the plot has no room to the side
        for (double farther : FARTHER) {
            out.add(new Place(shortLabel, getAngle(), getTextAnchor(), farther));
            out.add(new Place(shortLabel, -getAngle(), anchorFor(-getAngle()), farther));
            out.add(new Place(shortLabel, level, anchorFor(level), farther));
        }
        boolean right = Math.cos(getAngle()) < 0; // meant to the left of the point: the label ends at it
        boolean meantBelow = Math.sin(getAngle()) > 0;
        for (double farther : FARTHER) {
            for (boolean below : new boolean[] {meantBelow, !meantBelow}) {
                TextAnchor anchor = below ? (right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT)
                        : (right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
                out.add(new Place(shortLabel, below ? Math.PI / 2 : -Math.PI / 2, anchor, farther));
            }
        }
        return out;
    }

    /** The anchor that puts a label away from its point when the arrow comes from {@code angle}. */
    static TextAnchor anchorFor(double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        boolean left = c >= 0; // the label lies right of the point: anchored at its left
        if (Math.abs(s) < 1e-9) {
            return left ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        }
        if (s > 0) { // below the point (Java2D's y grows downwards)
            return left ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT;
        }
        return left ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT;
    }

    /** A copy of this pointer at {@code p}, drawn there as a plain pointer. */
    private FittingPointerAnnotation variant(Place p) {
        FittingPointerAnnotation a;
        try {
            a = (FittingPointerAnnotation) clone(); // a copy: changing it notifies no plot
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        a.placedAlready = true;
        a.setText(p.text());
        a.setAngle(p.angle());
        a.setTextAnchor(p.anchor());
        a.setBaseRadius(getBaseRadius() * p.farther());
        return a;
    }

    /** The box of the label at {@code p}, in Java2D coordinates. */
    private Rectangle2D label(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, Place p) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double x = domainAxis.valueToJava2D(getX(), dataArea, xEdge);
        double y = rangeAxis.valueToJava2D(getY(), dataArea, yEdge);
        double r = getBaseRadius() * p.farther() + getLabelOffset();
        java.awt.Font font = g2.getFont();
        g2.setFont(getFont());
        Rectangle2D label = TextUtils.calculateRotatedStringBounds(p.text(), g2,
                (float) (x + Math.cos(p.angle()) * r), (float) (y + Math.sin(p.angle()) * r), p.anchor(),
                getRotationAngle(), getRotationAnchor()).getBounds2D();
        g2.setFont(font);
        return label;
    }

    /** Whether a label's letters lie within the data area's height and width. */
    private static boolean inside(Rectangle2D label, Rectangle2D dataArea) {
        // the string's box has room above the capitals (a third of it may stick out at the top), but
        // the room below the baseline holds the descenders of p, g and y: none of it may leave the plot,
        // where the window clips the moving layer (issue 13, defect 6: "pair 0" cut by the x axis)
        double slack = label.getHeight() / 3;
        return label.getMinY() >= dataArea.getMinY() - slack && label.getMaxY() <= dataArea.getMaxY()
                && label.getMinX() >= dataArea.getMinX() && label.getMaxX() <= dataArea.getMaxX();
    }
}
