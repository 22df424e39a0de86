package org.ropescope.chart.live;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * A chart drawn on screen in two layers, so that a dragged slider redraws only what moves.
 *
 * <p>The <b>still layer</b> is the chart as JFreeChart lays it out: background, title, the period axis
 * with its tick labels and grid lines, and the places of the subtitle, the legend and the pair axis.
 * It depends on the size, the theme and the period axis's range (which snaps to quarter decades, see
 * {@code org.ropescope.chart.PeriodChart}), so during a drag it is drawn once, not on every frame. The <b>moving layer</b>
 * is everything inside the data area that follows the values (the pair axis's grid lines, bands,
 * series, the lines at {@code m_l} and {@code m}, annotations), the header (the subtitle with the
 * numbers and the legend, whose labels carry factors) and the pair axis, which follows d. The window
 * draws it on canvases over the first one.
 *
 * <p>Only a surface that {@link #setLiveSurface} accepts (the window's canvas) is drawn in layers:
 * every other drawing of the same chart (PNG, SVG, PDF, clipboard) draws everything in one pass, as
 * before. This class knows no JavaFX: the window says which surfaces are live.
 */
public final class LiveLayers {

    private final JFreeChart chart;
    private final LayeredXYPlot plot;
    private final LiveTextTitle subtitle;
    private final LiveLegendTitle legend;
    private Predicate<Graphics2D> liveSurface = g -> false;

    public LiveLayers(JFreeChart chart, LayeredXYPlot plot, LiveTextTitle subtitle, LiveLegendTitle legend) {
        this.chart = chart;
        this.plot = plot;
        this.subtitle = subtitle;
        this.legend = legend;
        plot.setLiveSurface(this::isLive);
        if (plot.getDomainAxis() instanceof LiveNumberAxis x) {
            x.setLeaveOut(plot::leaveOut);
        }
        subtitle.place.setLiveSurface(this::isLive);
        legend.place.setLiveSurface(this::isLive);
    }

    /** Which surfaces draw only the still layer when the whole chart is drawn on them (the window's). */
    public void setLiveSurface(Predicate<Graphics2D> surface) {
        this.liveSurface = Objects.requireNonNull(surface);
    }

    boolean isLive(Graphics2D g2) {
        return liveSurface.test(g2);
    }

    /**
     * What the still layer shows, as a value: when it equals the one of the last still drawing (at the
     * same size), the still layer is up to date and only the moving layer needs drawing.
     */
    public Object stillKey() {
        // the pair axis's range is not in it: that axis and its grid lines are on the moving layer
        var x = plot.getDomainAxis() instanceof LiveNumberAxis ? null : plot.getDomainAxis().getRange();
        var y = plot.getRangeAxis().getRange();
        return List.of(String.valueOf(x), y.getLowerBound(), y.getUpperBound(),
                String.valueOf(chart.getTitle() == null ? "" : chart.getTitle().getText()),
                String.valueOf(chart.getTitle() == null ? "" : chart.getTitle().getFont()),
                chart.getBackgroundPaint(), String.valueOf(plot.getDomainGridlinePaint()),
                plot.getDomainAxis().getLabel(), plot.getRangeAxis().getLabel(),
                plot.getDomainAxis().getTickLabelFont(), String.valueOf(plot.getDomainAxis().getTickLabelPaint()));
    }

    /**
     * Where the moving layer draws, for the still drawing described by {@code info}: the data area (the
     * series, markers and annotations) and the header (the subtitle with the numbers and the legend,
     * whose labels carry factors), from its top to its bottom, and the strip of the pair axis below the
     * data area; {@code null} before a still drawing.
     * The window puts a canvas on each, so only they are repainted on an update.
     */
    public Rectangle2D[] movingAreas(ChartRenderingInfo info) {
        Rectangle2D sub = subtitle.place.area();
        Rectangle2D leg = legend.place.area();
        if (info == null || info.getPlotInfo() == null || info.getPlotInfo().getDataArea() == null || sub == null
                || leg == null) {
            return null;
        }
        Rectangle2D data = info.getPlotInfo().getDataArea();
        Rectangle2D plotArea = info.getPlotInfo().getPlotArea();
        Rectangle2D axis = new Rectangle2D.Double(plotArea.getMinX(), data.getMaxY(), plotArea.getWidth(),
                Math.max(0, plotArea.getMaxY() - data.getMaxY()));
        return new Rectangle2D[] {data, sub.createUnion(leg), axis};
    }

    /**
     * Draws the moving part of the plot onto {@code g2}, a transparent surface over the still layer
     * whose coordinates are the chart's (translate a smaller surface accordingly).
     */
    public void drawMovingPlot(Graphics2D g2, Rectangle2D dataArea) {
        if (dataArea.isEmpty()) {
            return; // too small to show data: nothing moves
        }
        g2.addRenderingHints(chart.getRenderingHints());
        plot.drawMoving(g2, dataArea);
    }

    /**
     * Draws the still layer's pixels inside {@code dataArea} (the chart's and the plot's background, the
     * period axis's grid lines) onto {@code g2}, for a moving layer drawn on an opaque surface of its own
     * that covers the still layer there. Chart coordinates, like {@link #drawMovingPlot}.
     */
    public void drawStillDataArea(Graphics2D g2, Rectangle2D dataArea) {
        g2.addRenderingHints(chart.getRenderingHints());
        if (chart.getBackgroundPaint() != null) {
            g2.setPaint(chart.getBackgroundPaint());
            g2.fill(dataArea);
        }
        plot.drawStillDataArea(g2, dataArea);
    }

    /**
     * What the pair axis's strip shows, as a value: while it equals the one of the last drawing of the
     * strip, that drawing is still right (a drag of m leaves the pair axis alone).
     */
    public Object axisKey(ChartRenderingInfo info) {
        var x = plot.getDomainAxis().getRange(); // with the still layer's key, which the caller holds
        return List.of(x.getLowerBound(), x.getUpperBound(), info.getPlotInfo().getDataArea().clone());
    }

    /** Draws the pair axis below the data area onto {@code g2} (chart coordinates). */
    public void drawMovingAxis(Graphics2D g2, ChartRenderingInfo info) {
        g2.addRenderingHints(chart.getRenderingHints());
        plot.drawMovingDomainAxis(g2, info.getPlotInfo().getPlotArea(), info.getPlotInfo().getDataArea());
    }

    /**
     * Draws the subtitle's text and the legend's items onto {@code g2} (chart coordinates). Returns
     * false when the still layer must be laid out again first (they now need another height).
     */
    public boolean drawMovingHeader(Graphics2D g2) {
        g2.addRenderingHints(chart.getRenderingHints());
        return subtitle.drawLive(g2) && legend.drawLive(g2);
    }

    /** The plot, for tests. */
    XYPlot plot() {
        return plot;
    }
}
