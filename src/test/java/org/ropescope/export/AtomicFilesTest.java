package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.testing.Folder;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        return Folder.names(dir);
    }

    @Test
    void replacesAnOlderFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "old");
        AtomicFiles.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(f));
        assertEquals(List.of("a.csv"), names());
    }

    @Test
    void aFailureHalfWayLeavesTheOlderFileUntouchedAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + f.toAbsolutePath() + ": no space left on device", AtomicFiles.describe(f, e));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("a.csv"), names());
    }

    @Test
    void aMissingFolderIsNamedAsSuch() {
        Path f = dir.resolve("missing/a.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> out.write(1)));
        assertEquals("cannot write " + f + ": the folder does not exist", AtomicFiles.describe(f, e));
    }

    @Test
    void aFolderThatIsAFileCannotBeWrittenEvenByRoot() throws IOException {
        // tests run as root, who may write into any folder: a parent that is a regular file stops everyone
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path f = notAFolder.resolve("a.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> out.write(1)));
        assertEquals("cannot write " + f + ": a part of the path is a file, not a folder", AtomicFiles.describe(f, e));
        assertEquals(List.of("plain-file"), names());
    }
}
