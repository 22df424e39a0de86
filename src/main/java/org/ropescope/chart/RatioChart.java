package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.Color;
import java.awt.Font;
import java.util.Objects;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.Teaching;

/**
 * The ratio that defines period matching: for each pair, its period under base scaling over its
 * period under PI, {@code lambda^(2i/d) / s}. It rises from {@code 1/s} at pair 0 and reaches 1
 * exactly at the last pair, which is the rule that picks lambda. The general formula
 * {@code T'_i = 2 pi (lambda b)^(2i/d)} and each pair's stretch {@code s^(2i/(d-2))} are written on
 * the chart; with {@code lambda = s} shown, the shortcut's ratio {@code s^(2i/d)/s} stops short of 1.
 * {@link #update} fires one change event.
 */
public final class RatioChart extends SinglePlotChart {

    /** The series' names, as the legend and a CSV write them. */
    /** The ratio's series: "base scaling ÷ PI:  λ^(2i/d) / s". */
    public static String ratio() {
        return text("chart.ratio.series");
    }
    public static final String SHORTCUT = "λ = s:  s^(2i/d) / s";

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new DecimatingLineRenderer();
    private final NumberAxis pairAxis = new NumberAxis(text("chart.pairAxis"));
    private final NumberAxis ratioAxis = new NumberAxis(text("chart.ratio.axis"));
    private RopeConfig config;
    private boolean shortcutShown;

    public RatioChart(RopeConfig config) {
        super(text("chart.ratio.title"));
        this.config = Objects.requireNonNull(config);
        pairAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDataset(data);
        plot.setDomainAxis(pairAxis);
        plot.setRangeAxis(ratioAxis);
        plot.setRenderer(renderer);
        style();
        update(config);
    }

    /** Shows {@code c} (its rotating part); one change event. */
    public void update(RopeConfig c) {
        this.config = Objects.requireNonNull(c);
        chart.setNotify(false);
        try {
            data.removeAllSeries();
            int last = c.lastPair();
            // x values unique by construction (pair indices): "allow duplicates" spares XYSeries a search of
            // every earlier point at each add, quadratic in the pairs (4,096 at d = 8192)
            XYSeries ratio = new XYSeries(ratio(), false, true);
            XYSeries cut = new XYSeries(SHORTCUT, false, true);
            for (int i = 0; i <= last; i++) {
                ratio.add(i, Teaching.matchRatio(c, i), false);
                cut.add(i, Teaching.naiveStretch(c, i) / c.scale(), false);
            }
            data.addSeries(ratio);
            if (shortcutShown) {
                data.addSeries(cut);
            }
            renderer.setSeriesPaint(0, theme.paint(MethodKind.NTK), false);
            renderer.setSeriesStroke(0, theme.stroke(MethodKind.NTK), false);
            renderer.setSeriesPaint(1, ShortcutInset.shortcutPaint(theme), false);
            renderer.setSeriesStroke(1, ChartStyle.shortcutStroke(theme.lineWidth() / ChartTheme.STYLE_LINE_WIDTH),
                    false);
            pairAxis.setRange(-0.5, last + 0.5); // no tick past the last pair
            ratioAxis.setRange(0, 1.18);
            plot.clearRangeMarkers();
            plot.clearAnnotations();
            ValueMarker one = PlotStyle.line(theme, 1, text("chart.ratio.one"));
            one.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            one.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(0, one, Layer.BACKGROUND, false);
            note("T′ᵢ = 2π(λb)^(2i/d),  λ = s^(d/(d−2)) = " + Numbers.significant(c.lambda(), 6), 0, 1.12,
                    TextAnchor.CENTER_LEFT, theme.text());
            for (int i : new int[] {0, last / 2, last}) { // each pair's stretch, written at three pairs
                double stretch = Math.pow(c.scale(), 2.0 * i / (c.dim() - 2));
                double matched = Teaching.matchRatio(c, i);
                // above and left of its pair, where a rising curve never is (above and right, the text lay
                // on it); pair 0 has nothing to its left: below and right if there is room above the axis
                TextAnchor anchor = i > 0 ? TextAnchor.BOTTOM_RIGHT
                        : matched > 0.12 ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT;
                note(text("chart.ratio.pair", Integer.toString(i), Numbers.significant(stretch, 4)), i, matched, anchor,
                        theme.mutedText());
            }
            subtitle.setText(PlotStyle.unbroken(text("chart.ratio.subtitle.range", Numbers.significant(1 / c.scale(), 4),
                    Integer.toString(last))) + "   " + PlotStyle.unbroken(text("chart.ratio.subtitle.stretch"))
                    + (shortcutShown ? "   " + PlotStyle.unbroken(text("chart.ratio.subtitle.shortcut",
                            Numbers.significant(Teaching.naiveStretch(c, last) / c.scale(), 4))) : ""));
        } finally {
            chart.setNotify(true);
        }
    }

    private void note(String text, double x, double y, TextAnchor anchor, Color paint) {
        XYTextAnnotation a = new XYTextAnnotation(" " + text + " ", x, y);
        a.setTextAnchor(anchor);
        a.setFont(theme.font(Font.PLAIN, 13));
        a.setPaint(paint);
        a.setBackgroundPaint(theme.labelBackground());
        plot.addAnnotation(a, false);
    }

    /** Adds the shortcut's ratio (or takes it away); one change event. */
    public void setShortcutShown(boolean shown) {
        if (shown != shortcutShown) {
            shortcutShown = shown;
            update(config);
        }
    }

    @Override
    void redraw() {
        update(config);
    }

    @Override
    void style() {
        PlotStyle.apply(theme, chart, plot, subtitle, renderer, pairAxis, ratioAxis);
    }

    public XYSeriesCollection dataset() {
        return data;
    }
}
