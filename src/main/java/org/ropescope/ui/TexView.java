package org.ropescope.ui;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.jfree.fx.FXGraphics2D;
import org.ropescope.chart.TexPicture;

/**
 * A typeset LaTeX formula on a JavaFX canvas: JLaTeXMath draws AWT calls, FXGraphics2D turns them into
 * canvas calls. The formula is scaled down to fit the space it is given (never up past 1.25x) and
 * redrawn when the space or the formula changes.
 */
final class TexView extends Region {

    private float size = 17f;
    private Color ink = new Color(0x1F2328);

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
    private TexPicture picture;
    private TexPicture narrow; // the same without its notes column, used when the full one would be tiny

    TexView() {
        Fonts.ensureLoaded();
        getStyleClass().add("tex-view");
        getChildren().add(canvas);
        setMinSize(0, 0);
    }

    /** Typesets {@code latex} (unless it is already shown) and draws it; {@code narrowLatex} is the fallback. */
    void setLatex(String latex, String narrowLatex) {
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

    String latex() {
        return picture == null ? "" : picture.latex();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
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
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (picture == null || w < 10 || h < 10) {
            return;
        }
        TexPicture shown = picture;
        double scale = fit(picture, w, h);
        if (scale < 0.7 && fit(narrow, w, h) > scale) {
            shown = narrow; // drop the notes rather than shrink the mathematics out of reach
            scale = fit(narrow, w, h);
        }
        if (!(scale > 0)) {
            return;
        }
        AffineTransform t = new AffineTransform();
        t.translate(12, Math.max(6, (h - shown.height() * scale) / 2));
        t.scale(scale, scale);
        g2.setTransform(t);
        shown.draw(g2, 0, 0);
        g2.setTransform(new AffineTransform());
    }

    private static double fit(TexPicture p, double w, double h) {
        return Math.min(1.6, Math.min((w - 24) / p.width(), (h - 12) / p.height()));
    }

    /** JLaTeXMath's fonts, registered with JavaFX once, so FXGraphics2D finds them by family name. */
    private static final class Fonts {
        private static final String[] FILES = {
            "base/jlm_cmmi10.ttf", "base/jlm_cmex10.ttf", "base/jlm_cmmib10.ttf",
            "maths/jlm_cmsy10.ttf", "maths/jlm_cmbsy10.ttf", "maths/jlm_msam10.ttf", "maths/jlm_msbm10.ttf",
            "maths/jlm_special.ttf", "latin/jlm_cmr10.ttf", "latin/jlm_jlmr10.ttf", "latin/jlm_jlmi10.ttf",
            "latin/jlm_jlmbx10.ttf", "latin/jlm_jlmbi10.ttf", "latin/optional/jlm_cmbx10.ttf",
            "latin/optional/jlm_cmti10.ttf", "latin/optional/jlm_cmss10.ttf", "latin/optional/jlm_cmtt10.ttf"};
        private static final boolean LOADED = load();

        static void ensureLoaded() {
            if (!LOADED) {
                throw new IllegalStateException("JLaTeXMath fonts missing from the class path");
            }
        }

        private static boolean load() {
            for (String f : FILES) {
                try (InputStream in = TexPicture.class.getResourceAsStream("/org/scilab/forge/jlatexmath/fonts/" + f)) {
                    if (in == null || Font.loadFont(in, 10) == null) {
                        return false;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
            return true;
        }
    }
}
