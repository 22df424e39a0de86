package org.ropescope.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link DragProbe} in a fresh JVM (same class path, headless Monocle) and reports its figures. */
final class MemoryBench {

    private final int steps;

    MemoryBench(int steps) {
        this.steps = steps;
    }

    void run(Report report) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // started as the installers and mvn javafx:run start the app: with their JVM options
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(org.ropescope.testing.AppJvmOptions.fromPom());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        for (String p : new String[] {"glass.platform", "monocle.platform", "prism.order", "prism.text",
                "prism.disableRegionCaching", "java.awt.headless"}) {
            cmd.add("-D" + p + "=" + System.getProperty(p));
        }
        cmd.add(DragProbe.class.getName());
        cmd.add(Integer.toString(steps));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String result = null;
        StringBuilder log = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("dragProbe ")) {
                    result = line;
                } else if (log.length() < 4000) {
                    log.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (result == null) {
            throw new IllegalStateException("the drag probe printed no result:\n" + log);
        }
        double heapStart = field(result, "heapStartMB");
        double heapEnd = field(result, "heapEndMB");
        double peak = field(result, "peakRssMB");
        String name = steps + "-step drag of m at d=8192, bench JVM (java -cp, Monocle)";
        report.add(Result.of("memory", "peak resident set over a " + name, Stats.ofArray(peak), "MB")
                .targetMax(250).note("RSS " + Report.num(field(result, "rssStartMB")) + " MB at the drag's start"));
        report.add(Result.of("memory", "heap after GC, start of the drag", Stats.ofArray(heapStart), "MB"));
        report.add(Result.of("memory", "heap after GC, end of the drag", Stats.ofArray(heapEnd), "MB")
                .targetMax(heapStart + 1).note("growth " + Report.num(heapEnd - heapStart) + " MB (target: none, 1 MB noise)"));
        report.check("memory.chartUpdates", (int) field(result, "updates"));
        report.check("memory.framesPainted", (int) field(result, "frames"));
    }

    private static double field(String line, String key) {
        return Double.parseDouble(line.replaceAll(".*\\b" + key + "=([0-9.]+).*", "$1"));
    }
}
