package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import javafx.scene.control.Tab;
import org.jfree.chart.fx.ChartViewer;
import org.ropescope.chart.RatioChart;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.TeachingModel;
import org.ropescope.model.ViewSettings;

/**
 * The Ratio tab: {@link RatioChart}, the ratio that defines period matching, following the inputs
 * (once per frame, and only while seen), the theme and the {@code lambda = s} switch.
 */
final class RatioTab {

    private final MethodsModel methods;
    private final RatioChart chart;
    private final ChartViewer viewer;
    private final Tab tab = new Tab(text("tab.ratio"));
    private final PerFrame refresh = new PerFrame(this::refresh);
    private boolean stale;

    RatioTab(MethodsModel methods, TeachingModel teaching, ViewSettings settings) {
        this.methods = methods;
        chart = new RatioChart(methods.rotaryConfigProperty().get());
        viewer = new ImageChartViewer(chart.chart());
        viewer.setId("ratioChart");
        viewer.getStyleClass().add("chart-viewer");
        viewer.setAccessibleText(text("ratio.chart.accessible"));
        tab.setId("ratioTab");
        CenterTabs.contentOnFirstShow(tab, viewer);
        ViewScope.listen(methods.rotaryConfigProperty(), obs -> {
            stale = true;
            if (tab.isSelected()) {
                refresh.request();
            }
        });
        tab.selectedProperty().addListener((obs, was, is) -> {
            if (is && stale) {
                refresh();
            }
        });
        chart.setShortcutShown(teaching.lambdaEqualsSProperty().get());
        ViewScope.listen(teaching.lambdaEqualsSProperty(), (obs, was, on) -> chart.setShortcutShown(on));
        Appearance.follow(settings.lookProperty(), chart);
    }

    private void refresh() {
        stale = false;
        chart.update(methods.rotaryConfigProperty().get());
    }

    Tab tab() {
        return tab;
    }

    RatioChart chart() {
        return chart;
    }

    ChartViewer viewer() {
        return viewer;
    }
}
