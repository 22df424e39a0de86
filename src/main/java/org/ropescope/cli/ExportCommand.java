package org.ropescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.ropescope.AppInfo;
import org.ropescope.chart.PeriodChart;
import org.ropescope.export.AtomicFiles;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.CsvExporter;
import org.ropescope.export.ExportFormat;
import org.ropescope.input.InputField;
import org.ropescope.input.NumberText;
import org.ropescope.input.Parsed;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.PeriodTable;
import org.ropescope.math.RopeConfig;
import org.ropescope.format.Numbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ropescope export}: draws the period chart and writes the period table with no display and
 * no JavaFX. The four inputs are read by {@link InputField}, exactly as the window reads them, so
 * suffixes ({@code 4k}, {@code 5e5}) and messages are the same. Exit status 0 on success, 2 for a
 * bad option or value (one line on standard error naming the option), 1 for a file that cannot be
 * written (one line naming the file and why). Never a stack trace.
 */
@Command(name = "java -jar target/ropescope.jar export", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = ExportCommand.Version.class, usageHelpWidth = 110, usageHelpAutoWidth = true,
        description = "Draws the RoPE period chart and writes the period table, without a window.",
        footer = {"", "Example:",
            "  java -jar target/ropescope.jar export --base 10000 --dim 128 --orig 4k --new 16k \\",
            "      --png periods.png --svg periods.svg --pdf periods.pdf --csv periods.csv",
            "", "Prints s=<s> lambda=<lambda> new_base=<new base>.",
            "Exit status: 0 written, 2 bad option or value, 1 a file could not be written.", ""})
public final class ExportCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int WRITE_FAILED = 1;
    public static final int BAD_USAGE = 2;

    @Option(names = "--base", paramLabel = "B", description = "RoPE base b (rope_theta), e.g. 10000, 5e5, 500k. "
            + "Default: ${DEFAULT-VALUE}")
    String base = Limits.plain(RopeConfig.DEFAULT.base());

    @Option(names = "--dim", paramLabel = "D", description = "head dimension d, even, 4 to 8192. Default: ${DEFAULT-VALUE}")
    String dim = Integer.toString(RopeConfig.DEFAULT.dim());

    @Option(names = "--orig", paramLabel = "M_L", description = "original context length m_l in tokens; "
            + "4k = 4,096, 128k = 131,072, 1M = 1,048,576. Default: ${DEFAULT-VALUE}")
    String orig = Numbers.contextLength(RopeConfig.DEFAULT.originalLength());

    @Option(names = "--new", paramLabel = "M", description = "new context length m, at least m_l. "
            + "Default: ${DEFAULT-VALUE}")
    String next = Numbers.contextLength(RopeConfig.DEFAULT.newLength());

    @Option(names = "--width", paramLabel = "PX", description = "chart width in pixels (points in PDF/SVG), "
            + ChartExporter.MIN_SIZE + " to " + ChartExporter.MAX_SIZE + ". Default: ${DEFAULT-VALUE}")
    String width = "1600";

    @Option(names = "--height", paramLabel = "PX", description = "chart height, as --width. Default: ${DEFAULT-VALUE}")
    String height = "1000";

    @Option(names = "--png", paramLabel = "FILE", description = "write the chart as a PNG image")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "write the chart as an SVG vector drawing")
    Path svg;

    @Option(names = "--pdf", paramLabel = "FILE", description = "write the chart as a one-page PDF")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "write the table: i,theta,period_original,period_interpolated,period_base_scaled")
    Path csv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command with {@code args}; returns the exit status. Prints only to the given streams. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ExportCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(NumberText.oneLine(ex.getMessage()) + " (see --help)");
            err.flush();
            return BAD_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            err.println("export failed: " + ex); // a bug, not a user error: still one line
            err.flush();
            return WRITE_FAILED;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RopeConfig config;
        int w;
        int h;
        try {
            double b = read(InputField.BASE, base);
            int d = (int) read(InputField.DIM, dim);
            long ml = (long) read(InputField.ORIGINAL_LENGTH, orig);
            long m = (long) read(InputField.NEW_LENGTH, next);
            if (m < ml) {
                throw new UsageException("--new must be at least --orig (" + Numbers.grouped(ml) + "), got "
                        + Numbers.grouped(m));
            }
            config = RopeConfig.of(b, d, ml, m);
            w = pixels("--width", width);
            h = pixels("--height", height);
            if (png == null && svg == null && pdf == null && csv == null) {
                throw new UsageException("no output: give at least one of --png, --svg, --pdf, --csv FILE");
            }
        } catch (UsageException | InvalidConfigException e) {
            err.println(NumberText.oneLine(e.getMessage()));
            return BAD_USAGE;
        }

        PeriodTable table = PeriodTable.of(config);
        JFreeChart chart = png == null && svg == null && pdf == null ? null : new PeriodChart(table).chart();
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output(ExportFormat.PNG, png));
        outputs.add(new Output(ExportFormat.SVG, svg));
        outputs.add(new Output(ExportFormat.PDF, pdf));
        outputs.add(new Output(ExportFormat.CSV, csv));
        for (Output o : outputs) {
            if (o.file == null) {
                continue;
            }
            try {
                if (o.format == ExportFormat.CSV) {
                    CsvExporter.write(table, o.file);
                } else {
                    ChartExporter.write(o.format, chart, o.file, w, h);
                }
            } catch (IOException e) {
                err.println(AtomicFiles.describe(o.file, e));
                return WRITE_FAILED;
            }
        }
        out.println("s=" + config.scale() + " lambda=" + config.lambda() + " new_base=" + config.newBase());
        return OK;
    }

    private record Output(ExportFormat format, Path file) {
    }

    /** {@code text} read as {@code field} reads it in the window; the message names the option. */
    private static double read(InputField field, String text) {
        Parsed<Double> p = field.parse(text);
        if (!p.isOk()) {
            String msg = p.error();
            // the window says "d must be ..."; here the option is what the person typed
            if (msg.startsWith(field.label() + " ")) {
                msg = field.option() + msg.substring(field.label().length());
            } else {
                msg = field.option() + ": " + msg;
            }
            throw new UsageException(msg);
        }
        return p.value();
    }

    private static int pixels(String option, String text) {
        String t = text == null ? "" : text.strip();
        try {
            int v = Integer.parseInt(t);
            if (v >= ChartExporter.MIN_SIZE && v <= ChartExporter.MAX_SIZE) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new UsageException(option + " must be a whole number of pixels from " + ChartExporter.MIN_SIZE
                + " to " + ChartExporter.MAX_SIZE + ", got " + NumberText.echo(t));
    }

    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --version}: the name and the version from {@code pom.xml}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
