package org.ropescope.ui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.ropescope.chart.ChartStyle;
import org.ropescope.chart.RotationChart;
import org.ropescope.chart.RotationRaster;
import org.ropescope.format.Numbers;
import org.ropescope.math.Curve;
import org.ropescope.math.PeriodTable;
import org.ropescope.model.ExplorerModel;
import org.ropescope.model.TeachingModel;

/**
 * The rotation view: the heatmaps of {@code cos(p*theta_i)}, a choice of the scaled method and of what
 * is shown (both stacked, or one switched in), and a hover card with the position, the pair and each
 * shown method's value and period there. It redraws at most once per frame and only while showing.
 */
final class RotationPane extends BorderPane {

    private final ExplorerModel explorer;
    private final TeachingModel teaching;
    private final RotationChart chart;
    private final ChartViewer viewer;
    private final HoverCard hover;
    private final ObjectProperty<RotationChart.Mode> mode = new SimpleObjectProperty<>(RotationChart.Mode.BOTH);
    private final PerFrame refresh = new PerFrame(this::refresh);
    private boolean showing;
    private boolean stale;

    RotationPane(TeachingModel teaching) {
        this.teaching = teaching;
        this.explorer = teaching.explorer();
        this.chart = new RotationChart(explorer.tableProperty().get());
        this.viewer = new ChartViewer(chart.chart());
        this.hover = new HoverCard(viewer, "rotationHover");
        getStyleClass().add("rotation-pane");
        createView();
        explorer.tableProperty().addListener(obs -> request());
        teaching.rotationCurveProperty().addListener(obs -> request());
        mode.addListener(obs -> request());
    }

    private void createView() {
        Label methodLabel = new Label("Scaled method");
        ChoiceBox<Curve> method = new ChoiceBox<>(FXCollections.observableArrayList(
                Arrays.stream(Curve.values()).filter(c -> c != Curve.ORIGINAL).toList()));
        method.setId("rotationMethod");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(Curve c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Curve fromString(String s) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(teaching.rotationCurveProperty());
        methodLabel.setLabelFor(method);

        Label showLabel = new Label("Show");
        ChoiceBox<RotationChart.Mode> show = new ChoiceBox<>(FXCollections.observableArrayList(RotationChart.Mode.values()));
        show.setId("rotationMode");
        show.valueProperty().bindBidirectional(mode);
        showLabel.setLabelFor(show);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label note = new Label("Hover for the value at a position and pair");
        note.getStyleClass().add("readout-note");
        HBox bar = new HBox(methodLabel, method, showLabel, show, gap, note);
        bar.getStyleClass().add("view-toolbar");
        setTop(bar);

        viewer.setId("rotationChart");
        viewer.getStyleClass().add("chart-viewer");
        viewer.setAccessibleText("Heatmaps of cos(p times theta i) over position and pair, original RoPE and the "
                + "chosen scaled method");
        viewer.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        setCenter(hover);
    }

    /** Called by the tab pane: draw only what is seen. */
    void setShowing(boolean now) {
        showing = now;
        if (showing && stale) {
            refresh();
        }
    }

    private void request() {
        stale = true;
        if (showing) {
            refresh.request();
        }
    }

    private void refresh() {
        stale = false;
        chart.show(explorer.tableProperty().get(), teaching.rotationCurveProperty().get(), mode.get());
    }

    RotationChart chart() {
        return chart;
    }

    ObjectProperty<RotationChart.Mode> modeProperty() {
        return mode;
    }

    void hoverForShot(double x, double y) {
        hoverAt(x, y);
    }

    private void hoverAt(double x, double y) {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (info == null) {
            return;
        }
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        int k = plotInfo.getSubplotIndex(new Point2D.Double(x, y));
        List<Curve> shown = chart.shownCurves();
        if (k < 0 || k >= shown.size() || k >= plotInfo.getSubplotCount()) {
            hover.hide();
            return;
        }
        Rectangle2D area = plotInfo.getSubplotInfo(k).getDataArea();
        PeriodTable t = chart.table();
        double p = chart.positionAt(x, area);
        if (!area.contains(x, y) || p < 0 || p > t.config().newLength()) {
            hover.hide();
            return;
        }
        int pair = chart.pairAt(y, area);
        double position = Math.round(p);
        List<HoverCard.Line3> lines = new ArrayList<>();
        for (Curve c : shown) {
            double period = t.period(c, pair);
            double cos = Math.cos(position * 2 * Math.PI / period);
            lines.add(new HoverCard.Line3(ChartStyle.paint(c), c.label(),
                    "cos = " + String.format(java.util.Locale.ROOT, "%+.3f", cos),
                    Numbers.tokens(period) + " tokens per turn"
                            + (c == Curve.ORIGINAL ? "" : ", ×" + Numbers.significant(period / t.period(Curve.ORIGINAL, pair), 4))));
        }
        hover.show(x, y, x, area.getMinY(), area.getMaxY(),
                "position p = " + Numbers.grouped(position) + "    pair i = " + pair
                        + (RotationRaster.columnSpan((int) Math.max(1, area.getWidth()), t.config().newLength()) > 1
                                ? "    (one pixel ≈ " + Numbers.significant(
                                        t.config().newLength() / area.getWidth(), 3) + " tokens)" : ""),
                lines);
    }
}
