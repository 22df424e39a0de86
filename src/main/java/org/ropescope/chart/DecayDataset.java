package org.ropescope.chart;

import java.util.List;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * The long-term decay {@code B(delta)} of every drawn method as a JFreeChart dataset: one series per
 * method, the same distances for all. Replaced in one step, one change event per update.
 */
public final class DecayDataset extends AbstractXYDataset {

    private static final long serialVersionUID = 1L;

    private double[] x = new double[0];
    private double[][] y = new double[0][];
    private List<String> keys = List.of();

    /** Replaces every series; {@code values[s]} has one value per distance. One change event. */
    public void set(double[] distances, double[][] values, List<String> names) {
        this.x = distances;
        this.y = values;
        this.keys = List.copyOf(names);
        fireDatasetChanged();
    }

    /** The distances drawn (shared by every series). */
    public double[] distances() {
        return x.clone();
    }

    @Override
    public int getSeriesCount() {
        return y.length;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int series) {
        return x.length;
    }

    @Override
    public Number getX(int series, int item) {
        return x[item];
    }

    @Override
    public double getXValue(int series, int item) {
        return x[item];
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
