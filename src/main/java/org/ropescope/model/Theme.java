package org.ropescope.model;

import java.util.Locale;
import java.util.Optional;

/** The window's colour theme. Presentation mode is separate: it works in either. */
public enum Theme {

    LIGHT,
    DARK;

    /** The name used in session files and on the command line: {@code light}, {@code dark}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme named {@code id} (any case), or empty for a name this version does not know. */
    public static Optional<Theme> fromId(String id) {
        for (Theme t : values()) {
            if (t.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
