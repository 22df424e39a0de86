package org.ropescope.chart;

import org.ropescope.math.scaling.MethodKind;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.ropescope.math.Curve;

/**
 * How a chart looks, as a value: paints for the background, text, axes and grid, one colour per
 * {@link Curve}, the line width and a font scale. {@link PeriodChart#applyTheme} draws with it, in
 * the window and in files alike.
 *
 * <p>{@link #LIGHT} is {@link ChartStyle}'s look (the Okabe-Ito palette, a distinct line pattern per
 * curve). {@link #DARK} brightens the same hues for a dark background. {@link #PRESENTATION} and
 * {@link #PRESENTATION_DARK} are for a projector: pure black on white (or white on black), thick
 * lines, fonts 1.5 times as large, and every curve colour at a contrast of at least 4.5:1 against
 * the background. Every theme keeps each curve's line pattern, so curves differ without colour too.
 * Colours of curves are derived from {@link ChartStyle#paint} for every {@link Curve}, so a curve
 * added later is themed without touching this class.
 *
 * @param name            shown nowhere; for tests and messages
 * @param background      chart, plot and legend background
 * @param text            titles, legend and annotation text
 * @param mutedText       subtitle, axis labels and marker labels
 * @param axis            axis lines, tick marks and tick labels
 * @param grid            major grid lines
 * @param minorGrid       minor grid lines (the log axis' 2..9)
 * @param marker          the m_l and m lines
 * @param labelBackground behind annotation and marker labels (translucent)
 * @param curveColours    one colour per curve
 * @param lineWidth       the width of the curves, in pixels
 * @param fontScale       multiplies every font size
 */
public record ChartTheme(String name, Color background, Color text, Color mutedText, Color axis, Color grid,
        Color minorGrid, Color marker, Color labelBackground, Map<Curve, Color> curveColours, float lineWidth,
        float fontScale) {

    /** The width of {@link ChartStyle}'s lines, which the dash patterns were drawn for. */
    static final float STYLE_LINE_WIDTH = 2.6f;

    /** {@link ChartStyle}'s look: dark text on white, Okabe-Ito colours. The default. */
    public static final ChartTheme LIGHT = new ChartTheme("light", ChartStyle.BACKGROUND, ChartStyle.TEXT,
            ChartStyle.MUTED_TEXT, ChartStyle.AXIS, ChartStyle.GRID, new Color(0xF2F4F6), ChartStyle.MARKER,
            new Color(255, 255, 255, 245), curves(c -> c), STYLE_LINE_WIDTH, 1f);

    /** Light text on the dark theme's background (AtlantaFX Primer Dark), brightened curve colours. */
    public static final ChartTheme DARK = new ChartTheme("dark", new Color(0x0D1117), new Color(0xE6EDF3),
            new Color(0xA8B3BE), new Color(0x9AA5B1), new Color(0x2D333B), new Color(0x1C2128), new Color(0x8B949E),
            new Color(13, 17, 23, 245), curves(ChartTheme::onDark), STYLE_LINE_WIDTH, 1f);

    /** For a projector: black on white, thick lines, large fonts, high-contrast curve colours. */
    public static final ChartTheme PRESENTATION = new ChartTheme("presentation", Color.WHITE, Color.BLACK,
            new Color(0x202020), Color.BLACK, new Color(0xC4C4C4), new Color(0xECECEC), new Color(0x303030),
            new Color(255, 255, 255, 235), curves(c -> withContrast(c, Color.WHITE, 4.5)), 5f, 1.5f);

    /** Presentation mode in the dark theme: white on black, thick lines, large fonts. */
    public static final ChartTheme PRESENTATION_DARK = new ChartTheme("presentation-dark", Color.BLACK, Color.WHITE,
            new Color(0xE0E0E0), Color.WHITE, new Color(0x4A4A4A), new Color(0x1E1E1E), new Color(0xD0D0D0),
            new Color(0, 0, 0, 235), curves(c -> withContrast(onDark(c), Color.BLACK, 7)), 5f, 1.5f);

    public ChartTheme {
        Objects.requireNonNull(name);
        Objects.requireNonNull(background);
        Objects.requireNonNull(text);
        Objects.requireNonNull(mutedText);
        Objects.requireNonNull(axis);
        Objects.requireNonNull(grid);
        Objects.requireNonNull(minorGrid);
        Objects.requireNonNull(marker);
        Objects.requireNonNull(labelBackground);
        EnumMap<Curve, Color> copy = new EnumMap<>(Curve.class);
        copy.putAll(curveColours);
        for (Curve c : Curve.values()) {
            if (!copy.containsKey(c)) {
                throw new IllegalArgumentException("theme " + name + " has no colour for " + c);
            }
        }
        curveColours = java.util.Collections.unmodifiableMap(copy);
        if (!(lineWidth > 0 && lineWidth < 50) || !(fontScale > 0 && fontScale < 10)) {
            throw new IllegalArgumentException("theme " + name + ": line width " + lineWidth + ", font scale "
                    + fontScale);
        }
    }

    /** The colour of {@code curve}'s line and legend entry. */
    public Color paint(Curve curve) {
        return curveColours.get(curve);
    }

    /** {@code curve}'s line: its {@link ChartStyle} pattern, widened to {@link #lineWidth}. */
    public Stroke stroke(Curve curve) {
        return widened(ChartStyle.stroke(curve), lineWidth / STYLE_LINE_WIDTH);
    }

    /**
     * The colour of a scaling method's line: the book's curves keep theirs; other kinds take
     * {@link ChartStyle#paint(MethodKind)}, brightened on a dark background and given at least the
     * contrast this theme's own curve colours have against the background.
     */
    public Color paint(MethodKind kind) {
        for (Curve c : Curve.values()) {
            if (ChartStyle.paint(c).equals(ChartStyle.paint(kind))) {
                return paint(c);
            }
        }
        Color base = (Color) ChartStyle.paint(kind);
        if (luminance(background) < 0.5) {
            base = ChartStyle.paintOnDark(kind);
        }
        double least = Double.POSITIVE_INFINITY;
        for (Color c : curveColours.values()) {
            least = Math.min(least, contrast(c, background));
        }
        if (kind == MethodKind.LLAMA3 && luminance(background) >= 0.5 && contrast(base, background) < least) {
            // sky blue darkened to the projector's contrast turns into original RoPE's blue: violet instead
            base = new Color(0x6A3D9A);
        }
        return withContrast(base, background, least);
    }

    /** A scaling method's line: its {@link ChartStyle} pattern, widened to {@link #lineWidth}. */
    public Stroke stroke(MethodKind kind) {
        return widened(ChartStyle.stroke(kind), lineWidth / STYLE_LINE_WIDTH);
    }

    /** A font of {@code size} points before scaling, multiplied by {@link #fontScale}. */
    public Font font(int style, float size) {
        return ChartStyle.font(style, size * fontScale);
    }

    /** The dashed m_l and m lines, thicker in proportion to the curves. */
    public Stroke markerStroke() {
        return widened(ChartStyle.markerStroke(), lineWidth / STYLE_LINE_WIDTH);
    }

    /** A stroke of {@code width} pixels times the line scale (for grid lines, rings and arrows). */
    public BasicStroke scaled(float width) {
        return new BasicStroke(width * lineWidth / STYLE_LINE_WIDTH);
    }

    private static BasicStroke widened(Stroke s, float factor) {
        BasicStroke b = (BasicStroke) s;
        float[] dash = b.getDashArray();
        if (dash != null) {
            dash = dash.clone();
            for (int k = 0; k < dash.length; k++) {
                dash[k] *= factor;
            }
        }
        return new BasicStroke(b.getLineWidth() * factor, b.getEndCap(), b.getLineJoin(), b.getMiterLimit(), dash,
                b.getDashPhase() * factor);
    }

    private static Map<Curve, Color> curves(UnaryOperator<Color> fromLight) {
        EnumMap<Curve, Color> m = new EnumMap<>(Curve.class);
        for (Curve c : Curve.values()) {
            m.put(c, fromLight.apply((Color) ChartStyle.paint(c)));
        }
        return m;
    }

    /** A light theme's curve colour as the dark palette has it ({@link ChartStyle#paintOnDark}). */
    private static Color onDark(Color light) {
        for (MethodKind k : MethodKind.values()) {
            if (ChartStyle.paint(k).equals(light)) {
                return ChartStyle.paintOnDark(k);
            }
        }
        return brightened(light);
    }

    /** The same hue, bright enough to read on a dark background. */
    static Color brightened(Color c) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        return Color.getHSBColor(hsb[0], hsb[1] * 0.8f, Math.max(hsb[2], 0.95f));
    }

    /**
     * The same hue, darkened (on a light background) or lightened (on a dark one) until its
     * contrast ratio against {@code background} is at least {@code ratio}.
     */
    static Color withContrast(Color c, Color background, double ratio) {
        boolean darken = luminance(background) > 0.5;
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        Color out = c;
        for (int k = 0; k < 100 && contrast(out, background) < ratio; k++) {
            if (darken) {
                hsb[2] = Math.max(0f, hsb[2] - 0.01f);
            } else {
                hsb[1] = Math.max(0f, hsb[1] - 0.01f);
                hsb[2] = Math.min(1f, hsb[2] + 0.01f);
            }
            out = Color.getHSBColor(hsb[0], hsb[1], hsb[2]);
        }
        return out;
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
