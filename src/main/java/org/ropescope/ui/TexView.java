package org.ropescope.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.ropescope.chart.TexPicture;

/**
 * A typeset LaTeX formula, drawn by Java2D (JLaTeXMath's own target) into an image the window shows.
 * The formula is scaled down to fit the space it is given (never up past 1.6x) and redrawn when the
 * space or the formula changes.
 *
 * <p>Why an image and not a canvas through FXGraphics2D: JLaTeXMath draws every glyph from a
 * 100-point font scaled down, which JavaFX's software renderer cannot take from its glyph cache, so a
 * canvas re-rasterised every glyph outline of the derivation on every frame of a drag. Java2D caches
 * glyphs per effective size; the window then only copies pixels. The image has the window's render
 * scale, so it stays sharp on HiDPI screens.
 */
final class TexView extends Region {

    private float size = 17f;
    private Color ink = new Color(0x1F2328);

    private final PixelImage image = new PixelImage();
    private final ImageView view = new ImageView();
    private double shownWidth;
    private double shownHeight;
    private TexPicture picture;
    private TexPicture narrow; // the same without its notes column, used when the full one would be tiny
    private String pendingLatex; // set while the start's warm-up still reads JLaTeXMath's tables
    private String pendingNarrow;
    private boolean notesShown;

    TexView() {
        getStyleClass().add("tex-view");
        getChildren().add(view);
        setMinSize(0, 0);
    }

    /** Typesets {@code latex} (unless it is already shown) and draws it; {@code narrowLatex} is the fallback. */
    void setLatex(String latex, String narrowLatex) {
        java.util.concurrent.CompletableFuture<Void> tex = StartupWarmup.texReady();
        if (tex != null && !tex.isDone()) {
            // at start JLaTeXMath's tables (XML and fonts) are still being read on the warm-up thread:
            // the window's first frame does not wait for them; the formula follows when they are in
            boolean first = pendingLatex == null;
            pendingLatex = latex;
            pendingNarrow = narrowLatex;
            if (first) {
                StartupProbe.await("equation");
                tex.whenComplete((ok, e) -> javafx.application.Platform.runLater(() -> {
                    String l = pendingLatex;
                    pendingLatex = null;
                    try {
                        setLatex(l, pendingNarrow);
                        requestLayout();
                    } finally {
                        StartupProbe.mark("equation");
                    }
                }));
            }
            return;
        }
        if (picture == null || !picture.latex().equals(latex)) {
            picture = new TexPicture(latex, size, ink);
            narrow = new TexPicture(narrowLatex, size, ink);
            draw();
        }
    }

    /** Typesets again in {@code newInk} at {@code newSize} points (themes, presentation mode). */
    void setLook(Color newInk, float newSize) {
        if (!newInk.equals(ink) || newSize != size) {
            ink = newInk;
            size = newSize;
            if (picture != null) {
                picture = new TexPicture(picture.latex(), size, ink);
                narrow = new TexPicture(narrow.latex(), size, ink);
                requestLayout();
                draw();
            }
        }
    }

    /** Whether the last drawing kept the notes column (the grey explanations beside the equations). */
    boolean notesShown() {
        return notesShown;
    }

    String latex() {
        return pendingLatex != null ? pendingLatex : picture == null ? "" : picture.latex();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (shownWidth != w || shownHeight != h) {
            shownWidth = w;
            shownHeight = h;
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return picture == null ? 400 : picture.width() + 24;
    }

    @Override
    protected double computePrefHeight(double width) {
        return picture == null ? 120 : picture.height() + 16;
    }

    private void draw() {
        double w = shownWidth;
        double h = shownHeight;
        if (picture == null || w < 10 || h < 10) {
            view.setImage(null);
            return;
        }
        TexPicture shown = picture;
        double scale = fit(picture, w, h);
        if (scale < 0.7 && fit(narrow, w, h) > scale) {
            shown = narrow; // drop the notes rather than shrink the mathematics out of reach
            scale = fit(narrow, w, h);
        }
        if (!(scale > 0)) {
            view.setImage(null);
            return;
        }
        double pixelScale = PixelImage.renderScale(this);
        notesShown = shown == picture;
        TexPicture drawn = shown;
        double s = scale;
        image.size(w, h, pixelScale);
        image.draw(true, g -> paint(g, drawn, s, pixelScale, h));
        image.showIn(view);
    }

    /** Typesets {@code picture} into the (cleared) image at {@code scale} on a {@code pixelScale} screen. */
    private static void paint(Graphics2D g, TexPicture picture, double scale, double pixelScale, double h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(pixelScale, pixelScale);
        g.translate(12, Math.max(6, (h - picture.height() * scale) / 2));
        g.scale(scale, scale);
        picture.draw(g, 0, 0);
    }

    private static double fit(TexPicture p, double w, double h) {
        return Math.min(1.6, Math.min((w - 24) / p.width(), (h - 12) / p.height()));
    }
}
