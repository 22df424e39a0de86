package org.ropescope.chart.live;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * An {@link XYPlot} that can leave out its moving layer ({@link LiveLayers}): on a live surface,
 * {@link #draw} draws background, axes and grid only, and {@link #drawMoving} draws the rest in the
 * order XYPlot draws it (background markers, series, foreground markers, plot annotations), clipped
 * to the data area. Renderer annotations stay in the still layer. On any other surface it draws everything, exactly as XYPlot.
 */
public final class LayeredXYPlot extends XYPlot {

    private static final long serialVersionUID = 1L;

    private transient Predicate<Graphics2D> liveSurface = g -> false;
    private transient boolean drawingMoving;
    private transient List<Rectangle2D> labelsPlaced;
    private transient List<ValueTick> stillRangeTicks; // the period axis's ticks at the last still drawing

    public LayeredXYPlot(XYDataset dataset, ValueAxis domainAxis, ValueAxis rangeAxis, XYItemRenderer renderer) {
        super(dataset, domainAxis, rangeAxis, renderer);
    }

    void setLiveSurface(Predicate<Graphics2D> surface) {
        this.liveSurface = surface;
    }

    /** True while drawing the still layer on a live surface: the moving parts are left out. */
    boolean leaveOut(Graphics2D g2) {
        return !drawingMoving && liveSurface.test(g2);
    }

    @Override
    public boolean render(Graphics2D g2, Rectangle2D dataArea, int index, PlotRenderingInfo info,
            CrosshairState crosshairState) {
        if (leaveOut(g2)) {
            return true; // data are there: no "no data" message on the still layer
        }
        return super.render(g2, dataArea, index, info, crosshairState);
    }

    @Override
    protected void drawDomainGridlines(Graphics2D g2, Rectangle2D dataArea, List<ValueTick> ticks) {
        if (!leaveOut(g2)) { // they follow the pair axis, which moves with d
            super.drawDomainGridlines(g2, dataArea, ticks);
        }
    }

    @Override
    protected void drawRangeGridlines(Graphics2D g2, Rectangle2D area, List<ValueTick> ticks) {
        if (leaveOut(g2)) {
            stillRangeTicks = ticks == null ? null : List.copyOf(ticks); // for an opaque moving layer
        }
        super.drawRangeGridlines(g2, area, ticks);
    }

    /**
     * What the still layer shows inside {@code dataArea}: the plot's background and the period axis's
     * grid lines at the ticks of the last still drawing, for a moving layer that covers the still one.
     */
    void drawStillDataArea(Graphics2D g2, Rectangle2D dataArea) {
        drawBackground(g2, dataArea);
        if (stillRangeTicks != null) {
            super.drawRangeGridlines(g2, dataArea, stillRangeTicks);
        }
    }

    @Override
    protected void drawDomainMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
        if (!leaveOut(g2)) {
            super.drawDomainMarkers(g2, dataArea, index, layer);
        }
    }

    @Override
    protected void drawRangeMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
        if (!leaveOut(g2)) {
            super.drawRangeMarkers(g2, dataArea, index, layer);
        }
    }

    @Override
    public void drawAnnotations(Graphics2D g2, Rectangle2D dataArea, PlotRenderingInfo info) {
        if (!leaveOut(g2)) {
            labelsPlaced().clear(); // a new drawing: its pointers' labels avoid each other, not the last ones
            placeMarkerLabels(g2, dataArea);
            super.drawAnnotations(g2, dataArea, info);
        }
    }

    /**
     * Adds the boxes of the markers' labels (drawn before the annotations) to the labels placed, for
     * the markers this plot's charts use: a range marker's label at the left of the data area, above
     * its line; a band's label at its foot.
     */
    private void placeMarkerLabels(Graphics2D g2, Rectangle2D dataArea) {
        java.awt.Font font = g2.getFont();
        for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
            java.util.Collection<?> markers = getRangeMarkers(layer);
            if (markers == null) {
                continue;
            }
            for (Object o : markers) {
                if (!(o instanceof ValueMarker m) || m.getLabel() == null || m.getLabelFont() == null) {
                    continue;
                }
                double y = getRangeAxis().valueToJava2D(m.getValue(), dataArea, getRangeAxisEdge());
                g2.setFont(m.getLabelFont());
                java.awt.FontMetrics fm = g2.getFontMetrics();
                labelsPlaced().add(new Rectangle2D.Double(dataArea.getMinX(), y - fm.getHeight() - 4,
                        fm.stringWidth(m.getLabel()) + 12, fm.getHeight() + 4));
            }
        }
        for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
            java.util.Collection<?> markers = getDomainMarkers(layer);
            if (markers == null) {
                continue;
            }
            for (Object o : markers) {
                if (o instanceof org.jfree.chart.plot.IntervalMarker m && m.getLabel() != null
                        && m.getLabelFont() != null && m.getLabelAnchor() == org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT) {
                    // a band's label at its foot, ending at its right edge (the never-turn band's)
                    double right = Math.min(dataArea.getMaxX(),
                            getDomainAxis().valueToJava2D(m.getEndValue(), dataArea, getDomainAxisEdge()))
                            - m.getLabelOffset().getRight();
                    double bottom = dataArea.getMaxY() - m.getLabelOffset().getBottom();
                    g2.setFont(m.getLabelFont());
                    java.awt.FontMetrics fm = g2.getFontMetrics();
                    double w = fm.stringWidth(m.getLabel());
                    labelsPlaced().add(new Rectangle2D.Double(right - w, bottom - fm.getHeight(), w, fm.getHeight()));
                }
            }
        }
        g2.setFont(font);
    }

    /** The labels the pointers drew so far in this drawing ({@code org.ropescope.chart.annotation.FittingPointerAnnotation}). */
    public List<Rectangle2D> labelsPlaced() {
        if (labelsPlaced == null) {
            labelsPlaced = new ArrayList<>();
        }
        return labelsPlaced;
    }

    /**
     * The pair axis (tick marks, labels, title) below {@code dataArea}, when it is a live axis at the
     * bottom of a vertical plot; nothing otherwise.
     */
    void drawMovingDomainAxis(Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea) {
        if (!(getDomainAxis() instanceof LiveNumberAxis x) || getDomainAxisEdge() != RectangleEdge.BOTTOM) {
            return;
        }
        drawingMoving = true;
        try {
            x.draw(g2, dataArea.getMaxY() + getAxisOffset().getBottom(), plotArea, dataArea, RectangleEdge.BOTTOM,
                    null);
        } finally {
            drawingMoving = false;
        }
    }

    /** The moving layer, for a still layer whose data area is {@code dataArea}. */
    void drawMoving(Graphics2D g2, Rectangle2D dataArea) {
        drawingMoving = true;
        Shape clip = g2.getClip();
        try {
            g2.clip(dataArea);
            if (getDomainAxis() instanceof LiveNumberAxis x) {
                @SuppressWarnings("unchecked")
                List<ValueTick> ticks = (List<ValueTick>) (List<?>) x.refreshTicks(g2, new AxisState(), dataArea,
                        getDomainAxisEdge());
                drawDomainGridlines(g2, dataArea, ticks);
            }
            for (int i = 0; i < getDatasetCount(); i++) {
                if (getDataset(i) != null) {
                    drawDomainMarkers(g2, dataArea, i, Layer.BACKGROUND);
                    drawRangeMarkers(g2, dataArea, i, Layer.BACKGROUND);
                }
            }
            CrosshairState crosshair = new CrosshairState();
            for (int i = 0; i < getDatasetCount(); i++) {
                if (getDataset(i) != null) {
                    render(g2, dataArea, i, null, crosshair);
                }
            }
            for (int i = 0; i < getRendererCount(); i++) {
                drawDomainMarkers(g2, dataArea, i, Layer.FOREGROUND);
                drawRangeMarkers(g2, dataArea, i, Layer.FOREGROUND);
            }
            drawAnnotations(g2, dataArea, null);
        } finally {
            g2.setClip(clip);
            drawingMoving = false;
        }
    }
}
