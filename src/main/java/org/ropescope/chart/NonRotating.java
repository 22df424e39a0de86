package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.ScalingContext;

/**
 * Partial rotary embeddings on a chart over pair indices: the pairs from {@code context.pairs()} on
 * never rotate (their period is unbounded, so no line can show them); a grey band over them says so.
 */
final class NonRotating {

    private NonRotating() {
    }

    /** The band's label for {@code c}, or {@code null} when every pair rotates. */
    static String label(ScalingContext c) {
        if (!c.isPartial()) {
            return null;
        }
        return text("chart.nonRotating", Integer.toString(c.pairs()), Integer.toString(c.headPairs() - 1),
                Numbers.significant(c.partialRotaryFactor(), 6), Integer.toString(c.rotaryDim()),
                Integer.toString(c.headDim()));
    }

    /** Replaces the band on {@code plot} with the one for {@code c} (none when every pair rotates). */
    static void mark(XYPlot plot, ScalingContext c) {
        Collection<?> existing = plot.getDomainMarkers(Layer.BACKGROUND);
        if (existing != null) {
            List<Object> old = new ArrayList<>(existing);
            for (Object m : old) {
                if (m instanceof Band) {
                    plot.removeDomainMarker(0, (Band) m, Layer.BACKGROUND, false);
                }
            }
        }
        String text = label(c);
        if (text != null) {
            plot.addDomainMarker(0, new Band(c.pairs() - 0.5, c.headPairs() - 0.5, text), Layer.BACKGROUND, false);
        }
    }

    /** The grey band; its own class so it can be found again. */
    static final class Band extends IntervalMarker {
        private static final long serialVersionUID = 1L;

        Band(double from, double to, String text) {
            super(from, to, PlotStyle.translucent(ChartStyle.NON_ROTATING, 60));
            setLabel(text);
            setLabelFont(ChartStyle.font(Font.PLAIN, 12));
            setLabelPaint(ChartStyle.MUTED_TEXT);
            setLabelAnchor(RectangleAnchor.CENTER);
            setLabelTextAnchor(TextAnchor.CENTER);
            setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        }
    }
}
