package org.ropescope.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * A log axis whose tick labels are plain strings, measured and drawn like every other axis' labels.
 *
 * <p>JFreeChart's {@link LogAxis} labels its ticks with attributed strings (for its superscript
 * exponents), which it measures and draws through AWT's {@code java.awt.font.TextLayout}, even with a
 * number format that has no exponent, as every axis here uses ({@code 10, 100, 1k}). On the screen that
 * drew each label as filled glyph outlines, and on JDK 22+ the first {@code TextLayout} links AWT's
 * HarfBuzz shaper through the foreign function API: about 150 classes spun at run time, which no
 * class-data archive holds, in the first frame's path. Here the same labels are {@link NumberTick}s,
 * so the chart's own {@code FontMetrics} measures them and {@code drawString} draws them.
 */
public class PlainLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    public PlainLogAxis(String label) {
        super(label);
    }

    /** LogAxis' ticks, the same values, anchors and labels, as plain {@link NumberTick}s. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> ticks = super.refreshTicks(g2, state, dataArea, edge);
        List<Tick> plain = new ArrayList<>(ticks.size());
        for (Tick t : ticks) {
            if (t instanceof LogTick lt) {
                AttributedString label = lt.getAttributedLabel();
                plain.add(new NumberTick(lt.getTickType(), lt.getValue(), label == null ? null : text(label),
                        lt.getTextAnchor(), lt.getRotationAnchor(), lt.getAngle()));
            } else {
                plain.add(t);
            }
        }
        return plain;
    }

    /** LogAxis' estimate, measuring the plain labels with the chart's font metrics. */
    @Override
    protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
        RectangleInsets insets = getTickLabelInsets();
        double result = insets.getLeft() + insets.getRight();
        if (isVerticalTickLabels()) {
            return result + getTickLabelFont().getLineMetrics("0", g2.getFontRenderContext()).getHeight();
        }
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        Range range = getRange();
        int lower = fm.stringWidth(text(createTickLabel(range.getLowerBound())));
        int upper = fm.stringWidth(text(createTickLabel(range.getUpperBound())));
        return result + Math.max(lower, upper);
    }

    /** The characters of {@code s}, without its attributes. */
    static String text(AttributedString s) {
        AttributedCharacterIterator it = s.getIterator();
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        return b.toString();
    }
}
