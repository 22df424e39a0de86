package org.ropescope.session;

import java.util.Objects;
import org.ropescope.math.RopeConfig;

/**
 * Everything a {@code .ropescope} file holds: the inputs and the view settings, already validated.
 *
 * <p>Extension point: when the explorer gains scaling methods and their parameters, they become
 * a component here, written by {@link SessionFile#toJson} under {@code "methods"} and read by
 * {@code SessionFile.readMethods}; files without them (format 1.0) open with the defaults.
 *
 * @param inputs the four inputs b, d, m_l, m
 * @param theme  the theme's name ({@code light}, {@code dark}), or {@code null} when the file has
 *               none; a name this version does not know is passed on as is, and the window ignores it
 */
public record Session(RopeConfig inputs, String theme) {

    public Session {
        Objects.requireNonNull(inputs, "inputs");
    }
}
