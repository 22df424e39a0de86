package org.ropescope.chart;

import org.ropescope.math.scaling.MethodKind;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * How a chart looks, as a value: paints for the background, text, axes and grid, one colour per
 * {@link MethodKind} (the book's three curves are methods like the others), the line width and a
 * font scale. Every chart draws with it ({@link PeriodChart#applyTheme}), in the window and in files
 * alike.
 *
 * <p>{@link #LIGHT} is {@link ChartStyle}'s look (the Okabe-Ito palette, a distinct line pattern per
 * method). {@link #DARK} brightens the same hues for a dark background. {@link #PRESENTATION} and
 * {@link #PRESENTATION_DARK} are for a projector: pure black on white (or white on black), thick
 * lines, fonts 1.5 times as large, and every book curve's colour at a contrast of at least 4.5:1
 * against the background. Every theme keeps each method's line pattern, so lines differ without
 * colour too. The colours come from {@link ChartStyle#paint} for every {@link MethodKind}, so a
 * method added later is themed without touching this class.
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
 * @param methodColours   one colour per method kind
 * @param lineWidth       the width of the lines, in pixels
 * @param fontScale       multiplies every font size
 */
public record ChartTheme(String name, Color background, Color text, Color mutedText, Color axis, Color grid,
        Color minorGrid, Color marker, Color labelBackground, Map<MethodKind, Color> methodColours, float lineWidth,
        float fontScale) {

    /** The width of {@link ChartStyle}'s lines, which the dash patterns were drawn for. */
    static final float STYLE_LINE_WIDTH = 2.6f;

    /** {@link ChartStyle}'s look: dark text on white, Okabe-Ito colours. The default. */
    public static final ChartTheme LIGHT = of("light", ChartStyle.BACKGROUND, ChartStyle.TEXT,
            ChartStyle.MUTED_TEXT, ChartStyle.AXIS, ChartStyle.GRID, new Color(0xF2F4F6), ChartStyle.MARKER,
            new Color(255, 255, 255, 245), k -> (Color) ChartStyle.paint(k), STYLE_LINE_WIDTH, 1f);

    /** Light text on the dark theme's background (AtlantaFX Primer Dark), brightened colours. */
    public static final ChartTheme DARK = of("dark", new Color(0x0D1117), new Color(0xE6EDF3),
            new Color(0xA8B3BE), new Color(0x9AA5B1), new Color(0x2D333B), new Color(0x1C2128), new Color(0x8B949E),
            new Color(13, 17, 23, 245), ChartStyle::paintOnDark, STYLE_LINE_WIDTH, 1f);

    /** For a projector: black on white, thick lines, large fonts, high-contrast colours. */
    public static final ChartTheme PRESENTATION = of("presentation", Color.WHITE, Color.BLACK,
            new Color(0x202020), Color.BLACK, new Color(0xC4C4C4), new Color(0xECECEC), new Color(0x303030),
            new Color(255, 255, 255, 235), k -> withContrast((Color) ChartStyle.paint(k), Color.WHITE, 4.5), 5f, 1.5f);

    /** Presentation mode in the dark theme: white on black, thick lines, large fonts. */
    public static final ChartTheme PRESENTATION_DARK = of("presentation-dark", Color.BLACK, Color.WHITE,
            new Color(0xE0E0E0), Color.WHITE, new Color(0x4A4A4A), new Color(0x1E1E1E), new Color(0xD0D0D0),
            new Color(0, 0, 0, 235), k -> withContrast(ChartStyle.paintOnDark(k), Color.BLACK, 7), 5f, 1.5f);

    /**
     * The theme of a look: {@link #LIGHT} or {@link #DARK}, {@link #PRESENTATION} or
     * {@link #PRESENTATION_DARK} in presentation mode. The one place a look becomes a chart theme, for
     * the window and the command line alike.
     */
    public static ChartTheme of(boolean dark, boolean presentation) {
        if (presentation) {
            return dark ? PRESENTATION_DARK : PRESENTATION;
        }
        return dark ? DARK : LIGHT;
    }

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
        EnumMap<MethodKind, Color> copy = new EnumMap<>(MethodKind.class);
        copy.putAll(methodColours);
        for (MethodKind k : MethodKind.values()) {
            if (!copy.containsKey(k)) {
                throw new IllegalArgumentException("theme " + name + " has no colour for " + k);
            }
        }
        methodColours = java.util.Collections.unmodifiableMap(copy);
        if (!(lineWidth > 0 && lineWidth < 50) || !(fontScale > 0 && fontScale < 10)) {
            throw new IllegalArgumentException("theme " + name + ": line width " + lineWidth + ", font scale "
                    + fontScale);
        }
    }

    /**
     * A theme whose book curves (original, PI, base scaling) take {@code bookColour} of their kind; every
     * other kind takes {@link ChartStyle#paint(MethodKind)} ({@link ChartStyle#paintOnDark} on a dark
     * background), given at least the contrast the book's colours have against the background.
     */
    private static ChartTheme of(String name, Color background, Color text, Color mutedText, Color axis, Color grid,
            Color minorGrid, Color marker, Color labelBackground, Function<MethodKind, Color> bookColour,
            float lineWidth, float fontScale) {
        EnumMap<MethodKind, Color> colours = new EnumMap<>(MethodKind.class);
        double least = Double.POSITIVE_INFINITY;
        for (ScalingMethod m : ScalingMethod.bookMethods()) {
            Color c = bookColour.apply(m.kind());
            colours.put(m.kind(), c);
            least = Math.min(least, contrast(c, background));
        }
        boolean dark = luminance(background) < 0.5;
        for (MethodKind kind : MethodKind.values()) {
            if (!colours.containsKey(kind)) {
                Color base = dark ? ChartStyle.paintOnDark(kind) : (Color) ChartStyle.paint(kind);
                if (kind == MethodKind.LLAMA3 && !dark && contrast(base, background) < least) {
                    // sky blue darkened to the projector's contrast turns into original RoPE's blue: violet instead
                    base = ChartStyle.LLAMA3_ON_PROJECTOR;
                }
                colours.put(kind, withContrast(base, background, least));
            }
        }
        return new ChartTheme(name, background, text, mutedText, axis, grid, minorGrid, marker, labelBackground,
                colours, lineWidth, fontScale);
    }

    /** The colour of a method's line and legend entry. */
    public Color paint(MethodKind kind) {
        return methodColours.get(kind);
    }

    /** A method's line: its {@link ChartStyle} pattern, widened to {@link #lineWidth}. */
    public Stroke stroke(MethodKind kind) {
        return widened(ChartStyle.stroke(kind), lineWidth / STYLE_LINE_WIDTH);
    }

    /** True for a dark background (light text). */
    public boolean isDark() {
        return luminance(background) < 0.5;
    }

    /** The never-turn band's label: violet, dark on a light chart and light on a dark one (it was unreadable there). */
    public Color neverTurnLabel() {
        return isDark() ? ChartStyle.NEVER_TURN_LABEL_ON_DARK : ChartStyle.NEVER_TURN_LABEL;
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
