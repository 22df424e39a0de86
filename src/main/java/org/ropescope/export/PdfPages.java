package org.ropescope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ropescope.text.BundledFonts;
import org.ropescope.text.Texts;

/**
 * One-page PDFs drawn with Java2D (PDFBox and its Graphics2D bridge). Text in the charts' font is
 * written as real PDF text in an embedded subset of DejaVu Sans (in Chinese, of the bundled Noto Sans
 * SC subset), so every label, Greek letters, arrows and hanzi included, can be searched, selected
 * and copied; text in any other font (the typeset
 * equation's) is drawn as vector outlines, exactly as on screen.
 */
final class PdfPages {

    /** The charts' logical font (English: SansSerif) as Java names it, and the file that stands for it. */
    private static final Map<String, String> FONTS = Map.of(
            "SansSerif.plain", "DejaVuSans.ttf",
            "SansSerif.bold", "DejaVuSans-Bold.ttf",
            "Dialog.plain", "DejaVuSans.ttf",
            "Dialog.bold", "DejaVuSans-Bold.ttf");

    private PdfPages() {
    }

    /**
     * A PDF of one {@code width x height} point page with what {@code draw} paints on it.
     *
     * @param title the document's title, shown by viewers in their title bar
     * @param author who made it (RoPEScope and its version)
     */
    static byte[] page(int width, int height, String title, String author, Consumer<Graphics2D> draw) {
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            Map<String, String> embedded = new LinkedHashMap<>(FONTS);
            embedded.putAll(BundledFonts.byFontName(Texts.language())); // Chinese: its own font
            for (var f : embedded.entrySet()) {
                try (InputStream in = BundledFonts.open(f.getValue())) {
                    fonts.registerFont(f.getKey(), PDType0Font.load(doc, in, true));
                }
            }
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            g.setFontTextDrawer(fonts);
            try {
                draw.accept(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator(author);
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a PDF in memory", e); // no file yet: only a missing font can fail here
        }
    }
}
