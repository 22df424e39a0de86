package org.ropescope.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.ropescope.text.BundledFonts;
import org.ropescope.text.Texts;

/**
 * A LaTeX formula typeset by JLaTeXMath, ready to draw onto any {@link Graphics2D}: the window's
 * canvas (through FXGraphics2D), a PNG, an SVG. Immutable once built.
 */
public final class TexPicture {

    private final String latex;
    private final TeXIcon icon;

    /** Typesets {@code latex} at {@code size} points in {@code colour}; a malformed formula throws. */
    public TexPicture(String latex, float size, Color colour) {
        useLanguageFont();
        this.latex = latex;
        this.icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setForeground(colour);
    }

    /** The blocks of Chinese words and punctuation, typeset in \\text{} with the language's own font. */
    private static final Character.UnicodeBlock[] CJK = {Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
        Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS};

    /**
     * A language that brings a font (Chinese) has JLaTeXMath draw its words in it: its own fonts have
     * no hanzi. Drawn as text in that font, so a PDF keeps the captions searchable.
     */
    private static void useLanguageFont() {
        if (!BundledFonts.files(Texts.language()).isEmpty()) {
            String family = BundledFonts.chartFamily(Texts.language());
            for (Character.UnicodeBlock b : CJK) {
                TeXFormula.registerExternalFont(b, family, family);
            }
        }
    }

    public String latex() {
        return latex;
    }

    /** Width in pixels (at scale 1). */
    public int width() {
        return icon.getIconWidth();
    }

    /** Height in pixels (at scale 1). */
    public int height() {
        return icon.getIconHeight();
    }

    /** Draws the formula with its top-left corner at ({@code x}, {@code y}). */
    public void draw(Graphics2D g2, int x, int y) {
        icon.paintIcon(null, g2, x, y);
    }
}
