package org.ropescope.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import org.ropescope.chart.ChartTheme;
import org.ropescope.chart.ThemedChart;
import org.ropescope.model.Look;
import org.ropescope.model.Theme;
import org.ropescope.model.ViewSettings;

/**
 * Makes the window and its charts look as the {@link ViewSettings} say: the AtlantaFX theme (Primer
 * Light or Primer Dark) for the controls, the style classes {@code dark} and {@code presentation} on the
 * window for app.css, and, for every chart, the matching {@link ChartTheme}. Every chart of the window
 * follows {@link ViewSettings#lookProperty()} the same way, through {@link #follow}.
 */
final class Appearance {

    static final String DARK = "dark";
    static final String PRESENTATION = "presentation";

    private final Parent root;
    private final ViewSettings settings;

    /** Styles {@code root} and makes {@code chart} (the period chart) follow the settings. */
    Appearance(Parent root, ViewSettings settings, ThemedChart chart) {
        this.root = root;
        this.settings = settings;
        ViewScope.listen(settings.lookProperty(), obs -> apply());
        apply();
        follow(settings.lookProperty(), chart);
    }

    /** The chart's look for {@code look}. */
    static ChartTheme chartTheme(Look look) {
        return ChartTheme.of(look.dark(), look.presentation());
    }

    /** Draws {@code chart} in the chart theme of {@code look} now and whenever it changes. */
    static void follow(ObservableValue<Look> look, ThemedChart chart) {
        follow(look, theme -> {
            if (chart.theme() != theme) {
                chart.applyTheme(theme);
            }
        });
    }

    /** Gives {@code apply} the chart theme of {@code look} now and whenever it changes (the typeset equation's way). */
    static void follow(ObservableValue<Look> look, Consumer<ChartTheme> apply) {
        InvalidationListener changed = obs -> apply.accept(chartTheme(look.getValue()));
        ViewScope.listen(look, changed);
        changed.invalidated(look);
    }

    /** The AtlantaFX stylesheet of a theme. */
    static String stylesheet(Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
    }

    private void apply() {
        Look look = settings.lookProperty().get();
        // AtlantaFX themes are user-agent stylesheets, so dialogs and menus follow them too
        Application.setUserAgentStylesheet(stylesheet(look.theme()));
        toggle(DARK, look.dark());
        toggle(PRESENTATION, look.presentation());
    }

    private void toggle(String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
