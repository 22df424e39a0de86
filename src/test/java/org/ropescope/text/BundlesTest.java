package org.ropescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles are complete and used: every key of the base bundle is in every language's own file
 * (not merely inherited), no file has a key the base lacks, every key is used by the sources, and
 * every sentence keeps its values ({@code {0}}...) and reads as a MessageFormat pattern.
 */
class BundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Keys only the base bundle has: the list of languages is not translated. */
    private static final Set<String> BASE_ONLY = Set.of("languages");

    static Properties file(Language l) throws IOException {
        String name = l.equals(Language.ENGLISH) ? "messages.properties"
                : "messages_" + l.locale().toString() + ".properties";
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/ropescope/text/" + name)) {
            assertTrue(in != null, name + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInEveryLanguagesOwnFileAndNoFileHasMore() throws IOException {
        Properties base = file(Language.ENGLISH);
        assertTrue(Language.all().size() >= 2, "English and Chinese at least");
        for (Language l : Language.all()) {
            Properties own = file(l);
            Set<String> missing = new TreeSet<>(base.stringPropertyNames());
            missing.removeAll(own.stringPropertyNames());
            missing.removeAll(BASE_ONLY);
            assertEquals(Set.of(), missing, l + " lacks these keys");
            Set<String> extra = new TreeSet<>(own.stringPropertyNames());
            extra.removeAll(base.stringPropertyNames());
            assertEquals(Set.of(), extra, l + " has keys the base bundle lacks");
            for (String k : own.stringPropertyNames()) {
                if (!k.equals("font.files")) {
                    assertFalse(own.getProperty(k).isBlank(), l + ": " + k + " is empty");
                }
            }
        }
    }

    @Test
    void everySentenceKeepsItsValuesAndParses() throws IOException {
        Properties base = file(Language.ENGLISH);
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (Language l : Language.all()) {
            Properties own = file(l);
            for (String k : own.stringPropertyNames()) {
                String v = own.getProperty(k);
                Set<String> args = arguments(v);
                assertEquals(arguments(base.getProperty(k)), args, l + ": " + k + " must use the same values as English");
                if (!args.isEmpty()) {
                    new MessageFormat(v, l.locale()); // throws on a bad pattern
                    assertFalse(lone.matcher(v.replaceAll("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "")).find(),
                            l + ": " + k + " has a lone apostrophe; MessageFormat would eat it (write '')");
                }
            }
        }
    }

    /** The argument numbers a pattern uses: {0}, {1,choice,...} give 0 and 1. */
    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyIsUsedBySomeSource() throws IOException {
        String all;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                texts.add(Files.readString(p));
            }
            all = String.join("\n", texts);
        }
        // keys built from a prefix and a name ("method." + k.id()): the prefixes the sources spell
        Set<String> prefixes = new TreeSet<>();
        Matcher m = Pattern.compile("\"([a-z][A-Za-z0-9_.]*\\.)\"\\s*\\+").matcher(all);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String k : file(Language.ENGLISH).stringPropertyNames()) {
            boolean literal = all.contains("\"" + k + "\"");
            boolean built = prefixes.stream().anyMatch(p -> k.startsWith(p) && k.length() > p.length());
            if (!literal && !built) {
                unused.add(k);
            }
        }
        assertEquals(Set.of(), unused, "keys no source uses");
    }

    @Test
    void everyKeyASourceSpellsExists() throws IOException {
        Properties base = file(Language.ENGLISH);
        Set<String> missing = new TreeSet<>();
        Pattern call = Pattern.compile("\\btext\\(\"([A-Za-z0-9_.]+)\"(?!\\s*\\+)"); // not a prefix
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(p));
                while (m.find()) {
                    if (!base.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + p.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys the sources ask for and no bundle has");
    }
}
