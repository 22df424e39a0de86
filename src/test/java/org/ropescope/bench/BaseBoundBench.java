package org.ropescope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ropescope.math.diagnostics.BaseBound;

/**
 * How long the base bound of Men et al. 2024 takes ({@link BaseBound#compute}), across the range it
 * is computed for: L up to 1,048,576 and d up to 256. A benchmark that prints figures, not a test:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.ropescope.bench.BaseBoundBench [runs]}.
 * Each (L, d) is computed {@code runs} times (default 3) after one warm-up; the table gives the
 * median, p95 and max in seconds, and a last line the same over every row's runs.
 */
public final class BaseBoundBench {

    private BaseBoundBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long[] lengths = {1024, 16_384, 65_536, 262_144, 1_048_576};
        int[] dims = {64, 96, 128, 160, 192, 256};
        BaseBound.compute(65_536, 128); // warm-up: the JIT
        List<Double> all = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-10s %-4s %-12s %8s %8s %8s%n", "L", "d", "b_min", "median", "p95", "max");
        for (long length : lengths) {
            for (int d : dims) {
                List<Double> seconds = new ArrayList<>();
                BaseBound r = null;
                for (int k = 0; k < runs; k++) {
                    long t0 = System.nanoTime();
                    r = BaseBound.compute(length, d);
                    seconds.add((System.nanoTime() - t0) / 1e9);
                }
                all.addAll(seconds);
                Stats s = Stats.of(seconds);
                System.out.printf(Locale.ROOT, "%-10d %-4d %-12.5g %8.3f %8.3f %8.3f%n", length, d, r.base(),
                        s.median(), s.p95(), s.max());
            }
        }
        Stats s = Stats.of(all);
        System.out.printf(Locale.ROOT, "all %d runs: median %.3f s, p95 %.3f s, max %.3f s; %d cores, load %s%n",
                all.size(), s.median(), s.p95(), s.max(), Runtime.getRuntime().availableProcessors(),
                Report.loadAverage());
    }
}
