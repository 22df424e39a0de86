package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which chart strings go into a PDF as text, and which as outlines. */
class PdfTextGraphicsTest {

    @Test
    void plainAsciiStaysText() {
        assertTrue(PdfTextGraphics.isPdfText("m = 16,384  new context"));
        assertTrue(PdfTextGraphics.isPdfText("Position interpolation (PI)"));
        assertTrue(PdfTextGraphics.isPdfText("(a (b) c)"));
    }

    @Test
    void greekLettersArrowsAndUnescapableBracketsBecomeOutlines() {
        assertFalse(PdfTextGraphics.isPdfText("Base scaling (λ·b)"));
        assertFalse(PdfTextGraphics.isPdfText("m_l = 4,096 → m = 16,384"));
        assertFalse(PdfTextGraphics.isPdfText("a (b"));
        assertFalse(PdfTextGraphics.isPdfText("a) b ("));
        assertFalse(PdfTextGraphics.isPdfText("a\\b"));
    }
}
