package org.ropescope.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.ropescope.math.Curve;

/**
 * The look of RoPEScope's charts: the Okabe-Ito palette (safe for colour-blind viewers), a
 * different line pattern per curve (so grey print still tells them apart), light grid lines and
 * no grey plot background.
 */
public final class ChartStyle {

    public static final String FONT_FAMILY = "SansSerif";
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = new Color(0xE3E6EA);
    public static final Color AXIS = new Color(0x59606B);
    public static final Color TEXT = new Color(0x1F2328);
    public static final Color MUTED_TEXT = new Color(0x57606A);
    public static final Color MARKER = new Color(0x6E7781);

    private ChartStyle() {
    }

    public static Font font(int style, float size) {
        return new Font(FONT_FAMILY, style, Math.round(size));
    }

    public static Paint paint(Curve c) {
        return switch (c) {
            case ORIGINAL -> new Color(0x0072B2);     // blue
            case INTERPOLATED -> new Color(0xE69F00); // orange
            case BASE_SCALED -> new Color(0x009E73);  // bluish green
        };
    }

    public static Stroke stroke(Curve c) {
        float w = 2.6f;
        return switch (c) {
            case ORIGINAL -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case INTERPOLATED -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {10f, 6f}, 0f);
            case BASE_SCALED -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {14f, 5f, 3f, 5f}, 0f);
        };
    }

    /** The shortcut lambda = s: vermillion, short dashes (it is not a method, it is a mistake to look at). */
    public static final Color SHORTCUT = new Color(0xD55E00);
    /** The pairs that never complete a turn during training: a faint violet band. */
    public static final Color NEVER_TURN_BAND = new Color(0x1A8E6CC8, true);
    public static final Color HIGHLIGHT = new Color(0xC2185B);

    public static Stroke shortcutStroke() {
        return new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f}, 0f);
    }

    public static Stroke markerStroke() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    }
}
