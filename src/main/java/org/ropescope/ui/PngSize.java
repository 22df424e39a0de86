package org.ropescope.ui;

/** A PNG's size in pixels, as chosen in {@link PngSizeDialog}. */
public record PngSize(int width, int height) {

    /** Twice the on-screen size: the default, so slides stay crisp on high-density screens. */
    public static PngSize twice(int screenWidth, int screenHeight) {
        return new PngSize(2 * screenWidth, 2 * screenHeight);
    }

    @Override
    public String toString() {
        return width + " x " + height;
    }
}
