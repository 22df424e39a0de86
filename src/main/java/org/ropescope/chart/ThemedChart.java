package org.ropescope.chart;

/**
 * A chart drawn with a {@link ChartTheme}: every chart of the window is one, and the window makes each
 * follow the view settings the same way (the theme and presentation mode, through {@link ChartTheme#of}).
 */
public interface ThemedChart {

    /** The theme the chart is drawn with; {@link ChartTheme#LIGHT} until {@link #applyTheme}. */
    ChartTheme theme();

    /** Draws the chart with {@code theme} from now on, in the window and in files; one change event. */
    void applyTheme(ChartTheme theme);
}
