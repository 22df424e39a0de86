package org.ropescope.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application icon at the sizes a window manager picks from. The PNGs are drawn by the build
 * from {@code assets/ropescope.svg} ({@code packaging/Icons.java}) into the jar's
 * {@code /org/ropescope/icons/}.
 */
public final class AppIcons {

    /** Sizes set on the stage: title bar, task switcher, dock. */
    static final int[] WINDOW_SIZES = {16, 32, 48, 128};

    private AppIcons() {
    }

    /** The icon at {@code size} pixels, or null when the build left it out. */
    public static Image at(int size) {
        try (InputStream in = AppIcons.class.getResourceAsStream("/org/ropescope/icons/ropescope-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The window icons, smallest first; empty when the build left them out. */
    public static List<Image> forWindow() {
        List<Image> icons = new ArrayList<>();
        for (int size : WINDOW_SIZES) {
            Image icon = at(size);
            if (icon != null) {
                icons.add(icon);
            }
        }
        return icons;
    }
}
