package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ropescope.testing.PaperSums.decay;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.Yarn;

/** {@code --decay-csv}, {@code --chart decay|angles} and the summary's diagnostics, against the papers' formulas. */
class ExportDiagnosticsTest {

    private static final Pattern FIELDS = Pattern.compile(
            " critical_pairs=(\\d+) extrapolation_bound=(\\S+) base_lower_bound=(\\S+)$");

    @TempDir
    Path dir;

    /** The summary line without the diagnostics fields, for the tests that check what comes before them. */
    static String beforeDiagnostics(String out) {
        String line = out.strip();
        Matcher m = FIELDS.matcher(line);
        assertTrue(m.find(), "the summary ends with the diagnostics fields: " + line);
        return line.substring(0, m.start());
    }

    @Test
    void theSummaryEndsWithCriticalPairsTheExtrapolationBoundAndTheBaseBound() {
        CliRun r = CliRun.of("--csv", dir.resolve("p.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        Matcher m = FIELDS.matcher(r.out().strip());
        assertTrue(m.find(), r.out());
        assertEquals("46", m.group(1));
        double lambdaB = 10_000 * Math.pow(4, 128.0 / 126); // base scaling, lambda = s^(d/(d-2))
        assertEquals(2 * Math.PI * Math.pow(lambdaB, 92.0 / 128), Double.parseDouble(m.group(2)), 1e-9);
        double bound = Double.parseDouble(m.group(3));
        assertEquals(2.34e5, bound, 0.01 * 2.34e5);
        for (int delta = 0; delta <= 16_384; delta++) {
            assertTrue(decay(bound, 128, delta) >= 0, "B < 0 at " + delta);
        }
    }

    @Test
    void outsideTheExactRangeTheBoundIsNotComputedAndStandardErrorSaysWhy() {
        CliRun r = CliRun.of("--new", "2M", "--csv", dir.resolve("p.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().strip().endsWith(" base_lower_bound=not_computed"), r.out());
        assertEquals("base_lower_bound not computed: the base bound is computed exactly for contexts up to 1,048,576"
                + " tokens; L = 2,097,152 here" + System.lineSeparator(), r.err());
        CliRun wide = CliRun.of("--dim", "512", "--csv", dir.resolve("q.csv").toString());
        assertTrue(wide.err().contains("rotated dimension up to 256; d = 512 here"), wide.err());
    }

    @Test
    void theDecayCsvHasEveryDistanceUpToMAndTheThreeCurvesAndEachMethod() throws IOException {
        Path csv = dir.resolve("decay.csv");
        CliRun r = CliRun.of("--method", "yarn", "--decay-csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("distance,decay_original,decay_interpolated,decay_base_scaled,decay_yarn", lines.get(0));
        assertEquals(16_385 + 1, lines.size());
        double lambdaB = 10_000 * Math.pow(4, 128.0 / 126);
        double[] yarn = Yarn.of(4).evaluate(ScalingContext.DEFAULT).invFreqs();
        for (int delta : new int[] {0, 1, 2, 100, 1707, 4096, 9999, 16_384}) {
            String[] row = lines.get(delta + 1).split(",");
            assertEquals(Integer.toString(delta), row[0]);
            assertEquals(decay(10_000, 128, delta), Double.parseDouble(row[1]), 1e-12, "original at " + delta);
            assertEquals(decay(10_000, 128, delta / 4.0), Double.parseDouble(row[2]), 1e-12, "PI at " + delta);
            assertEquals(decay(lambdaB, 128, delta), Double.parseDouble(row[3]), 1e-12, "base scaling at " + delta);
            double y = 0;
            for (double t : yarn) {
                y += Math.cos(delta * t);
            }
            assertEquals(y / 64, Double.parseDouble(row[4]), 1e-12, "yarn at " + delta);
        }
        assertEquals("1.0", lines.get(1).split(",")[1]);
    }

    @Test
    void aLongContextKeepsEveryDistanceUpTo4096AndEndsAtM() throws IOException {
        Path csv = dir.resolve("decay.csv");
        assertEquals(0, CliRun.of("--new", "100000000", "--decay-csv", csv.toString()).status());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.size() - 1 <= 100_001, "rows " + (lines.size() - 1));
        long previous = -1;
        for (int k = 1; k < lines.size(); k++) {
            long delta = Long.parseLong(lines.get(k).substring(0, lines.get(k).indexOf(',')));
            assertTrue(delta > previous, "rising at row " + k);
            if (k <= 4097) {
                assertEquals(k - 1, delta);
            }
            previous = delta;
        }
        assertEquals(100_000_000L, previous);
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(decay(10_000, 128, 1e8), Double.parseDouble(last[1]), 1e-7);
    }

    @Test
    void theDecayAndAnglesChartsAreDrawnToEveryFormat() throws IOException {
        for (String kind : new String[] {"decay", "angles"}) {
            Path png = dir.resolve(kind + ".png");
            Path svg = dir.resolve(kind + ".svg");
            CliRun r = CliRun.of("--chart", kind, "--png", png.toString(), "--svg", svg.toString(), "--pdf",
                    dir.resolve(kind + ".pdf").toString(), "--width", "900", "--height", "600");
            assertEquals(0, r.status(), r.err());
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(900, img.getWidth());
            assertTrue(Files.size(dir.resolve(kind + ".pdf")) > 1000);
            String text = Files.readString(svg);
            if (kind.equals("decay")) {
                assertTrue(text.contains("Long-term decay"), "title");
                assertTrue(text.contains("original RoPE Δ = 1,707"), "the first distance below zero is listed");
            } else {
                assertTrue(text.contains("46 of 64 pairs turn within m_l = 4,096: critical dimension 92 (Liu et al. 2024)"),
                        "critical pairs in the subtitle");
            }
        }
        // the original model first drops below zero at 1,707: checked against the paper's sum
        assertTrue(decay(10_000, 128, 1707) < 0);
        for (int delta = 0; delta < 1707; delta++) {
            assertTrue(decay(10_000, 128, delta) >= 0, "at " + delta);
        }
    }

    @Test
    void anUnknownChartIsRefusedNamingTheChoices() {
        CliRun r = CliRun.of("--chart", "decays", "--png", dir.resolve("x.png").toString());
        assertEquals(2, r.status());
        assertEquals("--chart must be periods, stretch, ratio, rotation, decay or angles, got 'decays'" + System.lineSeparator(),
                r.err());
    }
}
