package org.ropescope.math.diagnostics;

/**
 * Where a long-term decay curve first falls below zero: the smallest integer distance {@code delta}
 * in {@code [0, last]} with {@code B(delta) < 0} ({@link LongTermDecay}), found exactly: every
 * integer is accounted for, either evaluated or skipped where {@code B} provably stays at or above
 * zero. A search too long for its budget stops and says how far it got, rather than guess.
 *
 * @param status     what was found
 * @param distance   the first distance with {@code B < 0} when {@link Status#FOUND}; -1 otherwise
 * @param searchedTo the last distance known to keep {@code B >= 0} before it (or before stopping)
 */
public record FirstNegative(Status status, long distance, long searchedTo) {

    /** Pair-steps one search may take by default, about a quarter of a second. */
    public static final long DEFAULT_BUDGET = 300_000_000L;

    /** The outcome of a search. */
    public enum Status {
        /** {@link #distance()} is the first distance with {@code B < 0}. */
        FOUND,
        /** {@code B >= 0} at every integer distance up to the last one asked about. */
        NONE,
        /** The budget ran out: {@code B >= 0} up to {@link #searchedTo()}, nothing known beyond. */
        STOPPED
    }

    /** The first negative of {@code B} over the integers {@code 0 .. last}, within {@code budget} pair-steps. */
    public static FirstNegative search(double[] inverseFrequencies, long last, long budget) {
        LongTermDecay.requirePairs(inverseFrequencies);
        if (last < 1) {
            return new FirstNegative(Status.NONE, -1, Math.max(last, 0));
        }
        long r = new DecayWalker(inverseFrequencies.length).walkUp(inverseFrequencies, 1, last, budget);
        if (r >= 0) {
            return new FirstNegative(Status.FOUND, r, r - 1);
        }
        if (r == -1) {
            return new FirstNegative(Status.NONE, -1, last);
        }
        return new FirstNegative(Status.STOPPED, -1, -2 - r);
    }

    /** {@link #search(double[], long, long)} with {@link #DEFAULT_BUDGET}. */
    public static FirstNegative search(double[] inverseFrequencies, long last) {
        return search(inverseFrequencies, last, DEFAULT_BUDGET);
    }
}
