package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ropescope.chart.PeriodChart;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.session.Session;
import org.ropescope.session.SessionException;
import org.ropescope.session.SessionFile;
import org.ropescope.testing.Book;
import org.ropescope.testing.Folder;

/**
 * Every writer (CSV, PNG, SVG, PDF, session) on real special files made in a temporary folder: a
 * symbolic link stays a link and its target gets the content, a dangling link's target is created,
 * a named pipe's reader gets the bytes, a character device stays a device. None leaves a temporary
 * file behind or replaces a file that is not a regular one.
 */
class SpecialFilesTest {

    @TempDir
    Path dir;

    private static final JFreeChart CHART = new PeriodChart(Book.table(RopeConfig.DEFAULT)).chart();

    /** One of RoPEScope's writers, and how a person recognises what it wrote. */
    enum Writer {
        CSV("i,theta,period_original") {
            @Override
            void write(Path p) throws IOException {
                CsvExporter.write(ScalingContext.of(RopeConfig.DEFAULT), p);
            }
        },
        PNG("\u0089PNG") {
            @Override
            void write(Path p) throws IOException {
                ChartExporter.writePng(CHART, p, 400, 300);
            }
        },
        SVG("<?xml") {
            @Override
            void write(Path p) throws IOException {
                ChartExporter.writeSvg(CHART, p, 400, 300);
            }
        },
        PDF("%PDF-") {
            @Override
            void write(Path p) throws IOException {
                ChartExporter.writePdf(CHART, p, 400, 300);
            }
        },
        SESSION("{") {
            @Override
            void write(Path p) throws IOException {
                try {
                    SessionFile.write(p, new Session(RopeConfig.DEFAULT, "dark"));
                } catch (SessionException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        };

        private final String start;

        Writer(String start) {
            this.start = start;
        }

        abstract void write(Path p) throws IOException;

        /** Whether {@code bytes} are a whole file of this kind (its first bytes, and for a session its end). */
        void check(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith(start), this + " starts with " + text.substring(0, Math.min(20, text.length())));
            if (this == SESSION) {
                assertTrue(text.contains("\"format\" : \"RoPEScope session\"") && text.strip().endsWith("}"), text);
            }
            if (this == PDF) {
                assertTrue(text.strip().endsWith("%%EOF"), "a whole PDF");
            }
        }
    }

    private static List<String> names(Path folder) throws IOException {
        return Folder.names(folder);
    }

    private static int fileType(Path p) throws IOException {
        return ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + said);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent(Writer w) throws IOException {
        Path managed = Files.createDirectory(dir.resolve("managed"));
        Path target = Files.writeString(managed.resolve("real.out"), "old content");
        Path links = Files.createDirectory(dir.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("link.out"), Path.of("../managed/real.out"));

        w.write(link);

        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(Path.of("../managed/real.out"), Files.readSymbolicLink(link));
        w.check(Files.readAllBytes(target));
        assertEquals(List.of("link.out"), names(links));
        assertEquals(List.of("real.out"), names(managed));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aDanglingLinksTargetIsCreated(Writer w) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.out"), Path.of("made.out"));

        w.write(link);

        assertTrue(Files.isSymbolicLink(link), "still a link");
        w.check(Files.readAllBytes(dir.resolve("made.out")));
        assertEquals(List.of("link.out", "made.out"), names(dir));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aNamedPipesReaderGetsEveryByte(Writer w) throws Exception {
        Path fifo = dir.resolve("pipe");
        run("mkfifo", fifo.toString());
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo); // blocks until the writer opens, reads to its close
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        w.write(fifo);

        w.check(reader.get(30, TimeUnit.SECONDS));
        assertEquals(0010000, fileType(fifo), "still a FIFO");
        assertEquals(List.of("pipe"), names(dir));
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aCharacterDeviceStaysADevice(Writer w) throws Exception {
        assumeTrue(isRoot(), "mknod needs root; these tests run as " + System.getProperty("user.name"));
        Path device = dir.resolve("null");
        run("mknod", device.toString(), "c", "1", "3"); // a copy of /dev/null

        w.write(device);

        assertEquals(0020000, fileType(device), "still a character device");
        assertEquals(List.of("null"), names(dir));
    }

    @Test
    void aBlockDeviceIsRefusedBeforeAnythingIsOpened() throws Exception {
        assumeTrue(isRoot(), "mknod needs root; these tests run as " + System.getProperty("user.name"));
        Path disk = dir.resolve("disk");
        run("mknod", disk.toString(), "b", "7", "200"); // a loop device number nothing uses

        IOException e = assertThrows(IOException.class, () -> Writer.CSV.write(disk));

        assertEquals("cannot write " + disk + ": it is a block device (a disk): RoPEScope does not write to disks",
                AtomicFiles.describe(disk, e));
        assertEquals(0060000, fileType(disk));
    }

    @Test
    void aFolderIsRefusedAndLeftAlone() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.csv"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), folder);

        IOException e = assertThrows(IOException.class, () -> Writer.CSV.write(link));

        assertEquals("cannot write " + link + ": it is a folder", AtomicFiles.describe(link, e));
        assertEquals(List.of("link.csv", "out.csv"), names(dir));
    }

    @Test
    void aLinkToItselfIsRefusedWithTheKernelsWords() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.csv"), Path.of("loop.csv"));

        IOException e = assertThrows(IOException.class, () -> Writer.CSV.write(loop));

        assertEquals("cannot write " + loop + ": too many levels of symbolic links", AtomicFiles.describe(loop, e));
        assertTrue(Files.isSymbolicLink(loop));
    }

    @Test
    void theProcesssOwnStreamsAreWrittenInPlaceNeverRenamedOver() throws IOException {
        assertEquals(AtomicFiles.Kind.STDOUT, AtomicFiles.resolve(Path.of("/dev/stdout")).kind());
        assertEquals(AtomicFiles.Kind.STDERR, AtomicFiles.resolve(Path.of("/dev/stderr")).kind());
        assertEquals(AtomicFiles.Kind.STDOUT, AtomicFiles.resolve(Path.of("/proc/self/fd/1")).kind());
        assertEquals(AtomicFiles.Kind.DIRECT, AtomicFiles.resolve(Path.of("/dev/null")).kind());
        Path toStdout = Files.createSymbolicLink(dir.resolve("out"), Path.of("/dev/stdout"));
        assertEquals(AtomicFiles.Kind.STDOUT, AtomicFiles.resolve(toStdout).kind());
    }

    @ParameterizedTest
    @EnumSource(Writer.class)
    void aNewFileGetsADocumentsPermissionsAndAReplacedOneKeepsItsOwn(Writer w) throws IOException {
        Path reference = dir.resolve("reference");
        Files.newOutputStream(reference).close(); // a file made the ordinary way: the umask's permissions
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(reference);
        Path fresh = dir.resolve("fresh.out");

        w.write(fresh);

        assertEquals(PosixFilePermissions.toString(ordinary),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        assertTrue(Files.getPosixFilePermissions(fresh).contains(PosixFilePermission.GROUP_READ)
                || !ordinary.contains(PosixFilePermission.GROUP_READ), "not owner-only");

        Path kept = Files.writeString(dir.resolve("kept.out"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        w.write(kept);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        w.check(Files.readAllBytes(kept));
    }

    @Test
    void aRegularFileIsStillReplacedAtomically() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "old");
        Object inode = Files.getAttribute(f, "unix:ino");

        Writer.CSV.write(f);

        assertTrue(!inode.equals(Files.getAttribute(f, "unix:ino")), "a new file moved over the old one");
        Writer.CSV.check(Files.readAllBytes(f));
        assertEquals(List.of("a.csv"), names(dir));
    }
}
