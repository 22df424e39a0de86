package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.ChartTheme;
import org.ropescope.chart.EquationTex;
import org.ropescope.chart.EquationTitle;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.session.LectureStep;
import org.ropescope.session.Session;
import org.ropescope.session.SessionFile;
import org.ropescope.session.ViewState;

/** export's classroom options: slides rebuilt by a script (issue 13). */
class ExportClassroomTest {

    @TempDir
    Path dir;

    @Test
    void shortcutAddsTheLambdaEqualsSColumnFromItsFormula() throws Exception {
        Path csv = dir.resolve("p.csv");
        CliRun r = CliRun.of("--shortcut", "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith(",period_base_scaled,period_lambda_equals_s"), lines.get(0));
        for (int i : new int[] {0, 31, 63}) {
            String[] cells = lines.get(i + 1).split(",");
            double expected = 2 * Math.PI * Math.pow(4 * 10000.0, 2.0 * i / 128); // 2 pi (s b)^(2i/d)
            assertEquals(expected, Double.parseDouble(cells[cells.length - 1]), expected * 1e-15, "pair " + i);
        }
    }

    @Test
    void darkAndPresentationDrawInThoseThemesAndTheNewChartsExist() throws Exception {
        Path dark = dir.resolve("dark.png");
        assertEquals(0, CliRun.of("--dark", "--png", dark.toString(), "--width", "800", "--height", "500")
                .status());
        assertEquals(ChartTheme.DARK.background(), new Color(ImageIO.read(dark.toFile()).getRGB(2, 2)));
        Path black = dir.resolve("black.png");
        assertEquals(0, CliRun.of("--dark", "--presentation", "--chart", "ratio", "--png", black.toString())
                .status());
        assertEquals(Color.BLACK, new Color(ImageIO.read(black.toFile()).getRGB(2, 2)));
        Path rotation = dir.resolve("rotation.svg");
        CliRun r = CliRun.of("--chart", "rotation", "--method", "yarn", "--svg", rotation.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(rotation).contains("YaRN"));
        CliRun bad = CliRun.of("--chart", "pie", "--png", dir.resolve("x.png").toString());
        assertEquals(2, bad.status());
        assertEquals("--chart must be periods, stretch, ratio, rotation, decay or angles, got 'pie'\n", bad.err());
    }

    @Test
    void equationPutsTheTypesetDerivationUnderTheChart() {
        ClassroomOptions options = new ClassroomOptions();
        MethodTable all = MethodTable.of(ScalingContext.DEFAULT, ScalingMethod.bookMethods());
        JFreeChart plain = options.chart("periods", all, List.of(), ChartTheme.LIGHT, false);
        options.equation = true;
        JFreeChart slide = options.chart("periods", all, List.of(), ChartTheme.LIGHT, false);
        EquationTitle eq = (EquationTitle) slide.getSubtitles().stream().filter(t -> t instanceof EquationTitle)
                .findFirst().orElseThrow();
        assertEquals(EquationTex.of(RopeConfig.DEFAULT, false), eq.latex());
        ChartRenderingInfo a = new ChartRenderingInfo();
        ChartRenderingInfo b = new ChartRenderingInfo();
        plain.createBufferedImage(1920, 1080, a);
        BufferedImage img = slide.createBufferedImage(1920, 1080, b);
        double room = a.getPlotInfo().getDataArea().getHeight() - b.getPlotInfo().getDataArea().getHeight();
        assertTrue(room > 100, "the derivation takes " + room + " px under the plot");
        assertEquals(1080, img.getHeight());
    }

    @Test
    void sessionAndStepTakeTheInputsMethodsAndViewOptionsOverride() throws Exception {
        Path file = dir.resolve("lecture.ropescope");
        LectureStep twice = new LectureStep("twice", RopeConfig.of(10000, 128, 2000, 4000), MethodSelection.book(),
                new ViewState(true, "ratioTab", -1, false));
        SessionFile.write(file, new Session(RopeConfig.of(10000, 64, 2000, 8000), "light", MethodSelection.book(),
                ViewState.DEFAULT, List.of(twice)));
        Path csv = dir.resolve("s.csv");
        CliRun r = CliRun.of("--session", file.toString(), "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(33, Files.readAllLines(csv).size(), "d = 64: 32 pairs and the header");
        assertTrue(r.out().startsWith("s=4.0 "), r.out());

        r = CliRun.of("--session", file.toString(), "--step", "1", "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("s=2.0 "), r.out());
        assertTrue(Files.readAllLines(csv).get(0).endsWith(",period_lambda_equals_s"), "the step's lambda = s");

        r = CliRun.of("--session", file.toString(), "--step", "1", "--new", "8000", "--csv", csv.toString());
        assertTrue(r.out().startsWith("s=4.0 "), "an option given overrides the step: " + r.out());

        CliRun bad = CliRun.of("--session", file.toString(), "--step", "3", "--csv", csv.toString());
        assertEquals(2, bad.status());
        assertEquals("--step must be a step of lecture.ropescope, 1 to 1, got '3'\n", bad.err());
        bad = CliRun.of("--step", "1", "--csv", csv.toString());
        assertEquals("--step needs --session FILE\n", bad.err());
        bad = CliRun.of("--session", dir.resolve("none.ropescope").toString(), "--csv", csv.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("--session: ") && bad.err().lines().count() == 1, bad.err());
    }
}
