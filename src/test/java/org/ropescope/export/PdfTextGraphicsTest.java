package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which characters of a chart string go into the PDF as text ('t') and which as outlines ('o'). */
class PdfTextGraphicsTest {

    private static String mask(String s) {
        StringBuilder sb = new StringBuilder();
        for (boolean text : PdfTextGraphics.textMask(s)) {
            sb.append(text ? 't' : 'o');
        }
        return sb.toString();
    }

    @Test
    void asciiStaysTextGreekBecomesOutlines() {
        assertEquals("tttttt", mask("m = 4k"));
        assertEquals("ttttto", mask("a = 2π"));
        assertEquals("tttttttttttt", mask("(PI) and (x)"));
    }

    @Test
    void unbalancedParenthesesAreNeverWrittenAsPdfText() {
        // the runs "Base scaling (" and "b)" do not balance on their own: their brackets become outlines
        assertEquals("ttttttttttttt" + "ooo" + "t" + "o", mask("Base scaling (λ·b)"));
        assertEquals("tot", mask("a\\b"));
    }
}
