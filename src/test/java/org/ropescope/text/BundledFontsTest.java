package org.ropescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every character a language's texts use is in the font it brings, and the fonts stay within 5 MB. */
class BundledFontsTest {

    @Test
    void theBundledFontHasEveryCharacterOfItsLanguage() throws IOException {
        for (Language l : Language.all()) {
            if (BundledFonts.files(l).isEmpty()) {
                continue;
            }
            Font plain = new Font(BundledFonts.chartFamily(l), Font.PLAIN, 12);
            Font bold = new Font(BundledFonts.chartFamily(l), Font.BOLD, 12);
            assertEquals(BundledFonts.chartFamily(l), plain.getFamily(), "registered with AWT");
            Properties texts = BundlesTest.file(l);
            List<String> missing = new ArrayList<>();
            for (String key : texts.stringPropertyNames()) {
                String v = texts.getProperty(key);
                for (Font f : new Font[] {plain, bold}) {
                    int at = f.canDisplayUpTo(v);
                    if (at >= 0) {
                        missing.add(key + ": '" + v.charAt(at) + "' (U+" + Integer.toHexString(v.charAt(at)) + ") "
                                + f.getFontName());
                    }
                }
            }
            assertEquals(List.of(), missing, "run src/main/fonts/subset.py after adding characters to " + l);
        }
    }

    @Test
    void theFontsAddAtMostFiveMegabytes() throws IOException {
        long total = 0;
        for (Language l : Language.all()) {
            for (String f : BundledFonts.files(l)) {
                try (InputStream in = BundledFonts.open(f)) {
                    total += in.readAllBytes().length;
                }
            }
        }
        assertTrue(total > 1_000_000 && total <= 5L << 20, total + " bytes");
    }
}
