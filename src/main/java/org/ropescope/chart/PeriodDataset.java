package org.ropescope.chart;

import java.util.List;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;
import org.ropescope.math.Curve;
import org.ropescope.math.PeriodTable;

/**
 * The periods of a {@link PeriodTable} as a JFreeChart dataset: one series per {@link Curve},
 * x = pair index, y = period in tokens. Backed by the table's arrays, so an update replaces all
 * the data at once and fires exactly one change event (JFreeChart's viewer repaints on each).
 */
public final class PeriodDataset extends AbstractXYDataset {

    private static final long serialVersionUID = 1L;

    private final List<Curve> curves;
    private double[][] y;

    public PeriodDataset(List<Curve> curves, PeriodTable table) {
        this.curves = List.copyOf(curves);
        this.y = arrays(table);
    }

    private double[][] arrays(PeriodTable table) {
        double[][] out = new double[curves.size()][];
        for (int s = 0; s < out.length; s++) {
            out[s] = table.periods(curves.get(s));
        }
        return out;
    }

    /** Replaces every series with the periods of {@code table}; one change event. */
    public void setTable(PeriodTable table) {
        this.y = arrays(table);
        fireDatasetChanged();
    }

    public Curve curve(int series) {
        return curves.get(series);
    }

    @Override
    public int getSeriesCount() {
        return curves.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return curves.get(series).label();
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int series) {
        return y[series].length;
    }

    @Override
    public Number getX(int series, int item) {
        return item;
    }

    @Override
    public double getXValue(int series, int item) {
        return item;
    }

    @Override
    public Number getY(int series, int item) {
        return y[series][item];
    }

    @Override
    public double getYValue(int series, int item) {
        return y[series][item];
    }
}
