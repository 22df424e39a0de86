package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.testing.Folder;

/** {@code -} as standard output, and the command's files written through links and into devices. */
class ExportStandardOutputTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        return Folder.names(dir);
    }

    @Test
    void csvDashIsTheTableOnStandardOutputAndTheSummaryGoesToStandardError() throws IOException {
        CliRun r = CliRun.run(true, "--csv", "-");

        assertEquals(0, r.status(), r.err());
        List<String> lines = r.stdoutText().lines().toList();
        assertEquals("i,theta,period_original,period_interpolated,period_base_scaled", lines.get(0));
        assertEquals(65, lines.size(), "a header and 64 pairs");
        assertTrue(lines.get(1).startsWith("0,1.0,6.283185307179586,25.132741228718345,"), lines.get(1));
        assertEquals("", r.out(), "nothing else on standard output");
        assertTrue(r.err().startsWith("s=4.0 lambda="), r.err());
        assertEquals(List.of(), names());
    }

    @Test
    void pngDashGoesToAPipeButNotToATerminal() throws IOException {
        CliRun piped = CliRun.run(false, "--png", "-", "--width", "320", "--height", "200");
        assertEquals(0, piped.status(), piped.err());
        var image = ImageIO.read(new ByteArrayInputStream(piped.stdout()));
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());

        CliRun terminal = CliRun.run(true, "--png", "-", "--csv", dir.resolve("t.csv").toString());
        assertEquals(2, terminal.status());
        assertEquals("--png -: standard output is a terminal; redirect it (> file) or pipe it, or give a file name",
                terminal.err().strip());
        assertEquals(0, terminal.stdout().length);
        assertEquals(List.of(), names(), "no file written either");
    }

    @Test
    void devStdoutIsStandardOutputToo() {
        CliRun r = CliRun.run(true, "--svg", "/dev/stdout");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.stdoutText().startsWith("<?xml"), "the SVG on standard output");
        assertTrue(r.err().startsWith("s=4.0 "), "the summary moved out of its way: " + r.err());
    }

    @Test
    void onlyOneOutputCanBeStandardOutput() {
        CliRun r = CliRun.run(false, "--csv", "-", "--svg", "-");
        assertEquals(2, r.status());
        assertEquals("--svg - and --csv -: only one output can go to standard output", r.err().strip());
    }

    @Test
    void aFileCalledDashIsWrittenAsDotSlashDash() throws IOException {
        Path dash = dir.resolve("-");
        CliRun r = CliRun.run(true, "--csv", dash.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(dash).startsWith("i,theta,"));
        assertTrue(r.out().startsWith("s=4.0 "), "the summary stays on standard output");
    }

    @Test
    void discardingToADeviceLeavesTheDeviceAndWritesTheOtherFile() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mknod needs root");
        Path device = dir.resolve("null");
        Process p = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mknod");
        Path png = dir.resolve("out.png");

        CliRun r = CliRun.of("--png", png.toString(), "--csv", device.toString());

        assertEquals(0, r.status(), r.err());
        assertEquals(0020000, ((Integer) Files.getAttribute(device, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000);
        assertTrue(Files.size(png) > 1000);
        assertEquals(List.of("null", "out.png"), names());
    }

    @Test
    void aLinkedCsvKeepsItsLink() throws IOException {
        Path real = Files.writeString(dir.resolve("managed.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());

        CliRun r = CliRun.of("--csv", link.toString());

        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("i,theta,"));
        assertEquals(List.of("link.csv", "managed.csv"), names());
    }

    @Test
    void schemesWritesItsTableToStandardOutputAndItsSlopesToStandardError() throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int status = SchemesCommand.run(new String[] {"--heads", "2", "--orig", "16", "--new", "32", "--csv", "-"},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err), bytes, false);

        assertEquals(0, status, err.toString());
        List<String> lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals("distance,rope_decay,sinusoidal,t5_bucket,alibi_h1,alibi_h2", lines.get(0));
        assertEquals(34, lines.size(), "a header and the distances 0 to 32");
        assertEquals("", out.toString());
        assertEquals("alibi_slopes=0.0625,0.00390625", err.toString().strip());
        assertEquals(List.of(), names());

        java.io.StringWriter err2 = new java.io.StringWriter();
        int refused = SchemesCommand.run(new String[] {"--pdf", "-"}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err2), new java.io.ByteArrayOutputStream(), true);
        assertEquals(2, refused);
        assertTrue(err2.toString().startsWith("--pdf -: standard output is a terminal"), err2.toString());
    }
}
