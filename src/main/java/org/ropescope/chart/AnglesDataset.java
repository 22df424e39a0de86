package org.ropescope.chart;

import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;

/**
 * For every drawn method, each pair's largest angle at the new length over its largest angle in
 * training, {@code m * theta'_i / (m_l * theta_i)}: the stretch factor {@code s} divided by the
 * pair's period stretch {@code T'_i / T_i}. One series per method, x = pair index.
 */
public final class AnglesDataset extends MethodDataset {

    private static final long serialVersionUID = 1L;

    public AnglesDataset(MethodTable table) {
        super(table);
    }

    @Override
    double value(ScaledFrequencies f, int pair) {
        return f.context().scale() / f.stretch(pair);
    }
}
