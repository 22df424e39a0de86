package org.ropescope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ropescope.model.Theme;

/**
 * What the command line asks the window for: {@code [--theme=light|dark] [--dark] [--presentation]
 * [FILE.ropescope]}. Anything else is reported as one line on standard error and ignored; the
 * window still opens.
 *
 * @param theme        the theme to start in
 * @param presentation start in presentation mode (full screen)
 * @param session      a session file to open, if one was named
 * @param problems     one line per argument that was ignored, and why
 */
record StartOptions(Theme theme, boolean presentation, Optional<Path> session, List<String> problems) {

    static final String USAGE = "usage: ropescope [--theme=light|dark] [--dark] [--presentation] [FILE.ropescope]";

    static StartOptions parse(List<String> args) {
        Theme theme = Theme.LIGHT;
        boolean presentation = false;
        Path session = null;
        List<String> problems = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--dark")) {
                theme = Theme.DARK;
            } else if (a.equals("--presentation")) {
                presentation = true;
            } else if (a.startsWith("--theme=")) {
                String name = a.substring("--theme=".length());
                Optional<Theme> t = Theme.fromId(name);
                if (t.isPresent()) {
                    theme = t.get();
                } else {
                    problems.add("ropescope: --theme must be light or dark, got '" + name + "'; starting in "
                            + theme.id());
                }
            } else if (a.startsWith("-")) {
                problems.add("ropescope: ignored unknown option " + a + "; " + USAGE);
            } else if (session == null) {
                session = Path.of(a);
            } else {
                problems.add("ropescope: opens one session at a time; ignored " + a);
            }
        }
        return new StartOptions(theme, presentation, Optional.ofNullable(session), List.copyOf(problems));
    }
}
