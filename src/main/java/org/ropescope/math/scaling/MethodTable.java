package org.ropescope.math.scaling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Any number of methods evaluated on one {@link ScalingContext}: what the window draws side by side
 * and what the CSV writes, one {@code period_<method>} column per method. Immutable.
 *
 * <pre>{@code
 * MethodTable t = MethodTable.of(ctx, List.of(Linear.of(4), Yarn.of(4), Llama3.of(4, 1, 4)));
 * t.columnNames();      // [period_linear, period_yarn, period_llama3]
 * t.get(1).period(20);  // YaRN's period of pair 20
 * }</pre>
 */
public final class MethodTable {

    private final ScalingContext context;
    private final List<ScaledFrequencies> results;
    private final List<String> columnNames;

    private MethodTable(ScalingContext context, List<ScaledFrequencies> results, List<String> columnNames) {
        this.context = context;
        this.results = results;
        this.columnNames = columnNames;
    }

    /**
     * Evaluates every method on {@code context}, in order.
     *
     * @throws org.ropescope.math.InvalidConfigException from the first method whose parameters do not fit
     */
    public static MethodTable of(ScalingContext context, List<? extends ScalingMethod> methods) {
        List<ScaledFrequencies> results = new ArrayList<>(methods.size());
        for (ScalingMethod m : methods) {
            results.add(m.evaluate(context));
        }
        return new MethodTable(context, List.copyOf(results), columnNames(methods));
    }

    /** A table of methods already evaluated on {@code context}, in order (each result names its method). */
    public static MethodTable ofResults(ScalingContext context, List<ScaledFrequencies> results) {
        List<ScalingMethod> methods = new ArrayList<>(results.size());
        for (ScaledFrequencies f : results) {
            methods.add(f.method());
        }
        return new MethodTable(context, List.copyOf(results), columnNames(methods));
    }

    /** The {@link ScalingMethod#bookMethods() book's three curves} on {@code context}: original, PI, base scaling. */
    public static MethodTable book(ScalingContext context) {
        return of(context, ScalingMethod.bookMethods());
    }

    /**
     * The {@link ScalingMethod#bookMethods() book's three curves} on this table's context: the values
     * this table already holds for them (no new computation when they are drawn), evaluated otherwise.
     */
    public MethodTable book() {
        List<ScalingMethod> book = ScalingMethod.bookMethods();
        List<ScaledFrequencies> out = new ArrayList<>(book.size());
        for (ScalingMethod m : book) {
            ScaledFrequencies found = null;
            for (ScaledFrequencies f : results) {
                if (f.method().equals(m)) {
                    found = f;
                    break;
                }
            }
            out.add(found != null ? found : m.evaluate(context));
        }
        return new MethodTable(context, List.copyOf(out), columnNames(book));
    }

    /**
     * One column name per method: {@code period_<id>}; a kind that appears more than once gets
     * {@code _2}, {@code _3}, ... on its later columns ({@code period_yarn}, {@code period_yarn_2}).
     */
    public static List<String> columnNames(List<? extends ScalingMethod> methods) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>(methods.size());
        for (ScalingMethod m : methods) {
            int n = seen.merge(m.id(), 1, Integer::sum);
            names.add("period_" + m.id() + (n == 1 ? "" : "_" + n));
        }
        return List.copyOf(names);
    }

    /** The shared context. */
    public ScalingContext context() {
        return context;
    }

    /** Number of methods. */
    public int size() {
        return results.size();
    }

    /** The values of method {@code k}, in the order given. */
    public ScaledFrequencies get(int k) {
        return results.get(k);
    }

    /**
     * The values of the first method of kind {@code kind}.
     *
     * @throws java.util.NoSuchElementException when no method of that kind is in the table
     */
    public ScaledFrequencies first(MethodKind kind) {
        for (ScaledFrequencies f : results) {
            if (f.method().kind() == kind) {
                return f;
            }
        }
        throw new java.util.NoSuchElementException("no " + kind.id() + " method in the table");
    }

    /** Every method's values, in the order given (unmodifiable). */
    public List<ScaledFrequencies> results() {
        return results;
    }

    /** {@link #columnNames(List)} for these methods (unmodifiable). */
    public List<String> columnNames() {
        return columnNames;
    }

    /** Smallest period over every method and pair (NaN when there are no methods). */
    public double minPeriod() {
        return extreme(ScaledFrequencies::minPeriod, Math::min);
    }

    /** Largest period over every method and pair (NaN when there are no methods). */
    public double maxPeriod() {
        return extreme(ScaledFrequencies::maxPeriod, Math::max);
    }

    /** Largest stretch over every method and pair (NaN when there are no methods); the smallest is 1 or more. */
    public double maxStretch() {
        return extreme(ScaledFrequencies::maxStretch, Math::max);
    }

    /** Smallest stretch over every method and pair (NaN when there are no methods). */
    public double minStretch() {
        return extreme(ScaledFrequencies::minStretch, Math::min);
    }

    /** Min or max over the methods, NaN when there are none; a loop, not a stream: a drag's frames ask. */
    private double extreme(ToDoubleFunction<ScaledFrequencies> value, DoubleBinaryOperator pick) {
        double out = Double.NaN;
        for (int k = 0; k < results.size(); k++) {
            double v = value.applyAsDouble(results.get(k));
            out = k == 0 ? v : pick.applyAsDouble(out, v);
        }
        return out;
    }
}
