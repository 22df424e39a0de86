package org.ropescope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the headless command as a script sees it: exit status, standard output, standard error. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ExportCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
