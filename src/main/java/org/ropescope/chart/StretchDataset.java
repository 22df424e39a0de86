package org.ropescope.chart;

import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;

/**
 * The stretch {@code T'_i / T_i} of every pair under every drawn method, as a JFreeChart dataset:
 * one series per method, x = pair index, y = the stretch (1 = unchanged). One change event per update.
 */
public final class StretchDataset extends MethodDataset {

    private static final long serialVersionUID = 1L;

    public StretchDataset(MethodTable table) {
        super(table);
    }

    @Override
    double value(ScaledFrequencies f, int pair) {
        return f.stretch(pair);
    }
}
