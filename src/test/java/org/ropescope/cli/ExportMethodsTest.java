package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.Yarn;
import org.ropescope.testing.Book;

/** {@code export --method}, its parameters, {@code --hf-config} and {@code --chart}: files, columns, lines. */
class ExportMethodsTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ExportMethodsTest.class.getResource("/org/ropescope/hfconfig/" + name).toURI()).toString();
    }

    private static double[] column(List<String> lines, int col) {
        return lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[col])).toArray();
    }

    @Test
    void methodColumnsFollowTheFiveColumnsInOrderWithTheMathLayersValues() throws IOException {
        Path csv = dir.resolve("m.csv");
        CliRun r = run("--orig", "4k", "--new", "16k", "--method", "yarn,llama3", "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("i,theta,period_original,period_interpolated,period_base_scaled,period_yarn,period_llama3",
                lines.get(0));
        assertEquals(65, lines.size());
        ScalingContext ctx = ScalingContext.DEFAULT;
        ScaledFrequencies yarn = Yarn.followingContext().evaluate(ctx);
        ScaledFrequencies llama = Llama3.followingContext().evaluate(ctx);
        MethodTable book = Book.table(RopeConfig.DEFAULT);
        double[] y = column(lines, 5);
        double[] l = column(lines, 6);
        for (int i = 0; i < 64; i++) {
            assertEquals(yarn.period(i), y[i], 0.0, "yarn pair " + i);
            assertEquals(llama.period(i), l[i], 0.0, "llama3 pair " + i);
            assertEquals(book.first(MethodKind.NTK).period(i), column(lines, 4)[i], 0.0);
        }
        assertEquals("s=4.0 lambda=4.088994243248622 new_base=40889.94243248622 attention_factor="
                + yarn.attentionFactor().getAsDouble(), ExportDiagnosticsTest.beforeDiagnostics(r.out()));
        assertEquals(0.1 * Math.log(4) + 1, yarn.attentionFactor().getAsDouble(), 1e-15);
    }

    @Test
    void parametersReachTheirMethods() throws IOException {
        Path csv = dir.resolve("m.csv");
        CliRun r = run("--base", "500k", "--orig", "8k", "--new", "128k", "--method", "llama3,linear,dynamic",
                "--factor", "8", "--low-freq-factor", "2", "--high-freq-factor", "8", "--seq-len", "64k",
                "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(HEADER5 + ",period_llama3,period_linear,period_dynamic", lines.get(0));
        ScalingContext ctx = new ScalingContext(500_000, 128, 1, 8192, 131_072);
        ScaledFrequencies llama = Llama3.of(8, 2, 8).evaluate(ctx);
        double expectedDynamicBase = 500_000 * Math.pow(8.0 * 65536 / 8192 - 7, 128.0 / 126);
        for (int i = 0; i < 64; i++) {
            assertEquals(llama.period(i), column(lines, 5)[i], 0.0);
            assertEquals(8 * 2 * Math.PI * Math.pow(500_000, 2.0 * i / 128), column(lines, 6)[i],
                    1e-12 * column(lines, 6)[i]);
            assertEquals(2 * Math.PI * Math.pow(expectedDynamicBase, 2.0 * i / 128), column(lines, 7)[i],
                    1e-12 * column(lines, 7)[i]);
        }
        assertEquals(false, r.out().contains("attention_factor"), "no method here has one");
    }

    private static final String HEADER5 = "i,theta,period_original,period_interpolated,period_base_scaled";

    @Test
    void noMethodKeepsTheFiveColumns() throws IOException {
        Path csv = dir.resolve("m.csv");
        assertEquals(0, run("--csv", csv.toString()).status());
        assertEquals(HEADER5, Files.readAllLines(csv).get(0));
    }

    @Test
    void hfConfigSetsTheContextAndTheMethod() throws Exception {
        Path csv = dir.resolve("llama.csv");
        CliRun r = run("--hf-config", resource("llama3_rope_scaling.json"), "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        // m_l = original 8192; m = max(131072, 8192 * 8) = 131072; b = 500000; d = 4096 / 32
        RopeConfig c = RopeConfig.of(500_000, 128, 8192, 131_072);
        assertEquals("s=16.0 lambda=" + c.lambda() + " new_base=" + c.newBase() + " factor_llama3=8.0",
                ExportDiagnosticsTest.beforeDiagnostics(r.out()),
                "llama3 stretches by its own factor 8, not s = 16: the summary says so");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(HEADER5 + ",period_llama3", lines.get(0));
        ScaledFrequencies llama = Llama3.of(8, 1, 4).evaluate(ScalingContext.of(c));
        assertEquals(llama.period(40), column(lines, 5)[40], 0.0);
        assertEquals(8 * 2 * Math.PI * Math.pow(500_000, 126.0 / 128), column(lines, 5)[63], 1e-6);
    }

    @Test
    void hfConfigYarnPrintsItsAttentionFactorAndTargetsOriginalTimesFactor() throws Exception {
        CliRun r = run("--hf-config", resource("yarn_rope_scaling.json"), "--csv", dir.resolve("y.csv").toString());
        assertEquals(0, r.status(), r.err());
        // Qwen2.5: max 32768 = original; m = 32768 * 4
        RopeConfig c = RopeConfig.of(1e6, 128, 32768, 131072);
        assertEquals("s=4.0 lambda=" + c.lambda() + " new_base=" + c.newBase() + " attention_factor="
                + (0.1 * Math.log(4) + 1), ExportDiagnosticsTest.beforeDiagnostics(r.out()));
    }

    @Test
    void hfConfigPartialRotaryListsOnlyTheRotatingPairs() throws Exception {
        Path csv = dir.resolve("neox.csv");
        CliRun r = run("--hf-config", resource("gpt_neox_20b.json"), "--csv", csv.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 12, lines.size(), "96 * 0.25 = 24 rotating dims, 12 pairs");
        assertEquals(2 * Math.PI * Math.pow(10_000, 2.0 * 11 / 24), column(lines, 2)[11], 1e-9);
    }

    @Test
    void optionsGivenAlongsideTheFileOverrideIt() throws Exception {
        CliRun r = run("--hf-config", resource("llama3_rope_scaling.json"), "--new", "256k", "--factor", "16",
                "--csv", dir.resolve("o.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("s=32.0 "), r.out());
        List<String> lines = Files.readAllLines(dir.resolve("o.csv"));
        ScaledFrequencies llama = Llama3.of(16, 1, 4).evaluate(new ScalingContext(500_000, 128, 1, 8192, 262_144));
        assertEquals(llama.period(63), column(lines, 5)[63], 0.0);
    }

    @Test
    void aFileWithProblemsLoadsWhatItCanAndSaysWhatItSkipped() throws Exception {
        CliRun r = run("--hf-config", resource("broken_strings_for_numbers.json"), "--csv",
                dir.resolve("b.csv").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("--hf-config: rope_theta must be a number, got the string \"500000.0\"; not loaded",
                "--hf-config: rope_scaling.factor must be a number, got the string \"8.0\"; not loaded"),
                r.err().lines().toList());
    }

    @Test
    void stretchChartWritesAPng() throws IOException {
        Path png = dir.resolve("s.png");
        CliRun r = run("--method", "yarn,llama3", "--chart", "stretch", "--png", png.toString(), "--width", "900",
                "--height", "600");
        assertEquals(0, r.status(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(600, img.getHeight());
        Path svg = dir.resolve("s.svg");
        assertEquals(0, run("--method", "yarn", "--chart", "stretch", "--svg", svg.toString()).status());
        String text = Files.readString(svg);
        assertTrue(text.contains("Stretch of each pair"), "the stretch chart's title");
        assertTrue(text.contains("YaRN ramp"), "the ramp's bounds are marked");
    }

    @Test
    void layerTypeAndMethodsBuiltFromDefaultsAreSaid(@TempDir Path dir) throws Exception {
        String gemma = resource("corpus/gemma3_27b_it.json");
        CliRun local = run("--hf-config", gemma, "--layer-type", "sliding_attention", "--csv",
                dir.resolve("g.csv").toString());
        assertEquals(0, local.status(), local.err());
        assertTrue(local.err().contains("showing sliding_attention (rope_local_base_freq 10000, unscaled)"), local.err());
        assertTrue(local.out().startsWith("s=1.0 lambda=1.0 new_base=10000.0"), local.out());
        CliRun yarn = run("--hf-config", resource("corpus/llama3_1_8b.json"), "--method", "yarn", "--csv",
                dir.resolve("y.csv").toString());
        assertEquals("--method yarn: llama3_1_8b.json has no yarn block; built from RoPEScope's defaults and the"
                + " options given", yarn.err().strip());
        CliRun bad = run("--hf-config", gemma, "--layer-type", "global", "--csv", dir.resolve("b.csv").toString());
        assertEquals(2, bad.status());
        assertEquals("--layer-type must be full_attention or sliding_attention (the kinds in gemma3_27b_it.json), got"
                + " 'global'", bad.err().strip());
        CliRun single = run("--hf-config", resource("corpus/llama3_1_8b.json"), "--layer-type", "sliding_attention",
                "--csv", dir.resolve("s.csv").toString());
        assertEquals("--hf-config: layer type \"sliding_attention\" was asked for, but every layer of this file turns"
                + " alike; showing them", single.err().strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--method foo | --method must be linear, ntk, dynamic, yarn, llama3 or longrope, got 'foo'",
        "--method yarn,yarn | --method lists yarn twice",
        "--method yarn --beta-fast 0 | --beta-fast (yarn) must be a finite number above 0, got 0",
        "--method yarn --beta-slow abc | --beta-slow must be a number, got 'abc'",
        "--method linear --factor 0 | --factor (linear) must be a number above 0 and at most 1e8, got 0",
        "--method llama3 --high-freq-factor 0 | --high-freq-factor (llama3) must be a finite number above 0, got 0",
        "--method dynamic --seq-len 0 | --seq-len must be a whole number of tokens from 1 to 100,000,000 (1e8), got '0'",
        "--partial-rotary-factor 1.5 | --partial-rotary-factor must be a number above 0 and at most 1, got 1.5",
        "--method longrope | --long-factor: longrope needs its long_factor and short_factor lists (one factor per pair); they come from a model's config.json",
        "--method longrope --long-factor 1,2 --short-factor 1,1 | --long-factor (longrope) must have 64 values (one per rotating pair, d/2 with d = 128), got 2",
        "--chart bars | --chart must be periods, stretch, ratio, rotation, decay or angles, got 'bars'",
    })
    void badValuesExitTwoWithOneLineNamingTheOption(String args, String expected) throws IOException {
        String[] a = (args.strip() + " --csv " + dir.resolve("x.csv")).split(" ");
        CliRun r = run(a);
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err().strip());
        assertEquals(1, r.err().lines().count());
        assertEquals(false, Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void aFileThatCannotBeReadExitsTwo() throws Exception {
        CliRun r = run("--hf-config", resource("broken_truncated.json"), "--csv", dir.resolve("x.csv").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("--hf-config: broken_truncated.json is not valid JSON"), r.err());
        assertEquals(1, r.err().lines().count());
        CliRun missing = run("--hf-config", dir.resolve("nope.json").toString(), "--csv",
                dir.resolve("x.csv").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("--hf-config: "), missing.err());
    }
}
