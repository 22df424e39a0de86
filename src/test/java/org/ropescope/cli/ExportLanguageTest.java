package org.ropescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * {@code --lang zh-CN}: the words drawn in the charts are Chinese (SVG text, PDF text); the command's own
 * summary, its CSV header and its messages stay English, word for word, for the scripts that read them.
 */
class ExportLanguageTest {

    @TempDir
    Path dir;

    private static CliRun schemes(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = SchemesCommand.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    @Test
    void chineseChartsButEnglishSummaryAndCsv() throws IOException {
        CliRun en = CliRun.of("--csv", dir.resolve("en.csv").toString(), "--svg", dir.resolve("en.svg").toString());
        CliRun zh = CliRun.of("--lang", "zh-CN", "--csv", dir.resolve("zh.csv").toString(), "--svg",
                dir.resolve("zh.svg").toString(), "--pdf", dir.resolve("zh.pdf").toString(), "--equation");
        assertEquals(0, zh.status(), zh.err());
        assertEquals(en.out(), zh.out(), "the summary line");
        assertEquals(Files.readString(dir.resolve("en.csv")), Files.readString(dir.resolve("zh.csv")));
        String svg = Files.readString(dir.resolve("zh.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("各维度对的 RoPE 周期") && svg.contains("原始 RoPE"), "the Chinese title and legend in the SVG");
        assertFalse(svg.contains("RoPE period of every dimension pair"));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(dir.resolve("zh.pdf")))) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
            // the typeset derivation is drawn as outlines, as in English; the chart's words are text
            for (String expected : new String[] {"各维度对的 RoPE 周期", "原始上下文长度", "位置插值（PI）"}) {
                assertTrue(text.contains(expected), "missing text: " + expected + " in\n" + text);
            }
        }
        assertEquals(Language.ENGLISH, Texts.language(), "the command speaks English again afterwards");
    }

    @Test
    void aLanguageItDoesNotSpeakIsOneLineNamingTheOption() {
        CliRun r = CliRun.of("--lang", "fr", "--csv", dir.resolve("x.csv").toString());
        assertEquals(2, r.status());
        assertEquals("--lang must be en|zh-CN, got 'fr'" + System.lineSeparator(), r.err());
        CliRun s = schemes("--lang", "klingon", "--csv", dir.resolve("y.csv").toString());
        assertEquals(2, s.status());
        assertEquals("--lang must be en|zh-CN, got 'klingon'" + System.lineSeparator(), s.err());
    }

    @Test
    void schemesDrawsInChineseToo() throws IOException {
        Path svg = dir.resolve("s.svg");
        CliRun r = schemes("--lang", "zh-CN", "--svg", svg.toString());
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("超出训练长度后的四种位置编码方案"), "the schemes chart's title");
        assertTrue(r.out().startsWith("alibi_slopes="), r.out());
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidInEnglishWhileDrawingInChinese() {
        Path missing = dir.resolve("no-such-folder").resolve("p.svg");
        CliRun r = CliRun.of("--lang", "zh-CN", "--svg", missing.toString());
        assertEquals(ExportCommand.WRITE_FAILED, r.status(), r.err());
        assertEquals("cannot write " + missing.toAbsolutePath().normalize() + ": the folder does not exist"
                + System.lineSeparator(), r.err());
    }
}
