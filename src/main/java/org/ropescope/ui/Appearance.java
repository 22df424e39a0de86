package org.ropescope.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import org.ropescope.chart.ChartTheme;
import org.ropescope.chart.PeriodChart;
import org.ropescope.model.Theme;
import org.ropescope.model.ViewSettings;

/**
 * Makes the window and its chart look as the {@link ViewSettings} say: the AtlantaFX theme
 * (Primer Light or Primer Dark) for the controls, the style classes {@code dark} and
 * {@code presentation} on the window for app.css, and the matching {@link ChartTheme}.
 */
final class Appearance {

    static final String DARK = "dark";
    static final String PRESENTATION = "presentation";

    private final Parent root;
    private final ViewSettings settings;
    private final PeriodChart chart;

    Appearance(Parent root, ViewSettings settings, PeriodChart chart) {
        this.root = root;
        this.settings = settings;
        this.chart = chart;
        settings.themeProperty().addListener(obs -> apply());
        settings.presentationProperty().addListener(obs -> apply());
        apply();
    }

    /** The chart's look for a theme, in presentation mode or not. */
    static ChartTheme chartTheme(Theme theme, boolean presentation) {
        if (presentation) {
            return theme == Theme.DARK ? ChartTheme.PRESENTATION_DARK : ChartTheme.PRESENTATION;
        }
        return theme == Theme.DARK ? ChartTheme.DARK : ChartTheme.LIGHT;
    }

    /** The AtlantaFX stylesheet of a theme. */
    static String stylesheet(Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
    }

    private void apply() {
        Theme theme = settings.getTheme();
        boolean presentation = settings.isPresentation();
        // AtlantaFX themes are user-agent stylesheets, so dialogs and menus follow them too
        Application.setUserAgentStylesheet(stylesheet(theme));
        toggle(DARK, theme == Theme.DARK);
        toggle(PRESENTATION, presentation);
        ChartTheme wanted = chartTheme(theme, presentation);
        if (chart.theme() != wanted) {
            chart.applyTheme(wanted);
        }
    }

    private void toggle(String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
