package org.ropescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ropescope.export.AtomicFiles;
import org.ropescope.export.IOConsumer;

/**
 * {@code -} as a file name: standard output, as Unix tools read it. Text outputs (CSV, SVG) may
 * always go there; a binary one (PNG, PDF) only when standard output is not a terminal, where it
 * would fill the screen with bytes. Every other path is written by {@link AtomicFiles}, which
 * knows files, links, pipes and devices.
 */
final class StandardOutput {

    /** The name that means standard output. A file called "-" is {@code ./-}. */
    static final String DASH = "-";

    private StandardOutput() {
    }

    /** One output of a command: its option, its path (or {@code null} when not given), whether it is binary. */
    record Target(String option, Path path, boolean binary) {

        boolean isDash() {
            return path != null && isStdout(path);
        }
    }

    /**
     * Why these outputs cannot be written as asked, as one line naming the option, or empty: at most
     * one may be {@code -}, and a binary one only when standard output is not a terminal.
     */
    static Optional<String> problem(List<Target> targets, boolean terminal) {
        List<Target> dashes = targets.stream().filter(Target::isDash).toList();
        if (dashes.size() > 1) {
            return Optional.of(dashes.get(0).option() + " - and " + dashes.get(1).option()
                    + " -: only one output can go to standard output");
        }
        if (!dashes.isEmpty() && dashes.get(0).binary() && terminal) {
            Target t = dashes.get(0);
            return Optional.of(t.option() + " -: standard output is a terminal; redirect it (> file) or pipe it, "
                    + "or give a file name");
        }
        return Optional.empty();
    }

    /** Whether any of {@code targets} is {@code -}: the command's own messages then go to standard error. */
    static boolean used(List<Target> targets) {
        return targets.stream().anyMatch(Target::isDash);
    }

    /** {@code -}, or a name of this process's standard output ({@code /dev/stdout}, {@code /dev/fd/1}). */
    static boolean isStdout(Path path) {
        String p = path.toString();
        return p.equals(DASH) || p.equals("/dev/stdout") || p.equals("/dev/fd/1") || p.equals("/proc/self/fd/1");
    }

    /** Writes {@code body} to {@code stdout} for {@code -}, else to the file through {@link AtomicFiles}. */
    static void write(Path path, OutputStream stdout, IOConsumer<OutputStream> body) throws IOException {
        if (isStdout(path)) {
            body.accept(stdout);
            stdout.flush();
        } else {
            AtomicFiles.write(path, body);
        }
    }

    /** Whether this process's standard output is a terminal. */
    static boolean isTerminal() {
        Path fd = Path.of("/proc/self/fd/1");
        try {
            if (Files.isSymbolicLink(fd)) {
                String to = Files.readSymbolicLink(fd).toString();
                return to.startsWith("/dev/pts/") || to.startsWith("/dev/tty") || to.equals("/dev/console");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: ask Java below
        }
        return System.console() != null;
    }
}
