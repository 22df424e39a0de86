package org.ropescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.ropescope.AppInfo;
import org.ropescope.export.AtomicFiles;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.CsvExporter;
import org.ropescope.export.DecayCsv;
import org.ropescope.export.ExportFormat;
import org.ropescope.input.InputField;
import org.ropescope.input.NumberText;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.PeriodTable;
import org.ropescope.math.RopeConfig;
import org.ropescope.format.Numbers;
import org.ropescope.hfconfig.HfConfigException;
import org.ropescope.hfconfig.HfConfigReader;
import org.ropescope.hfconfig.HfModelConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
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
            "", "Scaling methods side by side, or a model's own configuration:",
            "  java -jar target/ropescope.jar export --orig 4k --new 16k --method yarn,llama3 --csv m.csv",
            "  java -jar target/ropescope.jar export --hf-config config.json --chart stretch --png stretch.png",
            "", "A file may be a symbolic link (its target is written), a named pipe or a device such as /dev/null;",
            "- writes to standard output (PNG and PDF only when it is not a terminal):",
            "  java -jar target/ropescope.jar export --csv - | column -s, -t",
            "", "Prints s=<s> lambda=<lambda> new_base=<new base>, and attention_factor=<a> when a method has one",
            "(on standard error when an output is -).",
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

    @Option(names = "--png", paramLabel = "FILE", description = "write the chart as a PNG image; - for standard "
            + "output (not a terminal)")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE", description = "write the chart as an SVG vector drawing; - for "
            + "standard output")
    Path svg;

    @Option(names = "--pdf", paramLabel = "FILE", description = "write the chart as a one-page PDF; - for standard "
            + "output (not a terminal)")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "write the table: i,theta,period_original,period_interpolated,period_base_scaled, then "
                    + "period_<method> per --method; - for standard output")
    Path csv;

    @Option(names = "--decay-csv", paramLabel = "FILE", description = "write the long-term decay B(distance) of "
            + "Men et al. 2024: distance,decay_original,decay_interpolated,decay_base_scaled, then decay_<method> per "
            + "--method; every distance up to 4,096, at most 100,001 rows up to m")
    Path decayCsv;

    @Option(names = "--method", paramLabel = "NAME", split = ",", description = "scaling methods to add, "
            + "comma-separated: linear, ntk, dynamic, yarn, llama3, longrope. Each adds a period_<NAME> column to the "
            + "CSV and a line to the chart")
    List<String> method;

    @Option(names = "--factor", paramLabel = "F", description = "the methods' factor, above 0 (below 1 squeezes, as transformers computes it). Default: m / m_l "
            + "(dynamic: 1)")
    String factor;

    @Option(names = "--seq-len", paramLabel = "L", description = "current sequence length for dynamic and longrope. "
            + "Default: m")
    String seqLen;

    @Option(names = "--beta-fast", paramLabel = "B", description = "yarn beta_fast. Default: 32")
    String betaFast;

    @Option(names = "--beta-slow", paramLabel = "B", description = "yarn beta_slow. Default: 1")
    String betaSlow;

    @Option(names = "--no-truncate", description = "yarn: do not round the ramp's bounds to whole pairs")
    boolean noTruncate;

    @Option(names = "--attention-factor", paramLabel = "A", description = "yarn/longrope attention_factor. "
            + "Default: derived from the factor")
    String attentionFactor;

    @Option(names = "--mscale", paramLabel = "M", description = "yarn mscale (DeepSeek)")
    String mscale;

    @Option(names = "--mscale-all-dim", paramLabel = "M", description = "yarn mscale_all_dim (DeepSeek)")
    String mscaleAllDim;

    @Option(names = "--low-freq-factor", paramLabel = "F", description = "llama3 low_freq_factor. Default: 1")
    String lowFreqFactor;

    @Option(names = "--high-freq-factor", paramLabel = "F", description = "llama3 high_freq_factor. Default: 4")
    String highFreqFactor;

    @Option(names = "--long-factor", paramLabel = "LIST", description = "longrope long_factor, one number per "
            + "rotating pair, comma-separated")
    String longFactor;

    @Option(names = "--short-factor", paramLabel = "LIST", description = "longrope short_factor, as --long-factor")
    String shortFactor;

    @Option(names = "--partial-rotary-factor", paramLabel = "P", description = "share of each head that rotates, "
            + "above 0 and at most 1 (GPT-NeoX: 0.25). Default: 1")
    String partialRotaryFactor;

    @Option(names = "--hf-config", paramLabel = "FILE", description = "a Hugging Face config.json: sets b, d, m_l "
            + "(its original length), m (the larger of its max length and m_l x factor), the rotating share and its "
            + "scaling method. Options given as well override it")
    Path hfConfig;

    @Option(names = "--layer-type", paramLabel = "KIND", description = "with --hf-config: which layers to show when "
            + "they turn differently (Gemma 3/4: full_attention or sliding_attention). Default: full_attention")
    String layerType;

    @Option(names = "--chart", paramLabel = "KIND", description = "what the PNG/SVG/PDF show: periods, stretch "
            + "(T'_i/T_i of each pair), decay (B against distance) or angles (new angles per pair). "
            + "Default: ${DEFAULT-VALUE}")
    String chartKind = "periods";

    @CommandLine.Mixin
    ClassroomOptions classroom = new ClassroomOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where {@code -} writes, and whether it is a terminal (binary output is refused there). */
    private OutputStream stdout = System.out;
    private boolean stdoutIsTerminal;

    /**
     * Runs the command with {@code args}; returns the exit status. Prints only to the given streams;
     * {@code -} as a file writes to {@code stdout}, which must not be a terminal for PNG or PDF.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, OutputStream stdout, boolean terminal) {
        ExportCommand command = new ExportCommand();
        command.stdout = stdout;
        command.stdoutIsTerminal = terminal;
        return execute(new CommandLine(command), args, out, err);
    }

    /** Runs {@code cl} with {@code args}: one line and exit 2 for a bad option, never a stack trace. */
    static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
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

    /** {@link #run(String[], PrintWriter, PrintWriter, OutputStream, boolean)} on this process's standard output. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.out, StandardOutput.isTerminal());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScalingContext ctx;
        List<ScalingMethod> methods;
        String kind;
        int w;
        int h;
        Optional<ClassroomOptions.Source> lecture;
        try {
            lecture = classroom.read();
            Optional<HfModelConfig> file = readHfConfig(err);
            ctx = lecture.isPresent() && file.isEmpty() ? onTop(lecture.get().context()) : context(file);
            methods = lecture.isPresent() && file.isEmpty() && (method == null || method.isEmpty())
                    ? lecture.get().extraMethods() : methods(file, ctx);
            MethodTable.of(ctx, methods); // every method fits this context, or a message naming its option
            kind = chartKind.strip().toLowerCase(Locale.ROOT);
            if (!given("--chart") && ClassroomOptions.chartOf(lecture) != null) {
                kind = ClassroomOptions.chartOf(lecture); // the session's front tab
            }
            if (!List.of("periods", "stretch", "ratio", "rotation", "decay", "angles").contains(kind)) {
                throw new UsageException("--chart must be periods, stretch, ratio, rotation, decay or angles, got '"
                        + chartKind.strip() + "'");
            }
            w = pixels("--width", width);
            h = pixels("--height", height);
            if (png == null && svg == null && pdf == null && csv == null && decayCsv == null) {
                throw new UsageException("no output: give at least one of --png, --svg, --pdf, --csv, --decay-csv FILE");
            }
            StandardOutput.problem(targets(), stdoutIsTerminal).ifPresent(p -> {
                throw new UsageException(p);
            });
        } catch (InvalidConfigException e) {
            err.println(NumberText.oneLine(named(e)));
            return BAD_USAGE;
        } catch (UsageException e) {
            err.println(NumberText.oneLine(e.getMessage()));
            return BAD_USAGE;
        }

        RopeConfig config = ctx.rotaryConfig();
        PeriodTable table = PeriodTable.of(config);
        MethodTable chosen = MethodTable.of(ctx, methods);
        JFreeChart chart = null;
        if (png != null || svg != null || pdf != null) {
            LinkedHashSet<ScalingMethod> drawn = new LinkedHashSet<>(ScalingMethod.bookMethods());
            drawn.addAll(methods);
            MethodTable all = MethodTable.of(ctx, List.copyOf(drawn));
            chart = classroom.chart(kind, all, methods, classroom.theme(lecture), classroom.shortcut(lecture));
        }
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output(ExportFormat.PNG, png));
        outputs.add(new Output(ExportFormat.SVG, svg));
        outputs.add(new Output(ExportFormat.PDF, pdf));
        outputs.add(new Output(ExportFormat.CSV, csv));
        outputs.add(new Output(ExportFormat.CSV, decayCsv));
        for (Output o : outputs) {
            if (o.file == null) {
                continue;
            }
            JFreeChart drawn = chart;
            try {
                StandardOutput.write(o.file, stdout, stream -> {
                    if (o.file == decayCsv) {
                        stream.write(DecayCsv.toCsv(chosen).getBytes(StandardCharsets.UTF_8));
                    } else if (o.format == ExportFormat.CSV) {
                        String text = CsvExporter.toCsv(table, chosen);
                        if (classroom.shortcut(lecture)) {
                            text = ClassroomOptions.withShortcutColumn(text, config);
                        }
                        stream.write(text.getBytes(StandardCharsets.UTF_8));
                    } else {
                        ChartExporter.write(o.format, drawn, stream, w, h);
                    }
                });
            } catch (IOException e) {
                err.println(StandardOutput.isStdout(o.file) ? "cannot write to standard output: "
                        + AtomicFiles.reason(e) : AtomicFiles.describe(o.file, e));
                return WRITE_FAILED;
            }
        }
        // standard output carries the file: the summary goes where messages go
        (StandardOutput.used(targets()) ? err : out).println(summary(config, chosen) + " "
                + DiagnosticsSummary.fields(ctx, err));
        return OK;
    }

    private List<StandardOutput.Target> targets() {
        return List.of(new StandardOutput.Target("--png", png, true), new StandardOutput.Target("--svg", svg, false),
                new StandardOutput.Target("--pdf", pdf, true), new StandardOutput.Target("--csv", csv, false),
                new StandardOutput.Target("--decay-csv", decayCsv, false));
    }

    /**
     * {@code s=.. lambda=.. new_base=..}, then {@code attention_factor=<a>} for the method that has one
     * ({@code attention_factor_<method>=<a>} for each when several do).
     */
    static String summary(RopeConfig config, MethodTable methods) {
        StringBuilder sb = new StringBuilder("s=" + config.scale() + " lambda=" + config.lambda() + " new_base="
                + config.newBase());
        List<String> names = methods.columnNames();
        long with = methods.results().stream().filter(f -> f.attentionFactor().isPresent()).count();
        for (int k = 0; k < methods.size(); k++) {
            OptionalDouble a = methods.get(k).attentionFactor();
            if (a.isPresent()) {
                sb.append(with == 1 ? " attention_factor=" : " attention_factor_" + names.get(k).substring(7) + "=")
                        .append(a.getAsDouble());
            }
        }
        for (int k = 0; k < methods.size(); k++) { // Llama 3.1: factor 8 while m/m_l = 16
            ScaledFrequencies f = methods.get(k);
            double used = f.method().factor(f.context());
            if (used != config.scale() && f.method().kind() != MethodKind.DEFAULT) {
                sb.append(" factor_").append(names.get(k).substring(7)).append('=').append(used);
            }
        }
        return sb.toString();
    }

    private Optional<HfModelConfig> readHfConfig(PrintWriter err) {
        if (hfConfig == null) {
            return Optional.empty();
        }
        try {
            HfModelConfig c = HfConfigReader.read(hfConfig, layerType == null ? null : layerType.strip());
            if (layerType != null && !c.layerTypes().isEmpty() && !c.layerTypes().contains(layerType.strip())) {
                throw new UsageException("--layer-type must be " + String.join(" or ", c.layerTypes()) + " (the kinds"
                        + " in " + hfConfig.getFileName() + "), got '" + layerType.strip() + "'");
            }
            for (String warning : c.warnings()) {
                err.println("--hf-config: " + warning);
            }
            return Optional.of(c);
        } catch (HfConfigException e) {
            throw new UsageException("--hf-config: " + e.getMessage());
        }
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** A session's context with the input options given explicitly on top. */
    private ScalingContext onTop(ScalingContext f) {
        double p = partialRotaryFactor == null ? f.partialRotaryFactor() : number("--partial-rotary-factor",
                partialRotaryFactor);
        double b = given("--base") ? read(InputField.BASE, base) : f.base();
        int d = given("--dim") ? (int) read(InputField.DIM, dim) : f.headDim();
        long ml = given("--orig") ? (long) read(InputField.ORIGINAL_LENGTH, orig) : f.originalLength();
        long m = given("--new") ? (long) read(InputField.NEW_LENGTH, next) : Math.max(ml, f.newLength());
        if (m < ml) {
            throw new UsageException("--new must be at least --orig (" + Numbers.grouped(ml) + "), got "
                    + Numbers.grouped(m));
        }
        return new ScalingContext(b, d, p, ml, m);
    }

    /** The context: from the options, or from the file with the options given explicitly on top. */
    private ScalingContext context(Optional<HfModelConfig> file) {
        double p = partialRotaryFactor == null ? file.map(HfModelConfig::partialRotaryFactor).orElse(1.0)
                : number("--partial-rotary-factor", partialRotaryFactor);
        double b;
        int d;
        long ml;
        long m;
        if (file.isPresent()) {
            ScalingContext f;
            try {
                f = file.get().context(RopeConfig.DEFAULT);
            } catch (InvalidConfigException e) {
                throw new UsageException("--hf-config: " + e.getMessage());
            }
            b = given("--base") ? read(InputField.BASE, base) : f.base();
            d = given("--dim") ? (int) read(InputField.DIM, dim) : f.headDim();
            ml = given("--orig") ? (long) read(InputField.ORIGINAL_LENGTH, orig) : f.originalLength();
            m = given("--new") ? (long) read(InputField.NEW_LENGTH, next) : Math.max(ml, f.newLength());
        } else {
            b = read(InputField.BASE, base);
            d = (int) read(InputField.DIM, dim);
            ml = (long) read(InputField.ORIGINAL_LENGTH, orig);
            m = (long) read(InputField.NEW_LENGTH, next);
        }
        if (m < ml) {
            throw new UsageException("--new must be at least --orig (" + Numbers.grouped(ml) + "), got "
                    + Numbers.grouped(m));
        }
        return new ScalingContext(b, d, p, ml, m);
    }

    /** The methods of {@code --method} built from the parameter options (on the file's own values), or the file's. */
    private List<ScalingMethod> methods(Optional<HfModelConfig> file, ScalingContext ctx) {
        Optional<ScalingMethod> own = file.flatMap(HfModelConfig::scaling);
        List<MethodKind> kinds = new ArrayList<>();
        if (method == null || method.isEmpty()) {
            own.ifPresent(m -> kinds.add(m.kind()));
        } else {
            for (String name : method) {
                MethodKind k = MethodKind.byId(name).filter(x -> x != MethodKind.DEFAULT).orElseThrow(
                        () -> new UsageException("--method must be linear, ntk, dynamic, yarn, llama3 or longrope, "
                                + "got '" + name.strip() + "'"));
                if (kinds.contains(k)) {
                    throw new UsageException("--method lists " + k.id() + " twice");
                }
                kinds.add(k);
            }
        }
        List<ScalingMethod> out = new ArrayList<>();
        for (MethodKind k : kinds) {
            MethodParameters p = own.filter(m -> m.kind() == k).map(MethodParameters::of)
                    .orElse(MethodParameters.DEFAULTS);
            if (file.isPresent() && own.filter(m -> m.kind() == k).isEmpty()) {
                spec.commandLine().getErr().println("--method " + k.id() + ": " + hfConfig.getFileName()
                        + " has no " + k.id() + " block; built from RoPEScope's defaults and the options given");
            }
            out.add(parameters(p).build(k));
        }
        return out;
    }

    /** {@code p} with every parameter option that was given. */
    private MethodParameters parameters(MethodParameters p) {
        return new MethodParameters(
                factor == null ? p.factor() : OptionalDouble.of(number("--factor", factor)),
                seqLen == null ? p.seqLen() : OptionalLong.of(length("--seq-len", seqLen)),
                betaFast == null ? p.betaFast() : OptionalDouble.of(number("--beta-fast", betaFast)),
                betaSlow == null ? p.betaSlow() : OptionalDouble.of(number("--beta-slow", betaSlow)),
                noTruncate ? Optional.of(false) : p.truncate(),
                attentionFactor == null ? p.attentionFactor()
                        : OptionalDouble.of(number("--attention-factor", attentionFactor)),
                mscale == null ? p.mscale() : OptionalDouble.of(number("--mscale", mscale)),
                mscaleAllDim == null ? p.mscaleAllDim() : OptionalDouble.of(number("--mscale-all-dim", mscaleAllDim)),
                lowFreqFactor == null ? p.lowFreqFactor()
                        : OptionalDouble.of(number("--low-freq-factor", lowFreqFactor)),
                highFreqFactor == null ? p.highFreqFactor()
                        : OptionalDouble.of(number("--high-freq-factor", highFreqFactor)),
                longFactor == null ? p.longFactor() : Optional.of(numbers("--long-factor", longFactor)),
                shortFactor == null ? p.shortFactor() : Optional.of(numbers("--short-factor", shortFactor)));
    }

    /** The option that sets the field an {@link InvalidConfigException} names. */
    private String optionFor(String field) {
        String option = switch (field) {
            case "b" -> "--base";
            case "d" -> "--dim";
            case "m_l" -> "--orig";
            case "m" -> "--new";
            default -> "--" + field.replace('_', '-');
        };
        boolean fromFile = hfConfig != null && !given(option);
        return fromFile ? "--hf-config" : option;
    }

    /** The exception's one line, starting with the option a person would change. */
    private String named(InvalidConfigException e) {
        String option = optionFor(e.field());
        String msg = e.getMessage();
        for (MethodKind k : MethodKind.values()) {
            String p = k.id() + " " + e.field() + " ";
            if (msg.startsWith(p)) { // "yarn beta_fast must be ..." -> "--beta-fast (yarn) must be ..."
                return option + " (" + k.id() + ") " + msg.substring(p.length());
            }
        }
        if (msg.startsWith(e.field() + " ") && !option.equals("--hf-config")) {
            return option + msg.substring(e.field().length());
        }
        return option + ": " + msg;
    }

    private static double number(String option, String text) {
        java.math.BigDecimal v = NumberText.parse(text, NumberText.Suffixes.DECIMAL);
        if (v == null || !Double.isFinite(v.doubleValue())) {
            throw new UsageException(option + " must be a number, got " + shown(text));
        }
        return v.doubleValue();
    }

    private static long length(String option, String text) {
        java.math.BigDecimal v = NumberText.parse(text, NumberText.Suffixes.BINARY);
        if (v == null || v.signum() <= 0 || v.compareTo(java.math.BigDecimal.valueOf(Limits.LENGTH_MAX)) > 0
                || v.stripTrailingZeros().scale() > 0) {
            throw new UsageException(option + " must be a whole number of tokens from 1 to 100,000,000 (1e8), got "
                    + shown(text));
        }
        return v.longValueExact();
    }

    private static List<Double> numbers(String option, String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(number(option, part));
        }
        return out;
    }

    private static String shown(String text) {
        String t = text == null ? "" : NumberText.oneLine(text.strip());
        if (t.length() > 40) {
            t = t.substring(0, 37) + "...";
        }
        return t.isEmpty() ? "nothing" : "'" + t + "'";
    }

    private record Output(ExportFormat format, Path file) {
    }

    /** {@code text} read as {@code field} reads it in the window; the message names the option. */
    private static double read(InputField field, String text) {
        return CliOptions.read(field, text);
    }

    private static int pixels(String option, String text) {
        return CliOptions.pixels(option, text);
    }

    /** {@code --version}: the name and the version from {@code pom.xml}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
