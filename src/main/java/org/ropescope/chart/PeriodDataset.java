package org.ropescope.chart;

import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;

/**
 * The periods of every drawn method as a JFreeChart dataset: one series per method (the book's
 * curves among them), x = pair index, y = period in tokens. Every update fires exactly one change
 * event (JFreeChart's viewer repaints on each).
 */
public final class PeriodDataset extends MethodDataset {

    private static final long serialVersionUID = 1L;

    /** Every method of {@code table}. */
    public PeriodDataset(MethodTable table) {
        super(table);
    }

    @Override
    double value(ScaledFrequencies f, int pair) {
        return f.period(pair);
    }
}
