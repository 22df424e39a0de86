package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random text into every option of the headless command: it exits 0 having written the file, or
 * exits 2 with one line on standard error that names the option. Never an exception.
 */
class ExportCommandFuzzTest {

    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("ropescope-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789.,_+-eEkKmM").ofMaxLength(12),
                Arbitraries.of("1e400", "NaN", "-1", "0", "3", "128", "4k", "16k", "1M", "1e8", "", " ", "--png",
                        "1\n2", "x\u0085y", "\u2028", "a\rb"));
    }

    @Provide
    Arbitrary<String> options() {
        return Arbitraries.of("--base", "--dim", "--orig", "--new", "--width", "--height");
    }

    @Property(tries = 300)
    void everyOptionValueEndsInAFileOrOneLineNamingTheOption(@ForAll("options") String option,
            @ForAll("values") String value) throws IOException {
        Path csv = dir.resolve("t.csv");
        Files.deleteIfExists(csv);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ExportCommand.run(new String[] {option, value, "--csv", csv.toString()},
                new PrintWriter(out), new PrintWriter(err));
        if (status == 0) {
            assertTrue(Files.size(csv) > 0);
            assertTrue(out.toString().startsWith("s="), out.toString());
        } else {
            assertEquals(2, status, err.toString());
            String e = err.toString().strip();
            assertEquals(1, e.lines().count(), e);
            assertTrue(!e.matches("(?s).*[\\p{Cc}\\p{Zl}\\p{Zp}].*"), "control characters echoed: " + e);
            assertTrue(e.contains(option) || e.startsWith("--new must be at least --orig")
                    || e.startsWith("Unknown") || e.contains("Missing") || e.contains("Expected parameter"), e);
            assertTrue(!e.contains("Exception") && !e.contains("\tat "), e);
            assertTrue(Files.notExists(csv), "nothing written on a bad value");
        }
    }
}
