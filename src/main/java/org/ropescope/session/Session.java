package org.ropescope.session;

import java.util.List;
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
 * @param view    lambda = s, the tab in front, the selected pair, presentation mode (format 1.2;
 *                {@link ViewState#DEFAULT} for older files)
 * @param steps   the lecture's steps in order (format 1.2; none in older files)
 */
public record Session(RopeConfig inputs, String theme, MethodSelection methods, ViewState view,
        List<LectureStep> steps) {

    public Session {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(view, "view");
        steps = List.copyOf(steps);
    }

    /** The inputs, theme and methods with the view as the window starts and no steps. */
    public Session(RopeConfig inputs, String theme, MethodSelection methods) {
        this(inputs, theme, methods, ViewState.DEFAULT, List.of());
    }

    /** The inputs and theme with the book's three methods, every pair rotating. */
    public Session(RopeConfig inputs, String theme) {
        this(inputs, theme, MethodSelection.book());
    }
}
