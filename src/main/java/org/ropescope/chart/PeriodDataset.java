package org.ropescope.chart;

import java.util.List;
import org.ropescope.math.Curve;
import org.ropescope.math.PeriodTable;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The periods of every drawn method as a JFreeChart dataset: one series per method, x = pair index,
 * y = period in tokens. Built from a {@link MethodTable} (any methods), or from a {@link PeriodTable}
 * for the book's {@link Curve}s. Every update fires exactly one change event (JFreeChart's viewer
 * repaints on each).
 */
public final class PeriodDataset extends MethodDataset {

    private static final long serialVersionUID = 1L;

    private final List<Curve> curves;

    /** The book's {@code curves} for {@code table}. */
    public PeriodDataset(List<Curve> curves, PeriodTable table) {
        super(book(curves, table));
        this.curves = List.copyOf(curves);
    }

    /** Every method of {@code table}. */
    public PeriodDataset(MethodTable table) {
        super(table);
        this.curves = List.of(Curve.values());
    }

    static MethodTable book(List<Curve> curves, PeriodTable table) {
        return MethodTable.of(ScalingContext.of(table.config()),
                curves.stream().map(MethodDataset::methodOf).toList());
    }

    /** Replaces every series with the book's curves for {@code table}; one change event. */
    public void setTable(PeriodTable table) {
        setMethods(book(curves, table));
    }

    @Override
    double[] values(ScaledFrequencies f) {
        return f.periods();
    }
}
