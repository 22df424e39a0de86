package org.ropescope.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * The math, under JMH: the time to compute every pair's period for one head, per method, and the
 * book's three curves the window recomputes on each update. JMH's sample mode gives the
 * distribution of one call (median, p95, max); pairs per second is {@code d/2} over the median.
 *
 * <p>Every method is measured, the book's three curves among them: every {@link MethodKind} is an
 * enum parameter, and JMH runs one benchmark per constant, so a new method is measured as soon as it
 * exists.
 */
public final class MathBench {

    private MathBench() {
    }

    /**
     * Every scaling method of {@code math.scaling} ({@code linear}, {@code ntk}, {@code yarn}, ...):
     * one benchmark per {@link MethodKind} constant, so a new kind is measured without a new line.
     * {@code longrope} gets neutral factor lists (1 per pair), the shape a config.json gives it.
     */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public static class Scaling {
        @Param({"128", "8192"})
        public int dim;

        @Param
        public MethodKind kind;

        private ScalingContext context;
        private ScalingMethod method;

        @Setup
        public void setup() {
            context = ScalingContext.of(RopeConfig.of(500_000, dim, 8192, 131_072));
            List<Double> ones = java.util.Collections.nCopies(context.pairs(), 1.0);
            method = kind == MethodKind.LONGROPE ? LongRope.of(ones, ones) : MethodParameters.DEFAULTS.build(kind);
        }

        @Benchmark
        public ScaledFrequencies evaluate() {
            return method.evaluate(context);
        }
    }

    /** What one window update computes: frequencies and every method's periods. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public static class Table {
        @Param({"128", "8192"})
        public int dim;
        private ScalingContext context;

        @Setup
        public void setup() {
            context = ScalingContext.of(RopeConfig.of(500_000, dim, 8192, 131_072));
        }

        @Benchmark
        public MethodTable table() {
            return MethodTable.book(context);
        }
    }

    /** Runs both benchmarks; {@code quick} runs in this JVM with tiny iterations (the smoke test). */
    static void run(Report report, boolean quick) throws Exception {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(MathBench.class.getName().replace("$", "\\$") + ".*")
                .shouldFailOnError(true);
        if (quick) {
            o.forks(0).warmupIterations(1).warmupTime(TimeValue.milliseconds(50))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(100)).param("dim", "128");
        } else {
            o.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(o.build()).run();
        List<Result> rows = new ArrayList<>();
        for (RunResult r : results) {
            int d = Integer.parseInt(r.getParams().getParam("dim"));
            String k = r.getParams().getParam("kind");
            String name = k != null ? "scaling " + MethodKind.valueOf(k).id() + " (evaluate), d=" + d
                    : "MethodTable.book (the 3 curves), d=" + d;
            Statistics s = r.getPrimaryResult().getStatistics();
            Stats stats = new Stats((int) Math.min(Integer.MAX_VALUE, s.getN()), s.getPercentile(50),
                    s.getPercentile(95), s.getMax());
            double pairsPerSecond = (d / 2) / (stats.median() * 1e-6);
            rows.add(Result.of("math", name, stats, "us/call")
                    .note(Report.num(pairsPerSecond) + " pairs/s" + (k == null ? " (table rows)" : "")));
        }
        report.addAll(rows);
    }
}
