package org.ropescope.session;

import java.util.Objects;

/**
 * What a session (or one lecture step) remembers of the view besides the theme: the shortcut
 * {@code lambda = s}, the tab in front (by its id, such as {@code periodsTab}, so tabs added later
 * work), the selected pair and presentation mode.
 *
 * @param lambdaEqualsS whether the shortcut's curve and explanation are shown
 * @param tab           the id of the tab in front, or {@code null} for the window's choice
 * @param selectedPair  the selected pair, or -1 for none
 * @param presentation  whether presentation mode is on
 */
public record ViewState(boolean lambdaEqualsS, String tab, int selectedPair, boolean presentation) {

    /** The window as it starts: no shortcut, the Periods tab, no pair, not presenting. */
    public static final ViewState DEFAULT = new ViewState(false, null, -1, false);

    public ViewState {
        if (selectedPair < -1) {
            throw new IllegalArgumentException("selectedPair must be -1 (none) or a pair index, got " + selectedPair);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViewState v && v.lambdaEqualsS == lambdaEqualsS && Objects.equals(v.tab, tab)
                && v.selectedPair == selectedPair && v.presentation == presentation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lambdaEqualsS, tab, selectedPair, presentation);
    }
}
