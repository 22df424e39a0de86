package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The rotation view: heatmaps of {@code cos(p*theta_i)} over position {@code p} (0 to {@code m}) and
 * pair {@code i}, for original RoPE and one scaled method (any of {@code math/scaling}'s, from its
 * per-pair inverse frequencies), stacked on a shared position axis, with lines at {@code m_l} and
 * {@code m} and, in each, the line below which pairs never complete a turn. When only part of each
 * head rotates (partial rotary), the pairs that do not rotate are drawn at angle 0 ({@code cos = +1}
 * at every position: they never turn) below a line that says so.
 *
 * <p>Each heatmap is one image computed by {@link RotationRaster} at the plot's pixel size when it is
 * drawn (never one shape per cell), so it stays sharp at any size and in exported files.
 */
public final class RotationChart implements ThemedChart {

    /** Which heatmaps are shown. */
    public enum Mode {
        BOTH("Both"), ORIGINAL("Original only"), SCALED("Scaled only");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final JFreeChart chart;
    private final CombinedDomainXYPlot combined;
    private final NumberAxis positionAxis;
    private final RotationPanel original;
    private final RotationPanel scaled;
    private final TextTitle subtitle;
    private ScaledFrequencies originalFreqs;
    private ScaledFrequencies scaledFreqs;
    private Mode mode = Mode.BOTH;
    private ChartTheme theme = ChartTheme.LIGHT;
    private final TextTitle title = new TextTitle(text("chart.rotation.title"));
    private final NumberAxis scaleAxis = new NumberAxis("cos(p·θᵢ)");
    private PaintScaleLegend legend;

    /** Original RoPE and the book's base scaling on {@code context}. */
    public RotationChart(ScalingContext context) {
        positionAxis = new NumberAxis(text("chart.rotation.positionAxis"));
        positionAxis.setNumberFormatOverride(Numbers.compactFormat());
        combined = new CombinedDomainXYPlot(positionAxis);
        combined.setGap(14);
        original = new RotationPanel();
        scaled = new RotationPanel();
        chart = new JFreeChart(null, ChartStyle.font(Font.BOLD, 18), combined, false);
        subtitle = new TextTitle("", ChartStyle.font(Font.PLAIN, 13));
        style();
        show(DefaultRope.INSTANCE.evaluate(context),
                MethodParameters.DEFAULTS.build(MethodKind.NTK).evaluate(context), Mode.BOTH);
    }

    /** Draws with {@code newTheme} (the period chart's: colours and font sizes); one change event. */
    @Override
    public void applyTheme(ChartTheme newTheme) {
        theme = java.util.Objects.requireNonNull(newTheme);
        chart.setNotify(false);
        try {
            themeColours();
        } finally {
            chart.setNotify(true);
        }
    }

    @Override
    public ChartTheme theme() {
        return theme;
    }

    public JFreeChart chart() {
        return chart;
    }

    public CombinedDomainXYPlot plot() {
        return combined;
    }

    /** The context both heatmaps are drawn for. */
    public ScalingContext context() {
        return originalFreqs.context();
    }

    /** Original RoPE's frequencies, the top heatmap. */
    public ScaledFrequencies original() {
        return originalFreqs;
    }

    /** The scaled method's frequencies, the other heatmap. */
    public ScaledFrequencies scaled() {
        return scaledFreqs;
    }

    public Mode mode() {
        return mode;
    }

    /** The subplots shown now, top first, and the frequencies each one shows. */
    public List<ScaledFrequencies> shown() {
        return switch (mode) {
            case BOTH -> List.of(originalFreqs, scaledFreqs);
            case ORIGINAL -> List.of(originalFreqs);
            case SCALED -> List.of(scaledFreqs);
        };
    }

    /**
     * Shows {@code scaledMethod} beside {@code originalRope} (original RoPE on the same context) in
     * {@code newMode}; one change event.
     */
    public void show(ScaledFrequencies originalRope, ScaledFrequencies scaledMethod, Mode newMode) {
        if (!originalRope.context().equals(scaledMethod.context())) {
            throw new IllegalArgumentException("both heatmaps must share one context");
        }
        originalFreqs = originalRope;
        scaledFreqs = scaledMethod;
        ScalingContext c = originalRope.context();
        chart.setNotify(false);
        try {
            if (newMode != mode || combined.getSubplots().isEmpty()) {
                mode = newMode;
                for (Object p : List.copyOf(combined.getSubplots())) {
                    combined.remove((XYPlot) p);
                }
                for (ScaledFrequencies shown : shown()) {
                    combined.add(shown == originalFreqs ? original.plot : scaled.plot, 1);
                }
            }
            double last = c.newLength();
            positionAxis.setRange(0, last * 1.03);
            original.show(originalRope, MethodDataset.legendLabel(originalRope.method(), c), c.originalLength(), "m_l");
            scaled.show(scaledMethod, MethodDataset.legendLabel(scaledMethod.method(), c), c.newLength(), "m");
            // wrapped between its groups only (no-break spaces inside each): "white)" never stands alone
            subtitle.setText(String.join("   ", PlotStyle.unbroken(text("chart.rotation.each")),
                    PlotStyle.unbroken(text("chart.rotation.angle")),
                    PlotStyle.unbroken(text("chart.rotation.colours")),
                    PlotStyle.unbroken(text("chart.rotation.fades"))));
        } finally {
            chart.setNotify(true);
        }
    }

    /** The position under a Java2D x of a subplot's data area. */
    public double positionAt(double java2DX, Rectangle2D dataArea) {
        return positionAxis.java2DToValue(java2DX, dataArea, combined.getDomainAxisEdge());
    }

    /** The pair under a Java2D y of a subplot's data area (nearest index, clamped). */
    public int pairAt(double java2DY, Rectangle2D dataArea) {
        double v = original.pairAxis.java2DToValue(java2DY, dataArea, RectangleEdge.LEFT);
        return Math.max(0, Math.min(context().headPairs() - 1, (int) Math.round(v)));
    }

    /**
     * How many pairs from pair 0 on have a period at most {@code limit} (they turn at least once within
     * it); pairs that do not rotate never count.
     */
    static int pairsWithin(ScaledFrequencies f, double limit) {
        int n = 0;
        while (n < f.size() && f.period(n) <= limit) {
            n++;
        }
        return n;
    }

    /**
     * The angle per token of every pair of a head: {@link ScaledFrequencies#invFreq} for the rotating
     * pairs, 0 for the pairs a partial rotary head leaves still.
     */
    public static double[] thetas(ScaledFrequencies f) {
        double[] theta = new double[f.context().headPairs()];
        for (int i = 0; i < f.size(); i++) {
            theta[i] = f.invFreq(i);
        }
        return theta;
    }

    private void style() {
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(4, 8, 0, 4));
        chart.setTitle(title);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setPadding(new RectangleInsets(2, 8, 6, 4));
        chart.addSubtitle(subtitle);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);

        scaleAxis.setRange(-1, 1);
        scaleAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
        legend = new PaintScaleLegend(new CosineScale(), scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(40, 10, 40, 4));
        legend.setFrame(BlockBorder.NONE);
        chart.addSubtitle(legend);
        combined.setOutlineVisible(false);
        themeColours();
    }

    /** Every paint and font that depends on the theme. */
    private void themeColours() {
        title.setFont(theme.font(Font.BOLD, 18));
        title.setPaint(theme.text());
        subtitle.setFont(theme.font(Font.PLAIN, 13));
        subtitle.setPaint(theme.mutedText());
        chart.setBackgroundPaint(theme.background());
        legend.setBackgroundPaint(theme.background());
        PlotStyle.axes(theme, positionAxis, scaleAxis, original.pairAxis, scaled.pairAxis);
        combined.setBackgroundPaint(theme.background());
        original.theme(theme);
        scaled.theme(theme);
    }

    /**
     * Draws one heatmap image over positions 0 to m of the data area, computed at the area's pixel size
     * and kept until the data or the size changes.
     */
    static final class RasterAnnotation extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private double[] theta = new double[0];
        private double lastPosition = 1;
        private transient BufferedImage image;

        void set(double[] newTheta, double newLast) {
            theta = newTheta;
            lastPosition = newLast;
            image = null;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
            double x0 = domainAxis.valueToJava2D(0, dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(lastPosition, dataArea, plot.getDomainAxisEdge());
            int w = (int) Math.round(x1 - x0);
            int h = (int) Math.round(dataArea.getHeight());
            if (w < 1 || h < 1 || theta.length == 0) {
                return;
            }
            if (image == null || image.getWidth() != w || image.getHeight() != h) {
                image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                int[] px = RotationRaster.render(theta, lastPosition, w, h);
                System.arraycopy(px, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, px.length);
            }
            g2.drawImage(image, (int) Math.round(x0), (int) Math.round(dataArea.getMinY()), null);
        }
    }

    /** {@link RotationRaster}'s colours as a JFreeChart paint scale, for the colour bar. */
    static final class CosineScale implements PaintScale, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public double getLowerBound() {
            return -1;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            return new Color(RotationRaster.argb(value));
        }
    }
}
