package org.ropescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction one way: math &lt;- model &lt;- chart &lt;- ui, and keeps
 * {@code export} and {@code cli} free of JavaFX (they run headless). A plain scan of the
 * import lines of the main sources, so a wrong import fails the build the day it is written.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/ropescope");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** For each layer, the prefixes its imports must never start with. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "math", List.of("javafx.", "org.jfree.", "org.ropescope.model", "org.ropescope.chart", "org.ropescope.ui",
                    "org.ropescope.input", "java.awt", "com.fasterxml.", "org.ropescope.hfconfig",
                    "org.ropescope.presets", "org.scilab."),
            // reading config.json and the presets: pure Java, headless, usable by the window and the CLI alike
            "hfconfig", List.of("javafx.", "org.jfree.", "org.ropescope.model", "org.ropescope.chart", "org.ropescope.ui",
                    "java.awt", "org.ropescope.presets"),
            "presets", List.of("javafx.", "org.jfree.", "org.ropescope.model", "org.ropescope.chart", "org.ropescope.ui",
                    "java.awt"),
            "format", List.of("javafx.", "org.jfree.", "org.ropescope."),
            "input", List.of("javafx.", "org.jfree.", "org.ropescope.model", "org.ropescope.chart", "org.ropescope.ui"),
            "model", List.of("org.jfree.", "org.ropescope.chart", "org.ropescope.ui", "javafx.scene", "java.awt",
                    "org.scilab."),
            // FXGraphics2D (org.jfree.fx) draws onto JavaFX: ui only
            "chart", List.of("javafx.", "org.jfree.chart.fx", "org.jfree.fx", "org.ropescope.ui", "org.ropescope.model"),
            // headless: files and the command line never touch JavaFX (the toolkit must not start)
            "export", List.of("javafx.", "org.jfree.chart.fx", "org.ropescope.ui", "org.ropescope.model",
                    "org.ropescope.cli"),
            "cli", List.of("javafx.", "org.jfree.chart.fx", "org.ropescope.ui", "org.ropescope.model"),
            // .ropescope files: pure Java, so the command line can read sessions too
            "session", List.of("javafx.", "org.jfree.", "org.ropescope.model", "org.ropescope.chart",
                    "org.ropescope.ui"));

    @Test
    void layersOnlyDependDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        for (var layer : FORBIDDEN.entrySet()) {
            Path dir = MAIN.resolve(layer.getKey());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    scanned++;
                    Matcher m = IMPORT.matcher(Files.readString(f));
                    while (m.find()) {
                        for (String bad : layer.getValue()) {
                            if (m.group(1).startsWith(bad)) {
                                violations.add(MAIN.relativize(f) + " imports " + m.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertFalse(scanned < 8, "too few sources scanned: " + scanned);
        assertEquals(List.of(), violations);
    }
}
