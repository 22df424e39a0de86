package org.ropescope.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A LaTeX formula typeset by JLaTeXMath, ready to draw onto any {@link Graphics2D}: the window's
 * canvas (through FXGraphics2D), a PNG, an SVG. Immutable once built.
 */
public final class TexPicture {

    private final String latex;
    private final TeXIcon icon;

    /** Typesets {@code latex} at {@code size} points in {@code colour}; a malformed formula throws. */
    public TexPicture(String latex, float size, Color colour) {
        this.latex = latex;
        this.icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setForeground(colour);
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
