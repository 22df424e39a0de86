package org.ropescope;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ropescope.cli.CommandRunner;
import org.ropescope.cli.ExportCommand;
import org.ropescope.cli.SchemesCommand;
import org.ropescope.cli.VersionProvider;
import org.ropescope.ui.WindowOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line: {@code export} and {@code schemes} run headless; with no subcommand the
 * window opens with its options ({@link WindowOptions}: theme, presentation mode, a session file).
 * Only parsing happens here: the window is started by {@link Launcher}, so a headless command never
 * loads a JavaFX class, and a window option the window cannot use is reported by the window, which
 * still opens.
 */
@Command(name = "java -jar ropescope.jar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpWidth = 110, usageHelpAutoWidth = true, sortOptions = false,
        synopsisHeading = "", customSynopsis = {"Usage:",
            "  java -jar ropescope.jar [FILE.ropescope]   open the window (optionally with a saved session)",
            "  java -jar ropescope.jar --dark --presentation [FILE.ropescope]   ... in the dark theme, full screen",
            "  java -jar ropescope.jar export [OPTIONS]   draw charts and tables with no window (export --help)",
            "  java -jar ropescope.jar schemes [OPTIONS]  RoPE beside ALiBi, T5 and sinusoidal, no window "
                    + "(schemes --help)",
            "  java -jar ropescope.jar --version          print the version",
            "  java -jar ropescope.jar --help             print this help", ""},
        description = "RoPEScope: how RoPE's rotation periods change when a model's context is stretched.",
        commandListHeading = "%nCommands:%n", optionListHeading = "%nWindow options:%n")
public final class RopeScopeCommand implements Callable<Integer> {

    /** The status {@link #run} returns when the window should open: no subcommand, no help, no version. */
    public static final int OPEN_WINDOW = -1;

    @CommandLine.Mixin
    final WindowOptions window = new WindowOptions();

    @Override
    public Integer call() {
        return OPEN_WINDOW;
    }

    /**
     * Parses {@code args}: runs a subcommand (headless: AWT in headless mode, no JavaFX) or prints the help
     * or the version, and returns the exit status; or returns {@link #OPEN_WINDOW}. Options the window
     * does not know, and window options it cannot read, also open the window, which reports them.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            // what parsing nothing gives; building every command's model by reflection first took
            // about 0.1 s of the start's main thread, before JavaFX could start
            return OPEN_WINDOW;
        }
        CommandLine root = new CommandLine(new RopeScopeCommand());
        root.setOverwrittenOptionsAllowed(true); // the window's switches; set before the subcommands have theirs
        root.setUnmatchedArgumentsAllowed(true);
        root.addSubcommand("export", ExportCommand.commandLine());
        root.addSubcommand("schemes", new CommandLine(new SchemesCommand()));
        root.getSubcommands().forEach((name, sub) -> sub.getCommandSpec().name(name)); // "java -jar ... export"
        root.setExecutionStrategy(parsed -> {
            if (parsed.hasSubcommand()) {
                System.setProperty("java.awt.headless", "true");
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        CommandRunner.configure(root, out, err);
        CommandLine.IParameterExceptionHandler subcommands = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((ex, a) -> ex.getCommandLine() == root ? OPEN_WINDOW
                : subcommands.handleParseException(ex, a));
        int status = root.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
