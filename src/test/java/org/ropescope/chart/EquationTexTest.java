package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;

/** The LaTeX the equation view typesets: the numbers a student reads in it. */
class EquationTexTest {

    @Test
    void theDerivationCarriesTheBooksNumbers() {
        String tex = EquationTex.of(RopeConfig.DEFAULT, false);
        assertTrue(tex.contains("\\lambda & = & \\left(\\frac{m}{m_l}\\right)^{d/(d-2)}"), tex);
        assertTrue(tex.contains("\\left(\\frac{16{,}384}{4{,}096}\\right)^{128/126} = 4.088994243"), tex);
        assertTrue(tex.contains("2\\pi\\,(40{,}889.94243)^{126/128} & = & 217{,}640.6 = 4\\cdot 2\\pi\\cdot 10{,}000^{126/128}"),
                tex);
    }

    @Test
    void theNumbersFollowTheConfiguration() {
        String tex = EquationTex.of(RopeConfig.of(500000, 128, 8192, 131072), false);
        assertTrue(tex.contains("\\left(\\frac{131{,}072}{8{,}192}\\right)^{128/126} = 16.71987392"), tex);
        assertTrue(tex.contains("& = & 40{,}947{,}128.3 = 16\\cdot 2\\pi\\cdot 500{,}000^{126/128}"), tex);
    }

    @Test
    void theShortcutShowsWhatItBreaks() {
        String tex = EquationTex.of(RopeConfig.DEFAULT, true);
        assertTrue(tex.contains("\\lambda & = & s = \\frac{m}{m_l} = 4"), tex);
        assertTrue(tex.contains("2\\pi\\,(40{,}000)^{126/128} = 212{,}977.0"), tex);
        assertTrue(tex.contains("4\\cdot 2\\pi\\cdot 10{,}000^{126/128} = 217{,}640.6"), tex);
        assertTrue(tex.contains("s^{-2/d} - 1 = -2.14\\,\\%"), tex);
    }

    @Test
    void theNarrowFormKeepsTheMathematicsAndDropsTheNotes() {
        String full = EquationTex.of(RopeConfig.DEFAULT, false);
        String narrow = EquationTex.withoutNotes(full);
        assertTrue(narrow.startsWith("\\begin{array}{rcl}"), narrow);
        assertTrue(narrow.contains("\\left(\\frac{16{,}384}{4{,}096}\\right)^{128/126} = 4.088994243"), narrow);
        assertTrue(!narrow.contains("textcolor") && !narrow.contains("divide both sides"), narrow);
        assertEquals(5, narrow.split("\\\\\\\\").length, narrow);
        TexPicture wide = new TexPicture(full, 17, Color.BLACK);
        TexPicture slim = new TexPicture(narrow, 17, Color.BLACK);
        assertTrue(slim.width() < 0.7 * wide.width(), slim.width() + " vs " + wide.width());
        assertTrue(EquationTex.withoutNotes(EquationTex.of(RopeConfig.DEFAULT, true)).contains("-2.14\\,\\%"));
    }

    @Test
    void percentagesReadLikeAPerson() {
        assertEquals("-2.14\\,\\%", EquationTex.percent(-2.142793791229991));
        assertEquals("\u22123.20 %", EquationTex.percentText(-3.1969103253852826));
        assertEquals("0 %", EquationTex.percentText(0));
    }

    @Test
    void bothFormsTypesetAndDrawInk() {
        for (boolean shortcut : new boolean[] {false, true}) {
            TexPicture p = new TexPicture(EquationTex.of(RopeConfig.DEFAULT, shortcut), 17, Color.BLACK);
            assertTrue(p.width() > 300 && p.height() > 60, p.width() + "x" + p.height());
            BufferedImage img = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            p.draw(g, 0, 0);
            g.dispose();
            int inked = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    inked += (img.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
                }
            }
            assertTrue(inked > 2000, "inked pixels: " + inked);
        }
    }
}
