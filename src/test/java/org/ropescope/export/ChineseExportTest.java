package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.ChartStyle;
import org.ropescope.text.BundledFonts;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * Chinese in the exported files: drawn in the bundled Noto Sans SC subset (whatever the machine has
 * installed), kept as text in SVG and as real, extractable text in an embedded font in PDF.
 */
class ChineseExportTest {

    private static final String TITLE = "各维度对的 RoPE 周期";
    private static final String AXIS = "维度对 i（频率 θᵢ = b^(−2i/d) 降低 →）";
    private static final String SERIES = "线性（位置插值 PI）";

    @BeforeEach
    void chinese() {
        Texts.use(Language.CHINESE);
    }

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    /** A chart whose title, axis and legend are Chinese, in the charts' font for the language in use. */
    private static JFreeChart chart() {
        XYSeries s = new XYSeries(SERIES);
        for (int k = 0; k < 64; k++) {
            s.add(k, Math.pow(10_000, 2.0 * k / 128));
        }
        NumberAxis x = new NumberAxis(AXIS);
        NumberAxis y = new NumberAxis("周期（token）");
        x.setLabelFont(ChartStyle.font(Font.PLAIN, 13));
        y.setLabelFont(ChartStyle.font(Font.PLAIN, 13));
        x.setTickLabelFont(ChartStyle.font(Font.PLAIN, 12));
        y.setTickLabelFont(ChartStyle.font(Font.PLAIN, 12));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, new XYLineAndShapeRenderer(true, false));
        JFreeChart chart = new JFreeChart(TITLE, ChartStyle.font(Font.BOLD, 18), plot, true);
        chart.getLegend().setItemFont(ChartStyle.font(Font.PLAIN, 13));
        chart.addSubtitle(new TextTitle("m_l = 4,096 → m = 16,384", ChartStyle.font(Font.PLAIN, 13)));
        return chart;
    }

    @Test
    void theChartsFontIsTheBundledOneAndHasEveryCharacter() {
        Font f = ChartStyle.font(Font.PLAIN, 13);
        assertEquals("Noto Sans SC Subset", f.getFamily(), "the bundled font, not a system one");
        for (String text : new String[] {TITLE, AXIS, SERIES, "m_l = 4,096 → m = 16,384 λ·b ≥ Δ ≈ ×"}) {
            assertEquals(-1, f.canDisplayUpTo(text), text);
        }
        assertEquals("Noto Sans SC Subset Bold", ChartStyle.font(Font.BOLD, 18).getFontName());
        Texts.use(Language.ENGLISH);
        assertEquals("SansSerif", ChartStyle.font(Font.PLAIN, 13).getFamily(), "English as before");
    }

    @Test
    void svgKeepsTheChineseAsText() {
        String svg = ChartExporter.toSvg(chart(), 900, 560);
        for (String text : new String[] {TITLE, SERIES}) {
            assertTrue(svg.matches("(?s).*<text[^>]*>[^<]*" + java.util.regex.Pattern.quote(text) + ".*"),
                    "no <text> with " + text);
        }
    }

    @Test
    void pdfKeepsTheChineseAsSearchableTextInTheEmbeddedBundledFont() throws IOException {
        byte[] bytes = ChartExporter.toPdf(chart(), 900, 560);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
            for (String expected : new String[] {TITLE, SERIES, AXIS, "m_l = 4,096 → m = 16,384"}) {
                assertTrue(text.contains(expected), "missing text: " + expected + " in\n" + text);
            }
            assertEquals(TITLE, doc.getDocumentInformation().getTitle());
            PDResources page = doc.getPage(0).getResources();
            PDFormXObject form = (PDFormXObject) page.getXObject(page.getXObjectNames().iterator().next());
            List<String> embedded = new ArrayList<>();
            for (var name : form.getResources().getFontNames()) {
                var font = form.getResources().getFont(name);
                if (font.isEmbedded()) {
                    embedded.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(embedded.contains("NotoSansSCSubset-Regular"), embedded.toString());
            assertTrue(embedded.contains("NotoSansSCSubset-Bold"), embedded.toString());
        }
    }

    @Test
    void pngDrawsTheHanziWithGlyphsNotBoxes() {
        // a box for a missing glyph is one rectangle; a hanzi has many strokes: compare the ink of a
        // character the font has with the font's own missing-glyph box
        Font f = ChartStyle.font(Font.PLAIN, 40);
        assertTrue(f.canDisplay('周') && f.canDisplay('θ') && f.canDisplay('ᵢ'));
        assertTrue(!f.canDisplay('\uAC00'), "Hangul is not in the subset: the test can tell");
        BufferedImage glyph = ink(f, "周");
        BufferedImage box = ink(f, "\uAC00");
        assertTrue(count(glyph) != count(box), "周 drawn as the missing-glyph box");
        assertTrue(BundledFonts.files(Language.CHINESE).size() == 2);
    }

    private static BufferedImage ink(Font f, String s) {
        BufferedImage img = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 60, 60);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(f);
        g.drawString(s, 8, 46);
        g.dispose();
        return img;
    }

    private static int count(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theRealPeriodChartInChineseIsChineseTextInSvgAndPdf() throws IOException {
        JFreeChart chart = new org.ropescope.chart.PeriodChart(org.ropescope.testing.Book.table(
                org.ropescope.math.RopeConfig.DEFAULT)).chart();
        String svg = ChartExporter.toSvg(chart, 1200, 750);
        for (String text : new String[] {"各维度对的 RoPE 周期", "原始 RoPE", "位置插值（PI）", "基数缩放（λ·b）"}) {
            assertTrue(svg.contains(text), "no " + text + " in the SVG");
        }
        try (PDDocument doc = Loader.loadPDF(ChartExporter.toPdf(chart, 1200, 750))) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
            for (String expected : new String[] {"各维度对的 RoPE 周期", "m_l = 4,096  原始上下文长度",
                    "m = 16,384  新上下文长度", "维度对序号 i", "第 0 对：基数缩放保持 2π ≈ 6.283（外推）"}) {
                assertTrue(text.contains(expected), "missing text: " + expected + " in\n" + text);
            }
        }
    }
}
