package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.testing.SmallDisk;

/** Exports when the disk gives way: a clear line, the older file untouched, no temporary file left. */
class ExportUnderFailureTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CliRun r = CliRun.of(args);
        return new String[] {Integer.toString(r.status()), r.out(), r.err()};
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDiskExitsOneNamingTheFileAndKeepsTheOlderFile() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 48)) {
            Path png = disk.root().resolve("periods.png");
            byte[] older = new byte[20_000];
            java.util.Arrays.fill(older, (byte) 7);
            Files.write(png, older);

            String[] r = run("--png", png.toString(), "--width", "3000", "--height", "2000");

            assertEquals("1", r[0], r[2]);
            assertEquals("cannot write " + png + ": no space left on device" + System.lineSeparator(), r[2]);
            assertArrayEquals(older, Files.readAllBytes(png), "the older file is untouched");
            assertEquals(List.of("periods.png"), names(disk.root()), "no temporary file left behind");
        }
    }

    @Test
    void aReadOnlyFolderExitsOneNamingTheFileAndKeepsTheOlderFile() throws Exception {
        // chmod does not stop root (CI runs as root): a read-only file system stops everyone
        try (SmallDisk disk = SmallDisk.mount(dir, 256)) {
            Path csv = disk.root().resolve("periods.csv");
            Files.writeString(csv, "older table");
            disk.makeReadOnly();

            String[] r = run("--csv", csv.toString(), "--dim", "64");

            assertEquals("1", r[0], r[2]);
            assertEquals("cannot write " + csv + ": read-only file system" + System.lineSeparator(), r[2]);
            assertEquals("older table", Files.readString(csv));
            assertEquals(List.of("periods.csv"), names(disk.root()));
        }
    }

    @Test
    void aNameThatIsAFolderExitsOneAndLeavesTheFolderAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("chart.svg"));
        Files.writeString(folder.resolve("inside.txt"), "keep");
        String[] r = run("--svg", folder.toString());
        assertEquals("1", r[0], r[2]);
        assertTrue(r[2].startsWith("cannot write " + folder), r[2]);
        assertTrue(r[2].contains("folder"), r[2]);
        assertEquals(List.of("inside.txt"), names(folder));
        assertEquals(List.of("chart.svg"), names(dir));
    }
}
