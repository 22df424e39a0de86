package org.ropescope.model;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * How the explorer is shown, apart from what it shows: the theme, and whether presentation mode
 * (full screen, large fonts, thick lines, high contrast) is on. The window follows these
 * properties; sessions save the theme. Changing them is not an undoable change of the inputs.
 */
public final class ViewSettings {

    // ---- Properties -----------------------------------------------------------------------

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT) {
        @Override
        public void set(Theme t) {
            if (t != null) { // there is always a theme
                super.set(t);
            }
        }
    };

    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);

    private final ObjectBinding<Look> look = Bindings.createObjectBinding(
            () -> new Look(theme.get(), presentation.get()), theme, presentation);

    private final BooleanProperty decayLog = new SimpleBooleanProperty(this, "decayLog", false);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme t) {
        theme.set(t);
    }

    /** The theme and presentation mode as one value: what every chart of the window follows. */
    public ObservableObjectValue<Look> lookProperty() {
        return look;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public boolean isPresentation() {
        return presentation.get();
    }

    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    /**
     * Whether the Decay tab draws distance on a log axis (false: linear). Saved in sessions and, unlike
     * the theme, undoable: it changes what the chart shows.
     */
    public BooleanProperty decayLogProperty() {
        return decayLog;
    }

    // ---- Commands -------------------------------------------------------------------------

    /** Presentation mode on if it was off, off if it was on (the F5 key). */
    public void togglePresentation() {
        presentation.set(!presentation.get());
    }
}
