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
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.ropescope.export.AtomicFiles;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.CsvExporter;
import org.ropescope.export.DecayCsv;
import org.ropescope.export.ExportFormat;
import org.ropescope.input.InputField;
import org.ropescope.input.NumberText;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.RopeConfig;
import org.ropescope.format.Numbers;
import org.ropescope.hfconfig.HfModelConfig;
import org.ropescope.math.scaling.MethodKind;
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
        versionProvider = VersionProvider.class, usageHelpWidth = 110, usageHelpAutoWidth = true,
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

    @Option(names = "--method", paramLabel = "NAME", split = ",", completionCandidates = Choices.Methods.class,
            description = "scaling methods to add, comma-separated: ${COMPLETION-CANDIDATES}. Each adds a "
                    + "period_<NAME> column to the CSV and a line to the chart")
    List<String> method;

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

    @Option(names = "--chart", paramLabel = "KIND", completionCandidates = Choices.Charts.class,
            description = "what the PNG/SVG/PDF show, as the window's chart tab of that name: "
                    + "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    String chartKind = "periods";

    @CommandLine.Mixin
    ClassroomOptions classroom = new ClassroomOptions();

    @CommandLine.Mixin
    ChartLanguage chartLanguage = new ChartLanguage();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code --factor}, {@code --beta-fast}, ...: one option per method parameter. */
    private final ParameterOptions parameters = new ParameterOptions();

    /** Where {@code -} writes, and whether it is a terminal (binary output is refused there). */
    private OutputStream stdout = System.out;
    private boolean stdoutIsTerminal;

    /**
     * Runs the command with {@code args}; returns the exit status. Prints only to the given streams;
     * {@code -} as a file writes to {@code stdout}, which must not be a terminal for PNG or PDF.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, OutputStream stdout, boolean terminal) {
        return CommandRunner.execute(commandLine(stdout, terminal), args, out, err);
    }

    /** {@link #commandLine(OutputStream, boolean)} on this process's standard output. */
    public static CommandLine commandLine() {
        return commandLine(System.out, StandardOutput.isTerminal());
    }

    /**
     * The command with its method-parameter options, ready to run or to be a subcommand; {@code -} as a
     * file writes to {@code stdout}, which must not be a terminal for PNG or PDF.
     */
    public static CommandLine commandLine(OutputStream stdout, boolean terminal) {
        ExportCommand command = new ExportCommand();
        command.stdout = stdout;
        command.stdoutIsTerminal = terminal;
        CommandLine cl = new CommandLine(command);
        command.parameters.addTo(cl.getCommandSpec());
        return cl;
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
        org.ropescope.text.Language language;
        try {
            language = chartLanguage.language();
            lecture = classroom.read();
            Optional<HfModelConfig> file = CliOptions.readHfConfig(hfConfig, layerType, err);
            ctx = lecture.isPresent() && file.isEmpty() ? onTop(lecture.get().context()) : context(file);
            methods = lecture.isPresent() && file.isEmpty() && (method == null || method.isEmpty())
                    ? lecture.get().extraMethods() : methods(file, ctx);
            MethodTable.of(ctx, methods); // every method fits this context, or a message naming its option
            kind = chartKind.strip().toLowerCase(Locale.ROOT);
            if (!given("--chart") && ClassroomOptions.chartOf(lecture) != null) {
                kind = ClassroomOptions.chartOf(lecture); // the session's front tab
            }
            if (!Choices.Charts.ALL.contains(kind)) {
                throw new UsageException("--chart must be " + Choices.oneOf(Choices.Charts.ALL) + ", got '"
                        + chartKind.strip() + "'");
            }
            w = CliOptions.pixels("--width", width);
            h = CliOptions.pixels("--height", height);
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
        MethodTable chosen = MethodTable.of(ctx, methods);
        String chosenKind = kind;
        int written = ChartLanguage.drawingIn(language, () -> {
            JFreeChart chart = null;
            if (png != null || svg != null || pdf != null) {
                LinkedHashSet<ScalingMethod> drawn = new LinkedHashSet<>(ScalingMethod.bookMethods());
                drawn.addAll(methods);
                MethodTable all = MethodTable.of(ctx, List.copyOf(drawn));
                chart = classroom.chart(chosenKind, all, methods, classroom.theme(lecture), classroom.shortcut(lecture));
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
                            String text = CsvExporter.toCsv(ctx, chosen);
                            if (classroom.shortcut(lecture)) {
                                text = ClassroomOptions.withShortcutColumn(text, config);
                            }
                            stream.write(text.getBytes(StandardCharsets.UTF_8));
                        } else {
                            ChartExporter.write(o.format, drawn, stream, w, h);
                        }
                    });
                } catch (IOException e) {
                    err.println(ChartLanguage.inEnglish(() -> StandardOutput.isStdout(o.file)
                            ? "cannot write to standard output: " + AtomicFiles.reason(e) : AtomicFiles.describe(o.file, e)));
                    return WRITE_FAILED;
                }
            }
            return OK;
        });
        if (written != OK) {
            return written;
        }
        // standard output carries the file: the summary goes where messages go
        (StandardOutput.used(targets()) ? err : out).println(ExportSummary.line(config, chosen) + " "
                + DiagnosticsSummary.fields(ctx, err));
        return OK;
    }

    private List<StandardOutput.Target> targets() {
        return List.of(new StandardOutput.Target("--png", png, true), new StandardOutput.Target("--svg", svg, false),
                new StandardOutput.Target("--pdf", pdf, true), new StandardOutput.Target("--csv", csv, false),
                new StandardOutput.Target("--decay-csv", decayCsv, false));
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** A session's context with the input options given explicitly on top. */
    private ScalingContext onTop(ScalingContext f) {
        double p = partialRotaryFactor == null ? f.partialRotaryFactor()
                : ParameterOptions.number("--partial-rotary-factor", partialRotaryFactor);
        double b = given("--base") ? CliOptions.read(InputField.BASE, base) : f.base();
        int d = given("--dim") ? (int) CliOptions.read(InputField.DIM, dim) : f.headDim();
        long ml = given("--orig") ? (long) CliOptions.read(InputField.ORIGINAL_LENGTH, orig) : f.originalLength();
        long m = given("--new") ? (long) CliOptions.read(InputField.NEW_LENGTH, next) : Math.max(ml, f.newLength());
        return atLeastOrig(b, d, p, ml, m);
    }

    /** The context: from the options, or from the file with the options given explicitly on top. */
    private ScalingContext context(Optional<HfModelConfig> file) {
        if (file.isPresent()) {
            ScalingContext f;
            try {
                f = file.get().context(RopeConfig.DEFAULT);
            } catch (InvalidConfigException e) {
                throw new UsageException("--hf-config: " + e.getMessage());
            }
            return onTop(f);
        }
        double p = partialRotaryFactor == null ? 1.0 : ParameterOptions.number("--partial-rotary-factor",
                partialRotaryFactor);
        return atLeastOrig(CliOptions.read(InputField.BASE, base), (int) CliOptions.read(InputField.DIM, dim), p,
                (long) CliOptions.read(InputField.ORIGINAL_LENGTH, orig), (long) CliOptions.read(InputField.NEW_LENGTH, next));
    }

    private static ScalingContext atLeastOrig(double b, int d, double p, long ml, long m) {
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
                        () -> new UsageException("--method must be " + Choices.oneOf(Choices.Methods.ALL)
                                + ", got '" + name.strip() + "'"));
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
            out.add(parameters.on(p).build(k));
        }
        return out;
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

    private record Output(ExportFormat format, Path file) {
    }
}
