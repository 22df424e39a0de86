package org.ropescope.testing;

import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/** The book's three curves for a {@link RopeConfig}, computed as the app computes them. */
public final class Book {

    private Book() {
    }

    /** {@link MethodTable#book} on the fully rotating context of {@code c}: original, PI, base scaling. */
    public static MethodTable table(RopeConfig c) {
        return MethodTable.book(ScalingContext.of(c));
    }

    /** The period of pair {@code i} of the book curve of kind {@code k} ({@code default}, {@code linear}, {@code ntk}). */
    public static double period(MethodKind k, RopeConfig c, int i) {
        return table(c).first(k).period(i);
    }
}
