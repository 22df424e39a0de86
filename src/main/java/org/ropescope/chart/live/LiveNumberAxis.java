package org.ropescope.chart.live;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Predicate;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis that moves with the values (the pair axis follows d): on a live surface the still
 * layer reserves its space but leaves it blank, and the moving layer draws it ({@link LiveLayers}).
 */
public final class LiveNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private transient Predicate<Graphics2D> leaveOut = g -> false;

    public LiveNumberAxis(String label) {
        super(label);
    }

    void setLeaveOut(Predicate<Graphics2D> when) {
        this.leaveOut = when;
    }

    @Override
    public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
            RectangleEdge edge, PlotRenderingInfo plotState) {
        if (leaveOut.test(g2)) {
            AxisState state = new AxisState(cursor); // the ticks only, as for an axis not shown
            state.setTicks(refreshTicks(g2, state, dataArea, edge));
            return state;
        }
        return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
    }
}
