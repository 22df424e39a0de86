package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.Teaching;

/**
 * One series: every pair's period under the shortcut {@code lambda = s} (base {@code s*b}), the
 * simplification the teaching view draws to show what it breaks. Replaced whole, one change event.
 */
public final class ShortcutDataset extends AbstractXYDataset {

    private static final long serialVersionUID = 1L;

    /** The series name in the legend, the table and the hover card. */
    public static String label() {
        return text("chart.shortcut.label");
    }

    private double[] y = new double[0];

    /** Replaces the series with the shortcut's periods for {@code c}; one change event. */
    public void setConfig(RopeConfig c) {
        double[] next = new double[c.pairs()];
        for (int i = 0; i < next.length; i++) {
            next[i] = Teaching.naivePeriod(c, i);
        }
        y = next;
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return 1;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return label();
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int series) {
        return y.length;
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
        return y[item];
    }

    @Override
    public double getYValue(int series, int item) {
        return y[item];
    }
}
