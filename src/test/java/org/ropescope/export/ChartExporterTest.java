package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.chart.PeriodChart;
import org.ropescope.math.RopeConfig;
import org.ropescope.testing.Book;
import org.w3c.dom.Document;

class ChartExporterTest {

    @TempDir
    Path dir;

    private static JFreeChart chart(RopeConfig c) {
        return new PeriodChart(Book.table(c)).chart();
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void pngHasTheRequestedPixelSizeAndIsNotBlank() throws IOException {
        Path file = dir.resolve("periods.png");
        ChartExporter.writePng(chart(RopeConfig.DEFAULT), file, 1234, 567);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(1234, img.getWidth());
        assertEquals(567, img.getHeight());
        assertTrue(distinctColours(img) > 200, "distinct colours: " + distinctColours(img));
        // the three curve colours of ChartStyle are all there
        Set<Integer> rgb = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                rgb.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(rgb.contains(0x0072B2) && rgb.contains(0xE69F00) && rgb.contains(0x009E73), "curve colours");
    }

    @Test
    void pngIsTheChartDrawnAfreshNotAScaledCopy() throws IOException {
        JFreeChart c = chart(RopeConfig.DEFAULT);
        Path file = dir.resolve("a.png");
        ChartExporter.writePng(c, file, 800, 500);
        BufferedImage fromFile = ImageIO.read(file.toFile());
        BufferedImage direct = ChartExporter.toImage(chart(RopeConfig.DEFAULT), 800, 500);
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 800; x++) {
                assertEquals(direct.getRGB(x, y), fromFile.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void svgIsWellFormedXmlWithAxisLabelsAndLegend() throws Exception {
        Path file = dir.resolve("periods.svg");
        ChartExporter.writeSvg(chart(RopeConfig.of(500000, 128, 8192, 131072)), file, 1600, 1000);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(1600, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
        String text = doc.getDocumentElement().getTextContent().replace('\u00A0', ' '); // the subtitle's groups
        for (String expected : new String[] {"pair index i", "period Tᵢ = 2π/θᵢ", "Original RoPE",
                "Position interpolation (PI)", "Base scaling (λ·b)", "RoPE period of every dimension pair",
                "m = 131,072  new context", "b = 500,000"}) {
            assertTrue(text.contains(expected), "missing text: " + expected);
        }
        assertTrue(svg.contains("<path") || svg.contains("<polyline"), "curves are vector paths");
    }

    @Test
    void pdfHasHeaderTrailerAndExtractableText() throws IOException {
        Path file = dir.resolve("periods.pdf");
        ChartExporter.writePdf(chart(RopeConfig.DEFAULT), file, 800, 500);
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
        String tail = new String(bytes, bytes.length - 16, 16, StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("%PDF-1."), head);
        assertTrue(tail.strip().endsWith("%%EOF"), tail);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(800, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(500, doc.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(doc);
            for (String expected : new String[] {"Original RoPE", "Position interpolation (PI)",
                    "RoPE period of every dimension pair", "m = 16,384  new context", "original context"}) {
                assertTrue(text.contains(expected), "missing text: " + expected + " in\n" + text);
            }
        }
        assertTrue(new ByteArrayInputStream(bytes).available() > 1000);
    }

    @Test
    void pdfKeepsGreekLettersAndArrowsAsSearchableTextInAnEmbeddedFont() throws IOException {
        byte[] bytes = ChartExporter.toPdf(chart(RopeConfig.DEFAULT), 1200, 750);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
            for (String expected : new String[] {"Base scaling (λ·b)", "frequency θᵢ = b^(−2i/d) falls →", "m_l = 4,096 → m = 16,384",
                    "λ·b = 40,889.94"}) {
                assertTrue(text.contains(expected), "missing text: " + expected + " in\n" + text);
            }
            assertEquals("RoPE period of every dimension pair", doc.getDocumentInformation().getTitle());
            var page = doc.getPage(0).getResources();
            var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) page.getXObject(
                    page.getXObjectNames().iterator().next());
            List<String> embedded = new java.util.ArrayList<>();
            for (var name : form.getResources().getFontNames()) {
                var font = form.getResources().getFont(name);
                if (font.isEmbedded()) {
                    embedded.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(embedded.contains("DejaVuSans") && embedded.contains("DejaVuSans-Bold"), "embedded: " + embedded);
        }
    }

    @org.junit.jupiter.api.Test
    void aLargePngIsTheSameChartDrawnSharperNotAWiderLayoutWithTinyText() {
        org.jfree.chart.JFreeChart chart = new org.ropescope.chart.PeriodChart(
                Book.table(RopeConfig.DEFAULT)).chart();
        assertEquals(1.0, ChartExporter.pixelScale(1200, 750));
        assertEquals(2.0, ChartExporter.pixelScale(2400, 1500));
        assertEquals(1.0, ChartExporter.pixelScale(800, 500), "small images are laid out at their own size");
        java.awt.image.BufferedImage base = ChartExporter.toImage(chart, 1200, 750);
        java.awt.image.BufferedImage big = ChartExporter.toImage(chart, 2400, 1500);
        // shrink both to a quarter of the base: anti-aliasing differences average out, layout ones stay
        // (measured: 1.6 for the same layout drawn sharper, 5.5 for a 2400x1500 layout with 13 px text)
        java.awt.image.BufferedImage a = shrink(base, 300, 188);
        java.awt.image.BufferedImage b = shrink(big, 300, 188);
        long diff = 0;
        for (int y = 0; y < 188; y++) {
            for (int x = 0; x < 300; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                diff += Math.abs((p & 0xff) - (q & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                        + Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff));
            }
        }
        double meanPerChannel = diff / (300.0 * 188 * 3);
        org.junit.jupiter.api.Assertions.assertTrue(meanPerChannel < 3, "mean difference " + meanPerChannel);
    }

    private static java.awt.image.BufferedImage shrink(java.awt.image.BufferedImage src, int w, int h) {
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(src.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return out;
    }
}
