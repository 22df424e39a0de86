package org.ropescope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the app is started with (pom.xml, the javafx-maven-plugin's {@code <options>}, which
 * packaging/Package.java repeats for the installers), so measurements start the app the same way.
 */
public final class AppJvmOptions {

    private AppJvmOptions() {
    }

    /** The options, in order, read from {@code pom.xml} in the working directory. */
    public static List<String> fromPom() {
        try {
            String pom = Files.readString(Path.of("pom.xml"));
            int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
            int start = pom.indexOf("<options>", plugin);
            int end = pom.indexOf("</options>", start);
            List<String> options = new ArrayList<>();
            Matcher m = Pattern.compile("<option>([^<]+)</option>").matcher(pom.substring(start, end));
            while (m.find()) {
                options.add(m.group(1).strip());
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
