package org.ropescope.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.ropescope.chart.SchemesChart;
import org.ropescope.export.AtomicFiles;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.ExportFormat;
import org.ropescope.export.SchemesCsv;
import org.ropescope.format.Numbers;
import org.ropescope.input.InputField;
import org.ropescope.input.NumberText;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.schemes.Alibi;
import org.ropescope.math.schemes.SchemeSettings;
import org.ropescope.math.schemes.Sinusoidal;
import org.ropescope.math.schemes.T5Buckets;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ropescope schemes}: RoPE beside ALiBi, T5's relative buckets and the sinusoidal encoding for the
 * same {@code m_l} and {@code m}, with no display and no JavaFX. Prints {@code alibi_slopes=s1,...,sH}
 * (each {@link Double#toString}, full precision); writes the table ({@link SchemesCsv}) and the chart
 * ({@link SchemesChart}). Exit status 0 written, 2 a bad option or value (one line naming the option, no
 * file written), 1 a file that cannot be written.
 */
@Command(name = "java -jar target/ropescope.jar schemes", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, usageHelpWidth = 110, usageHelpAutoWidth = true,
        description = "RoPE beside ALiBi, T5 relative bias and sinusoidal encodings past the training length, "
                + "without a window.",
        footer = {"", "Example:",
            "  java -jar target/ropescope.jar schemes --heads 32 --orig 2k --new 16k --csv schemes.csv --png schemes.png",
            "", "Prints alibi_slopes=<slope of head 1>,...,<slope of head H>.",
            "Exit status: 0 written, 2 bad option or value, 1 a file could not be written.", ""})
public final class SchemesCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ChartLanguage chartLanguage = new ChartLanguage();

    @Option(names = "--heads", paramLabel = "H", description = "ALiBi heads, 1 to 1024. Default: ${DEFAULT-VALUE}")
    String heads = "8";

    @Option(names = "--show-heads", paramLabel = "LIST", description = "the ALiBi heads the chart draws: all, or "
            + "numbers and ranges such as 1-4,8 (the CSV has every head). Default: ${DEFAULT-VALUE}")
    String showHeads = "all";

    @Option(names = "--t5-buckets", paramLabel = "N", description = "T5 num_buckets, even, 4 to 1024. "
            + "Default: ${DEFAULT-VALUE}")
    String buckets = "32";

    @Option(names = "--t5-max-distance", paramLabel = "D", description = "T5 max_distance, above the exact buckets, "
            + "at most 1e8. Default: ${DEFAULT-VALUE}")
    String maxDistance = "128";

    @Option(names = "--t5-bidirectional", description = "T5's encoder buckets (half for keys after the query); "
            + "without it the decoder's (causal)")
    boolean bidirectional;

    @Option(names = "--d-model", paramLabel = "DM", description = "the sinusoidal encoding's d_model, even, 4 to "
            + "8192. Default: ${DEFAULT-VALUE}")
    String dModel = "512";

    @Option(names = "--orig", paramLabel = "M_L", description = "training length m_l in tokens (4k = 4,096). "
            + "Default: ${DEFAULT-VALUE}")
    String orig = Numbers.contextLength(RopeConfig.DEFAULT.originalLength());

    @Option(names = "--new", paramLabel = "M", description = "new length m, at least m_l. Default: ${DEFAULT-VALUE}")
    String next = Numbers.contextLength(RopeConfig.DEFAULT.newLength());

    @Option(names = "--base", paramLabel = "B", description = "RoPE base b. Default: ${DEFAULT-VALUE}")
    String base = Limits.plain(RopeConfig.DEFAULT.base());

    @Option(names = "--dim", paramLabel = "D", description = "RoPE head dimension d. Default: ${DEFAULT-VALUE}")
    String dim = Integer.toString(RopeConfig.DEFAULT.dim());

    @Option(names = "--csv", paramLabel = "FILE", description = "write the table: distance,rope_decay,sinusoidal,"
            + "t5_bucket,alibi_h1,...,alibi_hH, distances 0 to m; - for standard output")
    Path csv;

    @Option(names = "--png", paramLabel = "FILE", description = "write the four panels as a PNG image; - for "
            + "standard output (not a terminal)")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE",
            description = "write the four panels as an SVG drawing (text stays text); - for standard output")
    Path svg;

    @Option(names = "--pdf", paramLabel = "FILE", description = "write the four panels as a one-page PDF; - for "
            + "standard output (not a terminal)")
    Path pdf;

    @Option(names = "--width", paramLabel = "PX", description = "chart width, " + ChartExporter.MIN_SIZE + " to "
            + ChartExporter.MAX_SIZE + ". Default: ${DEFAULT-VALUE}")
    String width = "1600";

    @Option(names = "--height", paramLabel = "PX", description = "chart height, as --width. Default: ${DEFAULT-VALUE}")
    String height = "1200";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The options of the schemes' settings, by the field an {@link InvalidConfigException} names. */
    private static final Map<String, String> OPTIONS = Map.of("heads", "--heads", "num_buckets", "--t5-buckets",
            "max_distance", "--t5-max-distance", "d_model", "--d-model", "shown_heads", "--show-heads");

    /** Where {@code -} writes, and whether it is a terminal (binary output is refused there). */
    private OutputStream stdout = System.out;
    private boolean stdoutIsTerminal = StandardOutput.isTerminal();

    /** Runs the command with {@code args}; returns the exit status. Prints only to the given streams. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return CommandRunner.execute(new CommandLine(new SchemesCommand()), args, out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, {@code -} writing to {@code stdout}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, OutputStream stdout, boolean terminal) {
        SchemesCommand command = new SchemesCommand();
        command.stdout = stdout;
        command.stdoutIsTerminal = terminal;
        return CommandRunner.execute(new CommandLine(command), args, out, err);
    }

    private List<StandardOutput.Target> targets() {
        return List.of(new StandardOutput.Target("--csv", csv, false), new StandardOutput.Target("--png", png, true),
                new StandardOutput.Target("--svg", svg, false), new StandardOutput.Target("--pdf", pdf, true));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RopeConfig config;
        SchemeSettings settings;
        int w;
        int h;
        org.ropescope.text.Language language;
        try {
            language = chartLanguage.language();
            settings = settings();
            double b = CliOptions.read(InputField.BASE, base);
            int d = (int) CliOptions.read(InputField.DIM, dim);
            long ml = (long) CliOptions.read(InputField.ORIGINAL_LENGTH, orig);
            long m = (long) CliOptions.read(InputField.NEW_LENGTH, next);
            if (m < ml) {
                throw new UsageException("--new must be at least --orig (" + Numbers.grouped(ml) + "), got "
                        + Numbers.grouped(m));
            }
            config = RopeConfig.of(b, d, ml, m);
            w = CliOptions.pixels("--width", width);
            h = CliOptions.pixels("--height", height);
            if (png == null && svg == null && pdf == null && csv == null) {
                throw new UsageException("no output: give at least one of --csv, --png, --svg, --pdf FILE");
            }
            StandardOutput.problem(targets(), stdoutIsTerminal).ifPresent(p -> {
                throw new UsageException(p);
            });
        } catch (UsageException e) {
            err.println(NumberText.oneLine(e.getMessage()));
            return ExportCommand.BAD_USAGE;
        }
        int written = ChartLanguage.drawingIn(language, () -> {
            Map<ExportFormat, Path> files = new LinkedHashMap<>();
            files.put(ExportFormat.CSV, csv);
            files.put(ExportFormat.PNG, png);
            files.put(ExportFormat.SVG, svg);
            files.put(ExportFormat.PDF, pdf);
            JFreeChart chart = null;
            for (Map.Entry<ExportFormat, Path> f : files.entrySet()) {
                if (f.getValue() == null) {
                    continue;
                }
                if (f.getKey() != ExportFormat.CSV && chart == null) {
                    ScalingContext c = ScalingContext.of(config, 1.0);
                    chart = new SchemesChart(MethodTable.of(c, ScalingMethod.bookMethods()), settings).chart();
                }
                JFreeChart drawn = chart;
                try {
                    StandardOutput.write(f.getValue(), stdout, stream -> {
                        if (f.getKey() == ExportFormat.CSV) {
                            SchemesCsv.write(config.base(), config.dim(), config.newLength(), settings,
                                    new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
                        } else {
                            ChartExporter.write(f.getKey(), drawn, stream, w, h);
                        }
                    });
                } catch (IOException e) {
                    err.println(ChartLanguage.inEnglish(() -> StandardOutput.isStdout(f.getValue())
                            ? "cannot write to standard output: " + AtomicFiles.reason(e)
                            : AtomicFiles.describe(f.getValue(), e)));
                    return ExportCommand.WRITE_FAILED;
                }
            }
            return ExportCommand.OK;
        });
        if (written != ExportCommand.OK) {
            return written;
        }
        // standard output carries a file: the slopes go where messages go
        (StandardOutput.used(targets()) ? err : out).println(slopesLine(settings.slopes()));
        return ExportCommand.OK;
    }

    /** {@code alibi_slopes=s1,...,sH}, each slope as {@link Double#toString}. */
    static String slopesLine(double[] slopes) {
        StringBuilder sb = new StringBuilder("alibi_slopes=");
        for (int k = 0; k < slopes.length; k++) {
            sb.append(k == 0 ? "" : ",").append(slopes[k]);
        }
        return sb.toString();
    }

    private SchemeSettings settings() {
        long h = CliOptions.whole(option(Alibi.headsRule(), "heads"), heads);
        long n = CliOptions.whole(option(T5Buckets.bucketsRule(), "num_buckets"), buckets);
        long dm = CliOptions.whole(option(Sinusoidal.dModelRule(), "d_model"), dModel);
        int nb = clamp(n);
        if (nb < T5Buckets.MIN_BUCKETS || nb > T5Buckets.MAX_BUCKETS || nb % 2 != 0) { // before max_distance's rule
            throw new UsageException(option(T5Buckets.bucketsRule(), "num_buckets") + ", got " + n);
        }
        long md = CliOptions.whole(option(T5Buckets.maxDistanceRule(nb, bidirectional), "max_distance"),
                maxDistance);
        try {
            SchemeSettings s = new SchemeSettings(clamp(h), clamp(n), md, bidirectional, clamp(dm));
            return s.withShownHeads(SchemeSettings.parseShown(showHeads, s.heads()));
        } catch (InvalidConfigException e) {
            throw new UsageException(option(e.getMessage(), e.field()));
        }
    }

    private static int clamp(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** {@code "heads must ..."} as {@code "--heads must ..."}. */
    private static String option(String message, String field) {
        String o = OPTIONS.getOrDefault(field, "--" + field);
        return message.startsWith(field + " ") ? o + message.substring(field.length()) : o + ": " + message;
    }
}
