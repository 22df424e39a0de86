package org.ropescope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.ropescope.model.Theme;
import org.ropescope.text.Language;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The window's command-line options, as a picocli mixin: {@code [--theme=light|dark] [--dark]
 * [--presentation] [--lang=en|zh-CN] [FILE.ropescope]}. The launcher's root command mixes them in (so {@code --help}
 * lists them) and {@link StartOptions#parse} reads them with the same definitions. Nothing here stops
 * the window from opening: a bad theme, an unknown option or a second file becomes a line in
 * {@link #options()}'s problems. No JavaFX: the headless commands load this class too.
 */
public final class WindowOptions {

    private Theme theme = Theme.LIGHT;
    private Optional<Language> language = Optional.empty();
    private final List<String> problems = new ArrayList<>();

    @Option(names = "--presentation", description = "start in presentation mode: full screen, large type")
    boolean presentation;

    @Parameters(paramLabel = "FILE.ropescope", arity = "0..*", description = "a saved session to open")
    List<String> files = new ArrayList<>();

    @Option(names = "--dark", description = "start in the dark theme (as --theme=dark)")
    void dark(boolean on) {
        theme = on ? Theme.DARK : theme;
    }

    @Option(names = "--theme", paramLabel = "THEME", arity = "0..1", fallbackValue = "",
            completionCandidates = ThemeIds.class, description = "the window's theme: ${COMPLETION-CANDIDATES}. "
                    + "Default: light")
    void theme(String name) {
        Optional<Theme> t = Theme.fromId(name);
        if (t.isPresent()) {
            theme = t.get();
        } else {
            problems.add("ropescope: --theme must be " + ThemeIds.oneOf() + ", got '" + name + "'; starting in "
                    + theme.id());
        }
    }

    @Option(names = "--lang", paramLabel = "LANG", description = "the window's language for this run: "
            + "en or zh-CN (简体中文). Default: the one chosen last in View > Language, else the system's")
    void language(String tag) {
        Optional<Language> l = Language.forTag(tag);
        if (l.isPresent()) {
            language = l;
        } else {
            problems.add("ropescope: --lang must be " + Language.choices() + ", got '" + tag + "'; ignored");
        }
    }

    /**
     * What these options ask the window for, with one line per argument ignored: the bad themes,
     * then {@code unmatched} (what the parser did not know), then the files after the first.
     */
    public StartOptions options(List<String> unmatched) {
        List<String> all = new ArrayList<>(problems);
        for (String a : unmatched) {
            all.add(a.startsWith("-") ? "ropescope: ignored unknown option " + a + "; " + StartOptions.USAGE
                    : "ropescope: opens one session at a time; ignored " + a);
        }
        for (String a : files.subList(Math.min(1, files.size()), files.size())) {
            all.add("ropescope: opens one session at a time; ignored " + a);
        }
        return new StartOptions(theme, presentation, files.stream().findFirst().map(Path::of), language,
                List.copyOf(all));
    }

    /** {@code --theme}'s values: the ids of {@link Theme}, for {@code --help} and shell completion. */
    static final class ThemeIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Theme.values()).map(Theme::id).iterator();
        }

        static String oneOf() {
            List<String> ids = Arrays.stream(Theme.values()).map(Theme::id).toList();
            return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        }
    }
}
