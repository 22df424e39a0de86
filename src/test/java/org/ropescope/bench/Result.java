package org.ropescope.bench;

/**
 * One row of the benchmark's table: what was measured, its statistics, the unit, and the target it
 * is held to (empty when there is none). {@code note} carries derived figures (pairs per second) or
 * why a row was skipped.
 */
record Result(String section, String name, Stats stats, String unit, String target, Boolean met, String note) {

    static Result of(String section, String name, Stats stats, String unit) {
        return new Result(section, name, stats, unit, "", null, "");
    }

    /** A row held to "median at most {@code median} and p95 at most {@code p95}" (either may be NaN). */
    Result target(double median, double p95) {
        StringBuilder t = new StringBuilder();
        boolean ok = true;
        if (!Double.isNaN(median)) {
            t.append("median <= ").append(Report.num(median));
            ok &= stats.median() <= median;
        }
        if (!Double.isNaN(p95)) {
            t.append(t.length() > 0 ? ", " : "").append("p95 <= ").append(Report.num(p95));
            ok &= stats.p95() <= p95;
        }
        return new Result(section, name, stats, unit, t.toString(), ok, note);
    }

    /** A row held to "max at most {@code max}". */
    Result targetMax(double max) {
        return new Result(section, name, stats, unit, "max <= " + Report.num(max), stats.max() <= max, note);
    }

    Result note(String text) {
        return new Result(section, name, stats, unit, target, met, text);
    }

    static Result skipped(String section, String name, String why) {
        return new Result(section, name, new Stats(0, Double.NaN, Double.NaN, Double.NaN), "", "", null,
                "skipped: " + why);
    }
}
