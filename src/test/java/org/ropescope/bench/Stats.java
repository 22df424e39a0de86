package org.ropescope.bench;

import java.util.Arrays;
import java.util.List;

/** Median, 95th percentile and maximum of a list of samples (nearest-rank percentiles). */
record Stats(int n, double median, double p95, double max) {

    static Stats of(List<Double> samples) {
        double[] s = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (s.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(s.length, percentile(s, 50), percentile(s, 95), s[s.length - 1]);
    }

    /** Nearest rank: the smallest sample with at least p% of the samples at or below it. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static Stats ofArray(double... samples) {
        return of(Arrays.stream(samples).boxed().toList());
    }
}
