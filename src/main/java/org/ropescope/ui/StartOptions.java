package org.ropescope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ropescope.model.Theme;
import org.ropescope.text.Language;
import picocli.CommandLine;

/**
 * What the command line asks the window for: {@code [--theme=light|dark] [--dark] [--presentation]
 * [FILE.ropescope]} ({@link WindowOptions}). Anything else is reported as one line on standard error
 * and ignored; the window still opens.
 *
 * @param theme        the theme to start in
 * @param presentation start in presentation mode (full screen)
 * @param session      a session file to open, if one was named
 * @param language     the language asked for ({@code --lang}), if one was
 * @param problems     one line per argument that was ignored, and why
 */
record StartOptions(Theme theme, boolean presentation, Optional<Path> session, Optional<Language> language,
        List<String> problems) {

    static final String USAGE = "usage: ropescope [--theme=light|dark] [--dark] [--presentation] [--lang="
            + Language.choices() + "] [FILE.ropescope]";

    /**
     * The window's options in {@code args}, read with {@link WindowOptions}'s definitions (the ones the
     * launcher's {@code --help} lists); an argument picocli cannot read at all becomes a problem too.
     */
    static StartOptions parse(List<String> args) {
        WindowOptions w = new WindowOptions();
        if (args.isEmpty()) { // the usual start: the defaults, without building a parser (about 0.1 s at start)
            return w.options(List.of());
        }
        CommandLine cl = new CommandLine(new Reader(w));
        cl.setOverwrittenOptionsAllowed(true);
        cl.setUnmatchedArgumentsAllowed(true);
        try {
            cl.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            StartOptions o = w.options(cl.getUnmatchedArguments());
            List<String> problems = new ArrayList<>(o.problems());
            problems.add("ropescope: " + e.getMessage() + "; " + USAGE);
            return new StartOptions(o.theme(), o.presentation(), o.session(), o.language(), List.copyOf(problems));
        }
        return w.options(cl.getUnmatchedArguments());
    }

    /** A command with nothing but the window's options, to read them with. */
    @CommandLine.Command(name = "ropescope")
    private static final class Reader {
        @CommandLine.Mixin
        final WindowOptions window;

        Reader(WindowOptions window) {
            this.window = window;
        }
    }
}
