package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command registry against the docs: every key a table of keys in the README or the user guide
 * names is a command's, and every command's keys are in the guide's table. No toolkit needed.
 */
class CommandTest {

    private static final Path GUIDE = Path.of("src/site/markdown/guide.md");

    /** The keys of a cell or of a command, one by one: "Ctrl+S / Ctrl+Shift+S" gives two. */
    static Set<String> keys(String cell) {
        Set<String> keys = new HashSet<>();
        for (String k : cell.replace("`", "").split(" / |, | or ")) {
            keys.add(k.strip().replace("Shortcut+", "Ctrl+").toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    /** The first column of every table whose header is "| keys |", or an empty list when it has none. */
    static List<String> keyCells(Path markdown) throws IOException {
        List<String> cells = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(markdown)) {
            if (line.startsWith("| keys |")) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            } else if (inTable && !line.startsWith("| ---")) {
                cells.add(line.split("\\|")[1].strip());
            }
        }
        return cells;
    }

    private static Set<String> commandKeys() {
        Set<String> keys = new TreeSet<>();
        Command.withKeys().forEach(c -> keys.addAll(keys(c.keys())));
        return keys;
    }

    @Test
    void theGuidesTableNamesExactlyTheCommandsKeys() throws IOException {
        List<String> cells = keyCells(GUIDE);
        assertFalse(cells.isEmpty(), "the guide has a table of keys");
        Set<String> documented = new TreeSet<>();
        cells.forEach(c -> documented.addAll(keys(c)));
        Set<String> missing = new TreeSet<>(commandKeys());
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "keys of the window the guide does not list");
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(commandKeys());
        assertEquals(Set.of(), unknown, "keys the guide lists that no command has");
    }

    @Test
    void anyOtherTableOfKeysNamesOnlyTheCommandsKeys() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> site = Files.list(GUIDE.getParent())) {
            site.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        for (Path doc : docs) {
            for (String cell : keyCells(doc)) {
                Set<String> unknown = new TreeSet<>(keys(cell));
                unknown.removeAll(commandKeys());
                assertEquals(Set.of(), unknown, doc + ": keys no command has");
            }
        }
    }

    @Test
    void idsAndAcceleratorsAreEachUsedOnce() {
        List<String> ids = Arrays.stream(Command.values()).filter(c -> c.menu() != null).map(Command::itemId).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
        List<String> accelerators = Arrays.stream(Command.values()).flatMap(c -> c.accelerator().stream())
                .map(Object::toString).toList();
        assertEquals(accelerators.size(), new HashSet<>(accelerators).size(), accelerators.toString());
    }

    @Test
    void aCommandWithKeysOrAButtonSaysWhatItDoes() {
        for (Command c : Command.values()) {
            if (c.keys() != null || c.buttonText() != null) {
                assertTrue(c.help() != null && !c.help().isBlank(), c.toString());
            }
            assertEquals(c.menu() == null, c.kind() == Command.Kind.KEY, c.toString());
        }
    }

    @Test
    void theKeysSplitAsTheGuideWritesThem() {
        assertEquals(Set.of("ctrl+s", "ctrl+shift+s"), keys("Ctrl+S / Ctrl+Shift+S"));
        assertEquals(Set.of("alt", "f10"), keys("Alt or F10"));
        assertEquals(Set.of("ctrl+shift+o"), keys("Shortcut+Shift+O"));
    }
}
