package org.ropescope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.ropescope.chart.PeriodChart;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.ExportFormat;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/**
 * Export, warm: the app's chart written to PNG (1600x1000 and 3200x2000), SVG and PDF files, with
 * no display and no JavaFX. Each format is written a few times unmeasured (JIT, fonts), then
 * timed from the start of the drawing to the file being closed.
 */
final class ExportBench {

    /** One export: a format of the export package at a size. */
    record Format(ExportFormat format, int width, int height) {
        String name() {
            return format + " " + width + "x" + height;
        }

        void write(JFreeChart chart, Path file) throws IOException {
            ChartExporter.write(format, chart, file, width, height); // the export command's own path
        }

        String extension() {
            return format.toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The formats timed, through {@link ChartExporter} as the export command and the window use it. */
    static final List<Format> FORMATS = List.of(new Format(ExportFormat.PNG, 1600, 1000),
            new Format(ExportFormat.PNG, 3200, 2000), new Format(ExportFormat.SVG, 1600, 1000),
            new Format(ExportFormat.PDF, 1600, 1000));

    private final int warmup;
    private final int runs;
    private final int[] dims;

    ExportBench(int warmup, int runs, int... dims) {
        this.warmup = warmup;
        this.runs = runs;
        this.dims = dims;
    }

    void run(Report report, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        for (int d : dims) {
            JFreeChart chart = new PeriodChart(MethodTable.book(ScalingContext.of(RopeConfig.DEFAULT.withDim(d)))).chart();
            for (Format f : FORMATS) {
                Path file = outDir.resolve("chart-d" + d + "-" + f.name().replace(' ', '-') + "." + f.extension());
                List<Double> ms = new ArrayList<>();
                for (int k = 0; k < warmup + runs; k++) {
                    long t0 = System.nanoTime();
                    f.write(chart, file);
                    long t1 = System.nanoTime();
                    if (k >= warmup) {
                        ms.add((t1 - t0) / 1e6);
                    }
                }
                Result r = Result.of("export", f.name() + ", d=" + d, Stats.of(ms), "ms")
                        .note(Files.size(file) / 1024 + " KiB");
                if (f.equals(FORMATS.get(0))) {
                    r = r.target(100, Double.NaN).note(Files.size(file) / 1024 + " KiB");
                }
                report.add(r);
            }
        }
    }
}
