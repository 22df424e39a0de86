package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.Font;
import java.util.Objects;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.format.Numbers;
import org.ropescope.math.diagnostics.CriticalDimension;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/**
 * Angles never seen in training: for every drawn method and pair, the largest angle the pair turns
 * through at the new length over the largest it turned through in training,
 * {@code m * theta'_i / (m_l * theta_i)}, on a log axis. The pairs that never completed a turn in
 * training (from the critical pair on, Liu et al. 2024) meet new angles where this exceeds 1: that
 * region is shaded, so a point inside it is a pair rotating past anything it was trained on.
 * {@link #update} fires one change event.
 */
public final class AnglesChart extends SinglePlotChart {

    private final AnglesDataset dataset;
    private final XYLineAndShapeRenderer renderer = new DecimatingLineRenderer();
    private final NumberAxis pairAxis = new NumberAxis(text("chart.pairAxis"));
    private final LogAxis ratioAxis = new PlainLogAxis(text("chart.angles.ratioAxis"));
    private MethodTable methods;

    public AnglesChart(MethodTable methods) {
        super(text("chart.angles.title"));
        this.methods = methods;
        dataset = new AnglesDataset(methods);
        ratioAxis.setBase(2);
        ratioAxis.setNumberFormatOverride(Numbers.compactFormat());
        ratioAxis.setSmallestValue(1e-9);
        ratioAxis.setStandardTickUnits(PlotStyle.wholePowerTickUnits(0)); // whole powers of two
        plot.setDataset(dataset);
        plot.setDomainAxis(pairAxis);
        plot.setRangeAxis(ratioAxis);
        plot.setRenderer(renderer);
        style();
        update(methods);
    }

    /** The methods shown, with the context they were evaluated on. */
    public MethodTable methods() {
        return methods;
    }

    /** Shows {@code newMethods}; one change event. */
    public void update(MethodTable newMethods) {
        this.methods = Objects.requireNonNull(newMethods);
        ScalingContext c = newMethods.context();
        CriticalDimension crit = CriticalDimension.of(c.base(), c.rotaryDim(), c.originalLength());
        chart.setNotify(false);
        try {
            dataset.setMethods(newMethods);
            PlotStyle.colour(theme, renderer, newMethods);
            int last = c.pairs() - 1;
            pairAxis.setRange(-0.5 - 0.01 * last, last + 0.5 + 0.01 * last);
            double lo = 1;
            double hi = c.scale();
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                for (int i = 0; i < dataset.getItemCount(s); i++) {
                    lo = Math.min(lo, dataset.getYValue(s, i));
                    hi = Math.max(hi, dataset.getYValue(s, i));
                }
            }
            double top = hi * 2;
            ratioAxis.setRange(lo / 2, top);
            plot.clearAnnotations();
            plot.clearRangeMarkers();
            ValueMarker one = new ValueMarker(1, theme.marker(), theme.markerStroke());
            PlotStyle.label(theme, one, text("chart.angles.one"), RectangleAnchor.BOTTOM_LEFT,
                    TextAnchor.TOP_LEFT);
            plot.addRangeMarker(0, one, Layer.FOREGROUND, false);
            if (crit.criticalPairs() < c.pairs()) {
                double from = crit.criticalPairs() - 0.5;
                plot.addAnnotation(new XYBoxAnnotation(from, 1, last + 0.5, top, null, null,
                        PlotStyle.translucent(theme.paint(org.ropescope.math.scaling.MethodKind.YARN), 40)), false);
                XYTextAnnotation label = new XYTextAnnotation(text("chart.angles.neverTurned",
                        crit.criticalPairs() + "–" + last), last + 0.3, top / 1.08);
                label.setTextAnchor(TextAnchor.TOP_RIGHT);
                label.setFont(theme.font(Font.PLAIN, 12));
                label.setPaint(theme.text());
                label.setBackgroundPaint(theme.labelBackground());
                plot.addAnnotation(label, false);
            }
            subtitle.setText(text(c.isPartial() ? "chart.angles.subtitle.partial" : "chart.angles.subtitle",
                    Integer.toString(crit.criticalPairs()), Integer.toString(c.pairs()),
                    Numbers.grouped(c.originalLength()), Integer.toString(crit.criticalDimension()),
                    Integer.toString(c.headPairs() - c.pairs())));
        } finally {
            chart.setNotify(true);
        }
    }

    @Override
    void redraw() {
        update(methods);
    }

    @Override
    void style() {
        PlotStyle.apply(theme, chart, plot, subtitle, renderer, pairAxis, ratioAxis);
    }

    public AnglesDataset dataset() {
        return dataset;
    }
}
