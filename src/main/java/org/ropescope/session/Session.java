package org.ropescope.session;

import java.util.List;
import java.util.Objects;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.schemes.SchemeSettings;

/**
 * Everything a {@code .ropescope} file holds: the inputs, the scaling methods and the view settings,
 * already validated.
 *
 * @param inputs  the four inputs b, d, m_l, m
 * @param theme   the theme's name ({@code light}, {@code dark}), or {@code null} when the file has
 *                none; a name this version does not know is passed on as is, and the window ignores it
 * @param methods every method set up with its parameters, which are drawn, and the rotating share;
 *                a file without them (format 1.0) gives {@link MethodSelection#book()}
 * @param schemes the Schemes view's settings; a file without them (before 1.2) gives
 *                {@link SchemeSettings#DEFAULT}
 * @param decayLog whether the Decay tab's distance axis is logarithmic ({@code view.decayAxis},
 *                format 1.2), or {@code null} when the file does not say
 * @param view    lambda = s, the tab in front, the selected pair, presentation mode (format 1.2;
 *                {@link ViewState#DEFAULT} for older files)
 * @param steps   the lecture's steps in order (format 1.2; none in older files)
 */
public record Session(RopeConfig inputs, String theme, MethodSelection methods, SchemeSettings schemes,
        Boolean decayLog, ViewState view, List<LectureStep> steps) {

    public Session {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(schemes, "schemes");
        Objects.requireNonNull(view, "view");
        steps = List.copyOf(steps);
    }

    /** The inputs, theme, methods, schemes and the Decay tab's axis, the view as the window starts, no steps. */
    public Session(RopeConfig inputs, String theme, MethodSelection methods, SchemeSettings schemes,
            Boolean decayLog) {
        this(inputs, theme, methods, schemes, decayLog, ViewState.DEFAULT, List.of());
    }

    /** The inputs, theme, methods, the view and the lecture's steps, with the schemes' defaults. */
    public Session(RopeConfig inputs, String theme, MethodSelection methods, ViewState view,
            List<LectureStep> steps) {
        this(inputs, theme, methods, SchemeSettings.DEFAULT, null, view, steps);
    }

    /** The inputs, theme, methods and schemes, the Decay tab's axis unsaid. */
    public Session(RopeConfig inputs, String theme, MethodSelection methods, SchemeSettings schemes) {
        this(inputs, theme, methods, schemes, null);
    }

    /** The inputs, theme, methods and the Decay tab's axis, with the schemes' defaults. */
    public Session(RopeConfig inputs, String theme, MethodSelection methods, Boolean decayLog) {
        this(inputs, theme, methods, SchemeSettings.DEFAULT, decayLog);
    }

    /** The inputs, theme and methods with the schemes' defaults (files before format 1.2). */
    public Session(RopeConfig inputs, String theme, MethodSelection methods) {
        this(inputs, theme, methods, SchemeSettings.DEFAULT, null);
    }

    /** The inputs and theme with the book's three methods, every pair rotating. */
    public Session(RopeConfig inputs, String theme) {
        this(inputs, theme, MethodSelection.book());
    }

    /** This session with {@code view} and {@code steps} (the window adds them to what it saves). */
    public Session withLecture(ViewState view, List<LectureStep> steps) {
        return new Session(inputs, theme, methods, schemes, decayLog, view, steps);
    }
}
