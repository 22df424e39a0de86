package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.math.schemes.SchemeReferences;

/** {@code schemes} as a script sees it: the slopes it prints, the CSV's numbers, the charts, the bad inputs. */
class SchemesCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SchemesCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void defaultsPrintEightSlopesAndWriteEveryDistanceTo16k() throws IOException {
        Path csv = dir.resolve("s.csv");
        CliRun r = run("--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals("alibi_slopes=0.5,0.25,0.125,0.0625,0.03125,0.015625,0.0078125,0.00390625", r.out().strip());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("distance,rope_decay,sinusoidal,t5_bucket,alibi_h1,alibi_h2,alibi_h3,alibi_h4,alibi_h5,alibi_h6,"
                + "alibi_h7,alibi_h8", lines.get(0));
        assertEquals(16_385 + 1, lines.size()); // 0 to 16,384
        assertEquals("0,1.0,1.0,0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0", lines.get(1));
        for (int d : new int[] {1, 15, 16, 32, 100, 112, 113, 4096, 12_345, 16_384}) {
            String[] row = lines.get(d + 1).split(",");
            assertEquals(Integer.toString(d), row[0]);
            assertEquals(SchemeReferences.ropeDecay(10_000, 128, d), Double.parseDouble(row[1]), 1e-12, "rope " + d);
            assertEquals(SchemeReferences.ropeDecay(10_000, 512, d), Double.parseDouble(row[2]), 1e-12, "sin " + d);
            assertEquals(SchemeReferences.relativePositionBucket(-d, false, 32, 128), Long.parseLong(row[3]), "t5 " + d);
            assertEquals(-0.5 * d, Double.parseDouble(row[4]), 0.0);
            assertEquals(-0.00390625 * d, Double.parseDouble(row[11]), 0.0);
        }
    }

    /** The slopes printed are the reference code's for a head count that is not a power of two. */
    @Test
    void twelveHeadsBidirectionalT5AndAnotherRope() throws IOException {
        Path csv = dir.resolve("s.csv");
        CliRun r = run("--heads", "12", "--t5-buckets", "64", "--t5-max-distance", "1000", "--t5-bidirectional",
                "--d-model", "64", "--base", "500000", "--dim", "64", "--orig", "1000", "--new", "3000",
                "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        List<Double> ref = SchemeReferences.getSlopes(12);
        StringBuilder expected = new StringBuilder("alibi_slopes=");
        for (int k = 0; k < 12; k++) {
            expected.append(k == 0 ? "" : ",").append(ref.get(k));
        }
        assertEquals(expected.toString(), r.out().strip());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3002, lines.size());
        assertTrue(lines.get(0).endsWith(",alibi_h11,alibi_h12"));
        for (int d = 0; d <= 3000; d += 7) {
            String[] row = lines.get(d + 1).split(",");
            assertEquals(SchemeReferences.relativePositionBucket(-d, true, 64, 1000), Long.parseLong(row[3]));
            assertEquals(SchemeReferences.ropeDecay(500_000, 64, d), Double.parseDouble(row[1]), 1e-12);
            assertEquals(SchemeReferences.ropeDecay(10_000, 64, d), Double.parseDouble(row[2]), 1e-12);
            assertEquals(0.0 - ref.get(8) * d, Double.parseDouble(row[12]), 0.0); // head 9: sqrt(1/2)
        }
    }

    @Test
    void aLongContextHas100001RisingRowsEndingAtM() throws IOException {
        Path csv = dir.resolve("s.csv");
        CliRun r = run("--heads", "1", "--orig", "128k", "--new", "1M", "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("alibi_slopes=0.00390625", r.out().strip());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(100_002, lines.size());
        long prev = -1;
        for (int k = 1; k < lines.size(); k++) {
            long d = Long.parseLong(lines.get(k).substring(0, lines.get(k).indexOf(',')));
            assertTrue(d > prev);
            if (k <= 4097) {
                assertEquals(k - 1, d);
            }
            prev = d;
        }
        assertEquals(1_048_576, prev);
        assertTrue(lines.get(lines.size() - 1).endsWith(",31," + (0.0 - 0.00390625 * 1_048_576)));
    }

    @Test
    void writesTheChartInEveryFormat() throws IOException {
        Path png = dir.resolve("s.png");
        CliRun r = run("--heads", "32", "--orig", "2k", "--png", png.toString(), "--svg", dir.resolve("s.svg").toString(),
                "--pdf", dir.resolve("s.pdf").toString(), "--width", "900", "--height", "700");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("s.pdf", "s.png", "s.svg"), files());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(700, img.getHeight());
        String svg = Files.readString(dir.resolve("s.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("ALiBi bias") && svg.contains("T5 bucket") && svg.contains("head 32"));
        assertTrue(svg.contains("from Δ = 113 one bucket") && svg.contains("0 new buckets"));
        assertTrue(Files.readString(dir.resolve("s.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--heads|0|--heads must be a whole number from 1 to 1024, got 0",
        "--heads|1025|--heads must be a whole number from 1 to 1024, got 1025",
        "--heads|2.5|--heads must be a whole number from 1 to 1024, got 2.5",
        "--t5-buckets|5|--t5-buckets must be an even whole number from 4 to 1024, got 5",
        "--t5-buckets|2|--t5-buckets must be an even whole number from 4 to 1024, got 2",
        "--t5-buckets|1026|--t5-buckets must be an even whole number from 4 to 1024, got 1026",
        "--t5-max-distance|16|--t5-max-distance must be a whole number above the 16 exact buckets (32 buckets, causal) "
                + "and at most 100,000,000 (1e8), got 16",
        "--t5-max-distance|100000001|--t5-max-distance must be a whole number above the 16 exact buckets (32 buckets, "
                + "causal) and at most 100,000,000 (1e8), got 100000001",
        "--t5-max-distance|far|--t5-max-distance must be a whole number above the 16 exact buckets (32 buckets, "
                + "causal) and at most 100,000,000 (1e8), got 'far'",
        "--d-model|511|--d-model must be an even whole number from 4 to 8192, got 511",
        "--d-model|8194|--d-model must be an even whole number from 4 to 8192, got 8194",
        "--d-model|2|--d-model must be an even whole number from 4 to 8192, got 2",
        "--new|1k|--new must be at least --orig (4,096), got 1,024",
        "--show-heads|9|--show-heads must be all, or head numbers from 1 to 8 such as 1-4,8, got '9'",
        "--width|50|--width must be a whole number of pixels from 100 to 16000, got 50"})
    void badValuesExitTwoWithOneLineAndNoFile(String option, String value, String message) throws IOException {
        CliRun r = run(option, value, "--csv", dir.resolve("s.csv").toString(), "--png", dir.resolve("s.png").toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(message + System.lineSeparator(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of(), files());
    }

    @Test
    void showHeadsChoosesTheChartsHeadsAndKeepsEveryHeadInTheTable() throws IOException {
        Path svg = dir.resolve("s.svg");
        Path csv = dir.resolve("s.csv");
        CliRun r = run("--heads", "32", "--show-heads", "1,32", "--svg", svg.toString(), "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("head 1") && text.contains("head 32") && !text.contains("head 2<"), "legend");
        assertTrue(Files.readAllLines(csv).get(0).endsWith(",alibi_h31,alibi_h32"));
    }

    @Test
    void theBidirectionalRuleCountsEightExactBuckets() throws IOException {
        CliRun r = run("--t5-bidirectional", "--t5-max-distance", "8", "--csv", dir.resolve("s.csv").toString());
        assertEquals(2, r.status());
        assertEquals("--t5-max-distance must be a whole number above the 8 exact buckets (32 buckets, bidirectional) "
                + "and at most 100,000,000 (1e8), got 8", r.err().strip());
        assertEquals(0, run("--t5-bidirectional", "--t5-max-distance", "9", "--csv", dir.resolve("s.csv").toString())
                .status());
    }

    @Test
    void noOutputAndUnknownOptionsAreUsageErrors() throws IOException {
        CliRun none = run("--heads", "4");
        assertEquals(2, none.status());
        assertEquals("no output: give at least one of --csv, --png, --svg, --pdf FILE", none.err().strip());
        CliRun unknown = run("--bogus", "--csv", dir.resolve("s.csv").toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("Unknown option: '--bogus'"), unknown.err());
        assertEquals(List.of(), files());
    }

    @Test
    void anUnwritableFileExitsOneNamingIt() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("s.csv");
        CliRun r = run("--csv", missing.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("s.csv"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void theLauncherRunsSchemesHeadlessWithNoJavaFxClass() throws Exception {
        Path csv = dir.resolve("s.csv");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "org.ropescope.Launcher", "schemes",
                "--heads", "2", "--csv", csv.toString()).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals(List.of(), lines.stream().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx."))
                .toList());
        assertTrue(lines.contains("alibi_slopes=0.0625,0.00390625"), "the slopes line");
        assertEquals(16_386, Files.readAllLines(csv).size());
    }
}
