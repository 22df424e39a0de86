package org.ropescope.chart;

import java.awt.Font;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/**
 * What the single-plot charts ({@link StretchChart}, {@link DecayChart}, {@link AnglesChart},
 * {@link RatioChart}) share: one plot, a bold title with a muted subtitle under it, the legend on top
 * ({@link PlotStyle}), and a theme every paint, font and stroke comes from. A subclass puts its
 * dataset, axes and renderer on {@link #plot}, then styles and fills it.
 */
abstract class SinglePlotChart implements ThemedChart {

    final XYPlot plot = new XYPlot();
    final JFreeChart chart;
    final TextTitle subtitle = new TextTitle("");
    ChartTheme theme = ChartTheme.LIGHT;

    /** An empty plot under {@code title}, with the subtitle under the title and a legend. */
    SinglePlotChart(String title) {
        chart = new JFreeChart(null, ChartStyle.font(Font.BOLD, 16), plot, true);
        chart.setTitle(new TextTitle(title));
        chart.addSubtitle(0, subtitle);
    }

    /** Draws with {@code newTheme} from now on; one change event (none when it is the theme already). */
    @Override
    public final void applyTheme(ChartTheme newTheme) {
        if (newTheme == theme) {
            return;
        }
        theme = Objects.requireNonNull(newTheme);
        chart.setNotify(false);
        style();
        redraw(); // turns notification back on: one change event for the style and the data
    }

    /** Every paint, font and stroke from {@link #theme}; no change event. */
    abstract void style();

    /** Shows the data again, in the theme, in one change event (notification on at the end). */
    abstract void redraw();

    @Override
    public final ChartTheme theme() {
        return theme;
    }

    /** The JFreeChart object, for the viewer and for file export. */
    public final JFreeChart chart() {
        return chart;
    }
}
