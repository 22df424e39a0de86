package org.ropescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.math.scaling.MethodKind;

/**
 * The benchmark still runs: a few steps of each in-process section (update through the real
 * window, the math under JMH, export), its figures in the JSON file. It asserts that figures were
 * measured, never how fast they are: speed is the benchmark's business, not CI's.
 */
class BenchSmokeTest {

    @Test
    void aQuickRunMeasuresEverySectionAndWritesTheJson(@TempDir Path target) throws Exception {
        Report report = Bench.run(target, "quick");

        for (String section : List.of("update", "math", "export")) {
            List<Result> rows = report.rows().stream().filter(r -> r.section().equals(section)).toList();
            assertTrue(!rows.isEmpty(), "no " + section + " rows");
            for (Result r : rows) {
                assertTrue(r.stats().n() > 0 && r.stats().median() > 0 && r.stats().max() >= r.stats().median(),
                        r.toString());
            }
        }
        assertEquals(MethodKind.values().length + 1,
                report.rows().stream().filter(r -> r.section().equals("math")).count(),
                "one math row per scaling method, the book's curves among them (quick run: d=128 only), plus the book's table");
        assertEquals(true, report.checks().get("fastDrag.chartShowsLastValue"));
        assertEquals(true, report.checks().get("fastDrag.atMostOneUpdatePerFrame"));

        Path json = target.resolve("bench").resolve("bench.json");
        String text = Files.readString(json);
        assertTrue(text.contains("\"section\": \"update\"") && text.contains("\"PNG 1600x1000, d=128\""), text);
        assertTrue(Files.size(target.resolve("bench/export/chart-d128-PNG-1600x1000.png")) > 10_000);
    }
}
