package org.ropescope.session;

import java.util.Objects;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;

/**
 * One step of a lecture: a named view that Page Down walks to (the inputs, the methods, lambda = s,
 * the tab, the selected pair, presentation mode).
 *
 * @param name    what the step is called in the list ("twice as long")
 * @param inputs  the four inputs
 * @param methods the methods and which are drawn
 * @param view    the rest of the view
 */
public record LectureStep(String name, RopeConfig inputs, MethodSelection methods, ViewState view) {

    /** The longest name a step may have. */
    public static final int MAX_NAME = 200;

    public LectureStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(view, "view");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a step's name must be 1 to " + MAX_NAME + " characters, got "
                    + name.length());
        }
    }

    /** The same step under another name. */
    public LectureStep renamed(String newName) {
        return new LectureStep(newName, inputs, methods, view);
    }
}
