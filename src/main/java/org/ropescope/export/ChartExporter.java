package org.ropescope.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.ropescope.AppInfo;

/**
 * Draws a {@link JFreeChart} afresh at a given size into a PNG, SVG or PDF file. The chart object
 * is the one the window shows (or, headless, one built the same way by
 * {@code org.ropescope.chart.PeriodChart}), so the file has exactly its series, markers,
 * annotations and titles, laid out for the requested size rather than scaled from the screen.
 *
 * <p>Pure AWT: works with {@code java.awt.headless=true} and never touches JavaFX. Files are
 * written with {@link AtomicFiles}. Call from the thread that owns the chart (the JavaFX
 * application thread for the window's chart): drawing reads the chart's live state.
 */
public final class ChartExporter {

    /** Width and height limits in pixels (or points, for vector files). */
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 16000;

    private ChartExporter() {
    }

    /** A PNG is laid out at most this large and scaled up beyond it (see {@link #pixelScale}). */
    static final double LAYOUT_WIDTH = 1200;
    static final double LAYOUT_HEIGHT = 750;

    /**
     * How many pixels a layout unit takes in a PNG of this size: 1 up to 1200x750, more beyond. A
     * large PNG is the same chart drawn sharper, for slides and print, not a wider layout with
     * text that shrinks as the image grows (13 px labels on a 3840 px image are unreadable).
     */
    public static double pixelScale(int width, int height) {
        return Math.max(1, Math.min(width / LAYOUT_WIDTH, height / LAYOUT_HEIGHT));
    }

    /**
     * The chart drawn into a new opaque image of {@code width x height} pixels: laid out at
     * {@code width/scale x height/scale} and drawn {@link #pixelScale scale} times sharper.
     */
    public static BufferedImage toImage(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double scale = pixelScale(width, height);
            g2.scale(scale, scale);
            draw(chart, g2, (int) Math.round(width / scale), (int) Math.round(height / scale));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Writes the chart as a PNG of {@code width x height} pixels (see {@link AtomicFiles} for how). */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        BufferedImage image = toImage(chart, width, height);
        AtomicFiles.write(file, out -> png(image, out));
    }

    private static void png(BufferedImage image, OutputStream out) throws IOException {
        // our own encoder, not ImageIO's writer: about a third of its time for the same pixels (PngEncoder);
        // like the memory cache used before, it needs no temporary file
        PngEncoder.write(image, out);
    }

    /** The chart as an SVG document of {@code width x height} user units; text stays text. */
    public static String toSvg(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        draw(chart, g2, width, height);
        return g2.getSVGDocument();
    }

    /** Writes the chart as an SVG file, atomically (UTF-8). */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        byte[] svg = toSvg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(svg));
    }

    /**
     * The chart as a one-page PDF of {@code width x height} points: vector drawing, every label real,
     * searchable text in an embedded font (Greek letters and arrows included; see {@link PdfPages}).
     */
    public static byte[] toPdf(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        String title = chart.getTitle() == null ? AppInfo.NAME : chart.getTitle().getText();
        return PdfPages.page(width, height, title, AppInfo.NAME + " " + AppInfo.version(),
                g -> draw(chart, g, width, height));
    }

    /** Writes the chart as a PDF file, atomically. */
    public static void writePdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        byte[] pdf = toPdf(chart, width, height);
        AtomicFiles.write(file, out -> out.write(pdf));
    }

    /** Writes the chart in {@code format} (PNG, SVG or PDF) to {@code file} (see {@link AtomicFiles} for how). */
    public static void write(ExportFormat format, JFreeChart chart, Path file, int width, int height)
            throws IOException {
        switch (format) {
            case PNG -> writePng(chart, file, width, height);
            case SVG -> writeSvg(chart, file, width, height);
            case PDF -> writePdf(chart, file, width, height);
            case CSV -> throw new IllegalArgumentException("a chart is not a table: use CsvExporter");
        }
    }

    /** Writes the chart in {@code format} (PNG, SVG or PDF) to a stream (standard output); leaves it open. */
    public static void write(ExportFormat format, JFreeChart chart, OutputStream out, int width, int height)
            throws IOException {
        switch (format) {
            case PNG -> png(toImage(chart, width, height), out);
            case SVG -> out.write(toSvg(chart, width, height).getBytes(StandardCharsets.UTF_8));
            case PDF -> out.write(toPdf(chart, width, height));
            case CSV -> throw new IllegalArgumentException("a chart is not a table: use CsvExporter");
        }
        out.flush();
    }

    /**
     * Draws with rotated text (the period axis label) as text, not outlines: JFreeChart's
     * workaround for an old JDK bug draws rotated strings through a {@code TextLayout}, which SVG
     * and PDF turn into unsearchable shapes. The switch is JFreeChart-wide, so it is restored after.
     */
    private static synchronized void draw(JFreeChart chart, Graphics2D g2, int width, int height) {
        boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            TextUtils.setUseDrawRotatedStringWorkaround(workaround);
        }
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException(sizeRule() + ", got " + width + "x" + height);
        }
    }

    /** What sizes are allowed, as one sentence. */
    public static String sizeRule() {
        return "width and height must be whole numbers of pixels from " + MIN_SIZE + " to " + MAX_SIZE;
    }
}
