package org.ropescope.model;

import java.util.Objects;

/**
 * How the window and its charts look, as one value: the colour theme and whether presentation mode
 * (large type, thick lines, high contrast) is on. {@link ViewSettings#lookProperty()} is the one
 * observable every chart of the window follows.
 *
 * @param theme        light or dark
 * @param presentation presentation mode on
 */
public record Look(Theme theme, boolean presentation) {

    public Look {
        Objects.requireNonNull(theme);
    }

    /** True for the dark theme. */
    public boolean dark() {
        return theme == Theme.DARK;
    }
}
