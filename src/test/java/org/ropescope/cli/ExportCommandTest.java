package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.AppInfo;
import org.ropescope.math.RopeConfig;

/** The headless command as a script sees it: exit status, standard output, standard error, files. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertBadUsage(String expectedLine, String... args) throws IOException {
        CliRun r = run(args);
        assertEquals(2, r.status(), r.err());
        assertEquals(expectedLine + System.lineSeparator(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of(), files(), "nothing written");
    }

    @Test
    void writesEveryFormatAndPrintsTheSummaryInFullPrecision() throws IOException {
        Path png = dir.resolve("p.png");
        CliRun r = run("--base", "10000", "--dim", "128", "--orig", "4096", "--new", "16384",
                "--png", png.toString(), "--svg", dir.resolve("p.svg").toString(),
                "--pdf", dir.resolve("p.pdf").toString(), "--csv", dir.resolve("p.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        RopeConfig c = RopeConfig.DEFAULT;
        assertTrue(r.out().endsWith(System.lineSeparator()) && r.out().lines().count() == 1, r.out());
        String head = ExportDiagnosticsTest.beforeDiagnostics(r.out());
        assertEquals("s=4.0 lambda=" + c.lambda() + " new_base=" + c.newBase(), head);
        assertEquals("s=4.0 lambda=4.088994243248622 new_base=40889.94243248622", head);
        assertEquals(List.of("p.csv", "p.pdf", "p.png", "p.svg"), files());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
        assertEquals(65, Files.readAllLines(dir.resolve("p.csv")).size());
        assertTrue(Files.readString(dir.resolve("p.svg"), StandardCharsets.UTF_8).contains("Original RoPE"));
    }

    @Test
    void takesTheWindowsSuffixesAndTheRequestedSize() throws IOException {
        Path png = dir.resolve("p.png");
        CliRun r = run("--base", "500k", "--orig", "8k", "--new", "128k", "--width", "640", "--height", "400",
                "--png", png.toString(), "--csv", dir.resolve("p.csv").toString());
        assertEquals(0, r.status(), r.err());
        RopeConfig c = RopeConfig.of(500000, 128, 8192, 131072);
        assertEquals("s=16.0 lambda=" + c.lambda() + " new_base=" + c.newBase(), ExportDiagnosticsTest.beforeDiagnostics(r.out()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
    }

    @Test
    void badValuesNameTheOptionAndWhatIsAllowed() throws IOException {
        String png = dir.resolve("p.png").toString();
        assertBadUsage("--dim must be an even integer from 4 to 8192, got 3", "--dim", "3", "--png", png);
        assertBadUsage("--base must be a number greater than 1 and at most 1e10, got 0.5", "--base", "0.5", "--png", png);
        assertBadUsage("--new must be a whole number of tokens from 1 to 100,000,000 (1e8), got 'abc'",
                "--new", "abc", "--png", png);
        assertBadUsage("--new must be at least --orig (4,096), got 1,024", "--new", "1k", "--png", png);
        assertBadUsage("--width must be a whole number of pixels from 100 to 16000, got 12", "--width", "12",
                "--png", png);
        assertBadUsage("Unknown option: '--colour' (see --help)", "--colour", "--png", png);
    }

    @Test
    void noOutputOptionIsAnError() throws IOException {
        assertBadUsage("no output: give at least one of --png, --svg, --pdf, --csv, --decay-csv FILE", "--dim", "64");
    }

    @Test
    void aMissingFolderExitsOneNamingTheFileAndLeavesNothing() throws IOException {
        Path target = dir.resolve("no-such-folder/p.png");
        CliRun r = run("--png", target.toString());
        assertEquals(1, r.status());
        assertEquals("cannot write " + target + ": the folder does not exist" + System.lineSeparator(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of(), files());
    }

    @Test
    void aFolderNobodyCanWriteToExitsOneAndLeavesTheOldFileAlone() throws IOException {
        // tests run as root, who may write into a read-only folder; a "folder" that is a regular
        // file cannot be written by anyone, root included
        Path notAFolder = Files.writeString(dir.resolve("periods.csv"), "old table");
        Path target = notAFolder.resolve("p.csv");
        CliRun r = run("--csv", target.toString());
        assertEquals(1, r.status());
        assertEquals("cannot write " + target + ": a part of the path is a file, not a folder" + System.lineSeparator(),
                r.err());
        assertEquals(List.of("periods.csv"), files());
        assertEquals("old table", Files.readString(notAFolder));
    }

    @Test
    void helpListsEveryOptionWithItsDefaultAndVersionPrintsTheVersion() {
        CliRun help = run("--help");
        assertEquals(0, help.status());
        for (String s : new String[] {"--base", "Default: 10000", "--dim", "Default: 128", "--orig", "Default: 4k",
                "--new", "Default: 16k", "--width", "Default: 1600", "--height", "Default: 1000", "--png", "--svg",
                "--pdf", "--csv", "--version"}) {
            assertTrue(help.out().contains(s), "help lacks " + s + ":\n" + help.out());
        }
        CliRun version = run("--version");
        assertEquals(0, version.status());
        assertEquals(AppInfo.NAME + " " + AppInfo.version(), version.out().strip());
        assertFalse(AppInfo.version().equals("unknown"));
    }

    @Test
    void theLauncherRunsExportWithoutDisplayAndWithoutLoadingJavaFx() throws Exception {
        Path png = dir.resolve("p.png");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "org.ropescope.Launcher",
                "export", "--png", png.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output.lines().filter(l -> !l.startsWith("[")).toList().toString());
        List<String> fx = output.lines().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.")).toList();
        assertEquals(List.of(), fx, "JavaFX classes loaded on the headless path");
        assertTrue(output.lines().anyMatch(l -> l.startsWith("s=4.0 lambda=")), "summary line");
        assertEquals(1600, ImageIO.read(png.toFile()).getWidth());
    }
}
