package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;
import org.ropescope.math.scaling.MethodSummary;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * One value per rotating pair for every method of a {@link MethodTable}, as a JFreeChart dataset:
 * one series per method, x = pair index. Subclasses choose the value (period, stretch). Backed by
 * the table's arrays, so an update replaces all the data at once and fires exactly one change event.
 *
 * <p>Series keys are the legend's text: the book's curves are named by their kind alone ("Position
 * interpolation (PI)"); any other method is named with its parameters and, where it has one, its attention factor
 * ({@link MethodSummary}).
 */
public abstract class MethodDataset extends AbstractXYDataset {

    private static final long serialVersionUID = 1L;

    private MethodTable table;
    private List<String> keys;
    private List<ScaledFrequencies> series;

    MethodDataset(MethodTable table) {
        replace(table);
    }

    /**
     * The value drawn for {@code pair} of one method, read from its results each time it is asked
     * (no copy of every series on every frame of a drag: 32 KB a method at d = 8192).
     */
    abstract double value(ScaledFrequencies f, int pair);

    private void replace(MethodTable t) {
        this.keys = keys(t);
        this.series = t.results();
        this.table = t;
    }

    /** Replaces every series with the methods of {@code t}; one change event. */
    public void setMethods(MethodTable t) {
        replace(t);
        fireDatasetChanged();
    }

    /** The methods shown, with the context they were evaluated on. */
    public MethodTable methods() {
        return table;
    }

    /** The method drawn as series {@code series}. */
    public ScalingMethod method(int series) {
        return table.get(series).method();
    }

    /**
     * The legend text for {@code m} on {@code c}: its label alone for the book's curves, which follow
     * {@code m / m_l}; its label and parameters ({@link MethodSummary}) otherwise.
     */
    public static String legendLabel(ScalingMethod m, ScalingContext c) {
        return m.isBook() ? text("method." + m.kind().id()) : MethodSummary.of(m, c); // the language in use
    }

    private static List<String> keys(MethodTable t) {
        List<String> out = new ArrayList<>(t.size());
        Set<String> seen = new HashSet<>();
        for (ScaledFrequencies f : t.results()) {
            String k = legendLabel(f.method(), t.context());
            String unique = k;
            for (int n = 2; !seen.add(unique); n++) {
                unique = k + " (" + n + ")";
            }
            out.add(unique);
        }
        return List.copyOf(out);
    }

    @Override
    public int getSeriesCount() {
        return series.size();
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
        return this.series.get(series).size();
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
        return getYValue(series, item);
    }

    @Override
    public double getYValue(int series, int item) {
        return value(this.series.get(series), item);
    }
}
