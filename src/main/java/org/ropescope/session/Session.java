package org.ropescope.session;

import java.util.Objects;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;

/**
 * Everything a {@code .ropescope} file holds: the inputs, the scaling methods and the view settings,
 * already validated.
 *
 * @param inputs  the four inputs b, d, m_l, m
 * @param theme   the theme's name ({@code light}, {@code dark}), or {@code null} when the file has
 *                none; a name this version does not know is passed on as is, and the window ignores it
 * @param methods every method set up with its parameters, which are drawn, and the rotating share;
 *                a file without them (format 1.0) gives {@link MethodSelection#book()}
 * @param decayLog whether the Decay tab's distance axis is logarithmic ({@code view.decayAxis},
 *                format 1.2), or {@code null} when the file does not say
 */
public record Session(RopeConfig inputs, String theme, MethodSelection methods, Boolean decayLog) {

    public Session {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(methods, "methods");
    }

    /** A session without the Decay tab's axis (files before format 1.2). */
    public Session(RopeConfig inputs, String theme, MethodSelection methods) {
        this(inputs, theme, methods, null);
    }

    /** The inputs and theme with the book's three methods, every pair rotating. */
    public Session(RopeConfig inputs, String theme) {
        this(inputs, theme, MethodSelection.book());
    }
}
