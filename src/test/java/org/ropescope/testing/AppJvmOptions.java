package org.ropescope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the app is started with: packaging/jvm.options, the java argument file that
 * {@code mvn javafx:run} and the installers both use, so measurements start the app the same way.
 */
public final class AppJvmOptions {

    /** The file, relative to the project's folder (the tests' working directory). */
    public static final Path FILE = Path.of("packaging", "jvm.options");

    private AppJvmOptions() {
    }

    /** The options, in order. */
    public static List<String> fromPom() {
        try {
            return Files.readAllLines(FILE).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
