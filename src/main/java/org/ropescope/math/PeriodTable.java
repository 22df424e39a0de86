package org.ropescope.math;

import java.util.Arrays;

/**
 * Every pair's frequency and the period of each {@link Curve}, computed once for one
 * {@link RopeConfig}. Immutable: accessors hand out copies or single values.
 */
public final class PeriodTable {

    private final RopeConfig config;
    private final double[] theta;
    private final double[][] periods; // [curve.ordinal()][i]

    private PeriodTable(RopeConfig config) {
        this.config = config;
        int n = config.pairs();
        theta = new double[n];
        periods = new double[Curve.values().length][n];
        for (int i = 0; i < n; i++) {
            theta[i] = RopeMath.theta(config.base(), config.dim(), i);
            for (Curve c : Curve.values()) {
                periods[c.ordinal()][i] = c.period(config, i);
            }
        }
    }

    public static PeriodTable of(RopeConfig config) {
        return new PeriodTable(config);
    }

    public RopeConfig config() {
        return config;
    }

    public int size() {
        return theta.length;
    }

    public double theta(int i) {
        return theta[i];
    }

    public double period(Curve c, int i) {
        return periods[c.ordinal()][i];
    }

    /** A copy of one curve's periods, pair 0 first. */
    public double[] periods(Curve c) {
        return Arrays.copyOf(periods[c.ordinal()], theta.length);
    }

    /** Smallest period over all curves (pair 0 of the original curve). */
    public double minPeriod() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] p : periods) {
            min = Math.min(min, p[0]);
        }
        return min;
    }

    /** Largest period over all curves (the last pair of PI or base scaling). */
    public double maxPeriod() {
        double max = 0;
        for (double[] p : periods) {
            max = Math.max(max, p[p.length - 1]);
        }
        return max;
    }
}
