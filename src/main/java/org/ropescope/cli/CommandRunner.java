package org.ropescope.cli;

import java.io.PrintWriter;
import org.ropescope.input.NumberText;
import picocli.CommandLine;

/** How every command meets a person: a bad option is one line and exit 2, never a stack trace. */
public final class CommandRunner {

    private CommandRunner() {
    }

    /** Runs {@code cl} with {@code args}: one line and exit 2 for a bad option, never a stack trace. */
    public static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        configure(cl, out, err);
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Sets {@code cl} (and its subcommands) to print to {@code out} and {@code err}: a bad option is one
     * line and exit 2, a failure one line and exit 1, never a stack trace.
     */
    public static void configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(NumberText.oneLine(ex.getMessage()) + " (see --help)");
            err.flush();
            return ExportCommand.BAD_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            err.println("export failed: " + ex); // a bug, not a user error: still one line
            err.flush();
            return ExportCommand.WRITE_FAILED;
        });
    }
}
