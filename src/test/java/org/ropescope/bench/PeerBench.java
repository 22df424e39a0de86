package org.ropescope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The peer: what a lecturer would otherwise use, a matplotlib figure with four Slider widgets
 * ({@code src/test/python/peer.py}: the same three period series on a log axis, lines at m_l and m,
 * legend and title, Agg backend), measured in the same run and set beside RoPEScope's own rows: start
 * to first drawn figure, a slider step of m redrawn at d = 8192, a 1600x1000 PNG, peak resident set.
 * Each row's note gives RoPEScope's figure and the ratio (RoPEScope / peer: below 1 is RoPEScope ahead).
 *
 * <p>Debian's python3-matplotlib is installed with apt-get when missing and the benchmark runs as root;
 * otherwise the rows say "skipped" and why.
 */
final class PeerBench {

    static final Path SCRIPT = Path.of("src", "test", "python", "peer.py");
    private static final String SECTION = "peer";

    private final int starts;
    private final int steps;
    private final int pngs;

    PeerBench(int starts, int steps, int pngs) {
        this.starts = starts;
        this.steps = steps;
        this.pngs = pngs;
    }

    void run(Report report, Path out) throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Optional<String> missing = ensureMatplotlib(python);
        if (missing.isPresent()) {
            report.add(Result.skipped(SECTION, "matplotlib peer", missing.get()));
            return;
        }
        Files.createDirectories(out);
        Optional<Result> start = row(report, SECTION, n -> n.startsWith("matplotlib: start"));
        if (start.isEmpty()) { // the start section measures it in turn with RoPEScope's launchers
            List<Double> ms = new ArrayList<>();
            for (int k = 0; k <= starts; k++) { // one unmeasured start warms the disk cache
                long t = startOnce(python, out);
                if (k > 0) {
                    ms.add((double) t);
                }
            }
            start = Optional.of(Result.of(SECTION, "matplotlib: start to first drawn figure", Stats.of(ms), "ms"));
        } else {
            report.rows().remove(start.get()); // added again below, beside RoPEScope's figure
        }
        JsonNode r = runPeer(python, out, steps, pngs);
        List<Double> step = numbers(r.get("step_ms"));
        List<Double> png = numbers(r.get("png_ms"));
        double rss = r.get("first_rss_mb").asDouble();
        double peakRss = r.get("peak_rss_mb").asDouble();

        add(report, start.get(), row(report, "start", n -> n.startsWith("app image launcher"))
                .filter(o -> !Double.isNaN(o.stats().median()))
                .or(() -> row(report, "start", n -> n.startsWith("java -jar to first painted frame"))));
        add(report, Result.of(SECTION, "matplotlib: slider step of m redrawn, d=8192", Stats.of(step), "ms"),
                row(report, "update", n -> n.startsWith("m sweep, d=8192") && n.endsWith("change to paint")));
        add(report, Result.of(SECTION, "matplotlib: PNG 1600x1000, d=8192", Stats.of(png), "ms"),
                row(report, "export", n -> n.startsWith("PNG 1600x1000") && n.endsWith("d=8192")));
        add(report, Result.of(SECTION, "matplotlib: resident set at the first drawn figure", Stats.of(List.of(rss)),
                "MB"),
                row(report, "memory", n -> n.startsWith("resident set at the first frame, app image"))
                        .or(() -> row(report, "memory", n -> n.startsWith("resident set at the first frame"))));
        add(report, Result.of(SECTION, "matplotlib: peak resident set over its slider steps", Stats.of(List.of(peakRss)),
                "MB"), row(report, "memory", n -> n.startsWith("peak resident set") && n.endsWith("app image"))
                        .or(() -> row(report, "memory", n -> n.startsWith("peak resident set"))));
    }

    /** The peer's row, with RoPEScope's median and the ratio when that row was measured in this run. */
    private static void add(Report report, Result peer, Optional<Result> ours) {
        report.add(ours.filter(o -> !Double.isNaN(o.stats().median())).map(o -> peer.note(String.format(
                java.util.Locale.ROOT, "RoPEScope %s %s (%s): ratio %.2f", Report.num(o.stats().median()), o.unit(),
                o.name(), o.stats().median() / peer.stats().median()))).orElse(peer.note(
                "RoPEScope's row not measured in this run")));
    }

    private static Optional<Result> row(Report report, String section, Predicate<String> name) {
        return report.rows().stream().filter(r -> r.section().equals(section) && name.test(r.name())).findFirst();
    }

    /** One start of the peer: from launch to its first drawn figure, in ms. */
    static long startOnce(String python, Path out) throws Exception {
        Files.createDirectories(out);
        long launched = System.currentTimeMillis();
        JsonNode r = runPeer(python, out, 0, 0);
        return r.get("first_drawn_epoch_us").asLong() / 1000 - launched;
    }

    private static JsonNode runPeer(String python, Path out, int steps, int pngs) throws Exception {
        Process p = new ProcessBuilder(python, SCRIPT.toString(), "--dim", "8192", "--steps", Integer.toString(steps),
                "--png-runs", Integer.toString(pngs), "--out", out.toString()).redirectErrorStream(false).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("the matplotlib peer failed: " + stderr);
        }
        return JsonMapper.builder().build().readTree(stdout);
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }

    /** Empty when matplotlib can be imported (installing it with apt-get as root), else why not. */
    static Optional<String> ensureMatplotlib(String python) throws Exception {
        if (exec(python, "-c", "import matplotlib, numpy") == 0) {
            return Optional.empty();
        }
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return Optional.of("matplotlib is not installed (apt-get install python3-matplotlib)");
        }
        System.out.println("bench: installing python3-matplotlib with apt-get for the peer");
        if (exec("apt-get", "install", "-y", "-qq", "--no-install-recommends", "python3-matplotlib") != 0
                && (exec("apt-get", "update", "-qq") != 0 || exec("apt-get", "install", "-y", "-qq",
                        "--no-install-recommends", "python3-matplotlib") != 0)) {
            return Optional.of("apt-get could not install python3-matplotlib");
        }
        return exec(python, "-c", "import matplotlib, numpy") == 0 ? Optional.empty()
                : Optional.of(python + " cannot import matplotlib after installing it");
    }

    private static int exec(String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        return p.waitFor(10, TimeUnit.MINUTES) ? p.exitValue() : -1;
    }
}
