package org.ropescope.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.text.BundledFonts;
import org.ropescope.text.Texts;

/**
 * The look of RoPEScope's charts: the Okabe-Ito palette (safe for colour-blind viewers), a
 * different line pattern per method (so grey print still tells them apart), light grid lines and
 * no grey plot background.
 */
public final class ChartStyle {

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = new Color(0xE3E6EA);
    public static final Color AXIS = new Color(0x59606B);
    public static final Color TEXT = new Color(0x1F2328);
    public static final Color MUTED_TEXT = new Color(0x57606A);
    public static final Color MARKER = new Color(0x6E7781);

    private ChartStyle() {
    }

    /** A font for chart text in the language in use (Chinese brings its own: {@link BundledFonts}). */
    public static Font font(int style, float size) {
        return new Font(BundledFonts.chartFamily(Texts.language()), style, Math.round(size));
    }

    /**
     * One Okabe-Ito colour per method kind (yellow, too pale on white, is left out; black takes its
     * place), so every method keeps its colour whichever others are drawn.
     */
    public static Paint paint(MethodKind k) {
        return switch (k) {
            case DEFAULT -> new Color(0x0072B2);  // blue
            case LINEAR -> new Color(0xE69F00);   // orange
            case NTK -> new Color(0x009E73);      // bluish green
            case DYNAMIC -> new Color(0xCC79A7);  // reddish purple
            case YARN -> new Color(0xD55E00);     // vermillion
            case LLAMA3 -> new Color(0x56B4E9);   // sky blue
            case LONGROPE -> new Color(0x000000); // black
        };
    }

    /** One line pattern per method kind, so grey print and colour-blind eyes still tell them apart. */
    public static Stroke stroke(MethodKind k) {
        return switch (k) {
            case DEFAULT -> new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case LINEAR -> dashed(10f, 6f);
            case NTK -> dashed(14f, 5f, 3f, 5f);
            case DYNAMIC -> dashed(3f, 4f);
            case YARN -> dashed(22f, 6f);
            case LLAMA3 -> dashed(14f, 4f, 3f, 4f, 3f, 4f);
            case LONGROPE -> dashed(6f, 3f, 1.5f, 3f);
        };
    }

    /** The shortcut lambda = s: vermillion, short dashes (it is not a method, it is a mistake to look at). */
    public static final Color SHORTCUT = new Color(0xD55E00);
    /** The pairs that never complete a turn during training: a faint violet band. */
    public static final Color NEVER_TURN_BAND = new Color(0x1A8E6CC8, true);
    /** The highlighted pair's dots (crimson), its line across the plot (the same, translucent) and the dots' rings. */
    public static final Color HIGHLIGHT = new Color(0xC2185B);
    static final Color HIGHLIGHT_LINE = new Color(0x66C2185B, true);
    static final Color HIGHLIGHT_RING = Color.WHITE;
    /** The label of the never-turn band: its violet, dark on a light chart, light on a dark one. */
    static final Color NEVER_TURN_LABEL = new Color(0x5E4A8A);
    static final Color NEVER_TURN_LABEL_ON_DARK = new Color(0xC3B4F0);
    /** No paint at all: a label with no box behind it. */
    static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    public static Stroke shortcutStroke() {
        return shortcutStroke(1f);
    }

    /** The shortcut's dashes, {@code factor} times as wide (presentation mode's thick lines). */
    public static Stroke shortcutStroke(float factor) {
        return new BasicStroke(2.2f * factor, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4f * factor, 4f * factor}, 0f);
    }

    private static final float LINE_WIDTH = 2.6f;

    private static Stroke dashed(float... pattern) {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    /**
     * One colour per method kind for a dark background: Okabe-Ito's hues, lightened, with its yellow
     * for Llama 3 (readable on black, where its sky blue and original RoPE's blue both became light
     * blue) and light grey for LongRoPE (black disappears). Every two stay far apart.
     */
    public static Color paintOnDark(MethodKind k) {
        return switch (k) {
            case DEFAULT -> new Color(0x4FA3F7);  // blue
            case LINEAR -> new Color(0xF59A23);   // orange
            case NTK -> new Color(0x2BCB95);      // bluish green
            case DYNAMIC -> new Color(0xE28FC0);  // reddish purple
            case YARN -> new Color(0xFF5C5C);     // vermillion, redder
            case LLAMA3 -> new Color(0xF0E442);   // yellow
            case LONGROPE -> new Color(0xD9D9D9); // light grey
        };
    }

    /** Llama 3 on a projector's white, where its sky blue darkened to the contrast would become original RoPE's blue. */
    static final Color LLAMA3_ON_PROJECTOR = new Color(0x6A3D9A); // violet

    /** The heatmaps' lines (m_l, m, the still pairs) and their turn line: dark, over a heatmap that is light in every theme. */
    static final Color HEATMAP_LINE = new Color(0x1F2328);
    static final Color HEATMAP_TURN_LINE = new Color(0x3B2A5C);
    /** A light label's box over a line or a band (the scale marker at first, the band of still pairs). */
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);

    /** Fill of the pairs that do not rotate (partial rotary embeddings). */
    public static final Color NON_ROTATING = new Color(0x8C959F);

    public static Stroke markerStroke() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    }
}
