package org.ropescope.model;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ropescope.math.schemes.SchemeSettings;

/**
 * The Schemes view's settings (ALiBi heads, T5 buckets, the sinusoidal d_model) as one property holding
 * a validated {@link SchemeSettings}: a bad value never reaches it (the view shows why beside the
 * field), and undo and sessions save and restore it whole.
 */
public final class SchemesModel {

    private final ObjectProperty<SchemeSettings> settings = new SimpleObjectProperty<>(this, "settings",
            SchemeSettings.DEFAULT) {
        @Override
        public void set(SchemeSettings s) {
            super.set(Objects.requireNonNull(s, "settings"));
        }
    };

    /** The settings drawn; never {@code null}. */
    public ObjectProperty<SchemeSettings> settingsProperty() {
        return settings;
    }

    public SchemeSettings getSettings() {
        return settings.get();
    }

    public void setSettings(SchemeSettings s) {
        settings.set(s);
    }

    /** Back to {@link SchemeSettings#DEFAULT}. */
    public void reset() {
        settings.set(SchemeSettings.DEFAULT);
    }
}
