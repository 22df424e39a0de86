package org.ropescope.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;

/**
 * RoPEScope's benchmark: {@code mvn -Pbench verify} (see src/site/markdown/performance.md). Measures the real
 * code paths: update latency through the window and chart, the math (JMH), export, start to first
 * frame, memory over a long drag. Prints a table (median, p95, max) and writes the same figures to
 * {@code target/bench/bench.json}. A benchmark, not a test: a missed target is reported, never fails
 * the build.
 *
 * <p>Arguments: the build folder ({@code target}), then {@code all}, {@code quick} (a few steps of
 * each in-process section, what the smoke test runs) or a comma list of sections
 * ({@code update,math,export,start,memory,peer}).
 */
public final class Bench {

    static final List<String> SECTIONS = List.of("update", "math", "export", "start", "memory", "peer");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        String which = args.length > 1 ? args[1] : "all";
        int status = 0;
        try {
            Report report = run(target, which);
            System.out.print(report.table());
            System.out.println("written: " + target.resolve("bench").resolve("bench.json"));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            status = 2;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        Platform.exit();
        System.exit(status); // JMH and the toolkit leave non-daemon threads behind
    }

    static Report run(Path target, String which) throws Exception {
        boolean quick = which.equals("quick");
        List<String> sections = which.equals("all") ? SECTIONS
                : quick ? List.of("update", "math", "export") : Arrays.asList(which.split(","));
        for (String s : sections) {
            if (!SECTIONS.contains(s)) {
                throw new IllegalArgumentException("unknown section '" + s + "'; allowed: all, quick, "
                        + String.join(", ", SECTIONS));
            }
        }
        Fx.headlessProperties();
        Report report = new Report();
        Path out = target.resolve("bench");
        if (sections.contains("update")) {
            Fx.start();
            int[] dims = Arrays.stream(System.getProperty("bench.dims", quick ? "128" : "128,1024,8192").split(","))
                    .mapToInt(Integer::parseInt).toArray();
            new FloorBench(quick ? 5 : Integer.getInteger("bench.steps", 200)).run(report);
            new UpdateBench(quick ? 5 : Integer.getInteger("bench.steps", 200), quick ? 2 : 60, dims)
                    .run(report);
        }
        if (sections.contains("math")) {
            MathBench.run(report, quick);
        }
        if (sections.contains("export")) {
            new ExportBench(quick ? 1 : 5, quick ? 2 : 20, quick ? new int[] {128} : new int[] {128, 8192})
                    .run(report, out.resolve("export"));
        }
        if (sections.contains("start")) {
            new StartBench(target.resolve("ropescope.jar"), 5).run(report);
        }
        if (sections.contains("memory")) {
            new MemoryBench(10_000).run(report);
        }
        if (sections.contains("peer")) { // last: its rows set RoPEScope's figures of this run beside the peer's
            new PeerBench(5, Integer.getInteger("bench.steps", 200), 20).run(report, out.resolve("peer"));
        }
        report.machine("loadAverageAtEnd", Report.loadAverage());
        report.writeJson(out.resolve("bench.json"));
        return report;
    }
}
