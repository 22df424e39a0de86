package org.ropescope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a person sees with {@code ls}: the names in a folder, sorted (temporary files included). */
public final class Folder {

    private Folder() {
    }

    /** The names of the entries of {@code dir}, sorted. */
    public static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
