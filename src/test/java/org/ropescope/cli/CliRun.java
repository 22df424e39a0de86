package org.ropescope.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the headless command as a script sees it: exit status, standard output, standard error,
 * and the bytes an output named {@code -} wrote to standard output.
 */
record CliRun(int status, String out, String err, byte[] stdout) {

    /** A run that wrote nothing to standard output as a file. */
    CliRun(int status, String out, String err) {
        this(status, out, err, new byte[0]);
    }

    static CliRun of(String... args) {
        return run(false, args);
    }

    /** A run whose standard output is a terminal ({@code terminal}) or a pipe. */
    static CliRun run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ExportCommand.run(args, new PrintWriter(out), new PrintWriter(err), bytes, terminal);
        return new CliRun(status, out.toString(), err.toString(), bytes.toByteArray());
    }

    /** What {@code -} wrote, as UTF-8 text. */
    String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
