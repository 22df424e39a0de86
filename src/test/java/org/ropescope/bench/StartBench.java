package org.ropescope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ropescope.ui.StartupProbe;

/**
 * Start to first frame: launches {@code java -jar target/ropescope.jar} with the app's own start-up
 * probe ({@code -Dropescope.startup.probe=exit}, see {@code ui.StartupProbe}: it prints the wall-clock
 * time of the first painted frame that holds the laid-out chart, then quits) and takes the time from
 * just before the process is started to that stamp.
 * One unmeasured start warms the disk cache, then {@code runs} starts are measured.
 *
 * <p>The jar needs a real windowing system (it carries no headless platform), so with no
 * {@code DISPLAY} the benchmark starts its own Xvfb and stops it at the end. JavaFX picks its
 * pipeline as it would for a person; with no GPU that is software rendering.
 */
final class StartBench {

    private final Path jar;
    private final int runs;

    StartBench(Path jar, int runs) {
        this.jar = jar;
        this.runs = runs;
    }

    void run(Report report) throws Exception {
        if (!Files.isRegularFile(jar)) {
            report.add(Result.skipped("start", "java -jar ropescope.jar to first frame", jar + " not built"));
            return;
        }
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            xvfb = startXvfb();
            if (xvfb == null) {
                report.add(Result.skipped("start", "java -jar ropescope.jar to first frame",
                        "no DISPLAY and no Xvfb on the PATH"));
                return;
            }
            display = xvfbDisplay;
        }
        try {
            // the launchers a person uses, in turn, so a busy moment of the machine hits each alike
            Path image = jar.resolveSibling("installer").resolve("RoPEScope").resolve("bin").resolve("RoPEScope");
            boolean withImage = Files.isExecutable(image);
            String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
            boolean withPeer = PeerBench.ensureMatplotlib(python).isEmpty();
            List<Double> launch = new ArrayList<>();
            List<Double> installed = new ArrayList<>();
            List<Double> peer = new ArrayList<>();
            List<Double> launchRss = new ArrayList<>();
            List<Double> installedRss = new ArrayList<>();
            List<Double> installedEquation = new ArrayList<>();
            for (int k = 0; k <= runs; k++) { // the first round is unmeasured: it warms the disk cache
                long t = startOnce(display, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-D" + StartupProbe.PROPERTY + "=print", "-jar", jar.toString()), Map.of());
                double tRss = lastRssMb;
                long i = withImage ? startOnce(display, List.of(image.toString()),
                        Map.of("JAVA_TOOL_OPTIONS", "-D" + StartupProbe.PROPERTY + "=print")) : 0;
                double iRss = lastRssMb;
                long iEq = lastEquationMs;
                long p = withPeer ? PeerBench.startOnce(python, jar.resolveSibling("bench").resolve("peer")) : 0;
                if (k > 0) {
                    launch.add((double) t);
                    installed.add((double) i);
                    peer.add((double) p);
                    launchRss.add(tRss);
                    installedRss.add(iRss);
                    installedEquation.add((double) iEq);
                }
            }
            report.add(Result.of("start", "java -jar to first painted frame", Stats.of(launch), "ms")
                    .target(1500, Double.NaN).note((xvfb != null ? "own Xvfb " : "DISPLAY ") + display));
            report.add(Result.of("memory", "resident set at the first frame, java -jar", Stats.of(launchRss), "MB"));
            if (withImage) {
                report.add(Result.of("start", "app image launcher to first painted frame", Stats.of(installed), "ms")
                        .target(750, Double.NaN).note(image.toString()));
                report.add(Result.of("start", "app image launcher to the typeset equation beside the chart",
                        Stats.of(installedEquation), "ms").note("the first frame does not wait for it"));
                report.add(Result.of("memory", "resident set at the first frame, app image", Stats.of(installedRss),
                        "MB").target(145, Double.NaN));
                drag(report, display, image);
            } else {
                report.add(Result.skipped("start", "app image launcher to first painted frame",
                        "build it first: mvn -Ppackage package -DskipTests -Dinstaller.types=app-image"));
            }
            if (withPeer) {
                report.add(Result.of("peer", "matplotlib: start to first drawn figure", Stats.of(peer), "ms"));
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Steps of the app image's own drag (ui/DragProbe), as MemoryBench's in-process drag. */
    static final int DRAG_STEPS = 10_000;

    /** The app image, as installed, dragging m itself ({@code -Dropescope.drag.probe}): its peak resident set. */
    private static void drag(Report report, String display, Path image) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(image.toString()).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dropescope.drag.probe=" + DRAG_STEPS);
        Process p = pb.start();
        String line = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null; ) {
                if (l.startsWith("ropescope.drag ")) {
                    line = l;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String name = "peak resident set over a " + DRAG_STEPS + "-step drag of m at d=8192, app image";
        if (line == null || !line.contains("peakRssMB=")) {
            report.add(Result.skipped("memory", name, "the app image printed no drag result"));
            return;
        }
        double peak = Double.parseDouble(line.replaceAll(".*peakRssMB=([0-9.]+).*", "$1"));
        report.add(Result.of("memory", name, Stats.ofArray(peak), "MB").target(145, Double.NaN)
                .note("RSS " + line.replaceAll(".*rssStartMB=([0-9.]+).*", "$1") + " MB at the drag's start, "
                        + line.replaceAll(".*frames=([0-9]+).*", "$1") + " frames"));
    }

    private String xvfbDisplay;

    private Process startXvfb() throws IOException {
        for (int n = 150; n < 200; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p;
            try {
                p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException notInstalled) {
                return null;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && p.isAlive()) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    xvfbDisplay = ":" + n;
                    return p;
                }
                LockSupport.parkNanos(50_000_000);
            }
            p.destroy();
        }
        return null;
    }

    /** What the app prints when the equation it did not wait for is shown ({@code StartupProbe.mark}). */
    private static final String EQUATION = "ropescope.equation.epoch-us=";

    /** Launch to the typeset equation in the last start, ms (the first frame's time when it was in that frame). */
    private volatile long lastEquationMs;

    /** The peak resident set of the last start up to its first frame, MB (NaN where /proc cannot tell). */
    private volatile double lastRssMb = Double.NaN;

    private static double peakRssMb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return Double.NaN;
    }

    /** One start; returns the time from launch to the first painted frame, in ms. */
    private long startOnce(String display, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        pb.environment().putAll(env);
        long launched = System.currentTimeMillis();
        Process p = pb.start();
        CompletableFuture<Long> seen = new CompletableFuture<>();
        CompletableFuture<Long> equation = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith(EQUATION)) {
                        long epochMicros = Long.parseLong(line.substring(EQUATION.length()).trim());
                        equation.complete(epochMicros / 1000 - launched);
                    } else if (line.startsWith(StartupProbe.PREFIX)) {
                        long epochMicros = Long.parseLong(line.substring(StartupProbe.PREFIX.length()).trim());
                        lastRssMb = peakRssMb(p.pid()); // the app stays up (probe=print) until it is read
                        seen.complete(epochMicros / 1000 - launched);
                    } else if (log.length() < 4000) {
                        log.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process was stopped
            }
            seen.completeExceptionally(new IllegalStateException("the app exited without painting:\n" + log));
        }, "start-bench-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            long first = seen.get(60, TimeUnit.SECONDS);
            try { // the equation, typeset once the warm-up has read JLaTeXMath's tables, may come later
                lastEquationMs = equation.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException none) {
                lastEquationMs = first; // typeset at once: in the first frame
            }
            return first;
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
