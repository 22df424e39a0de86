package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.TeachingModel;

/**
 * The rotation view: the heatmaps of {@code cos(p*theta_i)}, a choice of the scaled method (any drawn
 * method, from its per-pair inverse frequencies) and of what
 * is shown (both stacked, or one switched in), and a hover card with the position, the pair and each
 * shown method's value and period there. It redraws at most once per frame and only while showing.
 */
final class RotationPane extends BorderPane {

    private final MethodsModel methods;
    private final TeachingModel teaching;
    private final ChoiceBox<MethodKind> method = new ChoiceBox<>();
    private boolean listing; // the choice box's items and value are being set from the model
    private final RotationChart chart;
    private final ChartViewer viewer;
    private final HoverCard hover;
    private final ObjectProperty<RotationChart.Mode> mode = new SimpleObjectProperty<>(RotationChart.Mode.BOTH);
    private final WhenShown refresh = new WhenShown(this::refresh, false);

    RotationPane(TeachingModel teaching, MethodsModel methods) {
        this.teaching = teaching;
        this.methods = methods;
        this.chart = new RotationChart(methods.contextProperty().get());
        this.viewer = new ChartViewer(chart.chart());
        this.hover = new HoverCard(viewer, "rotationHover");
        getStyleClass().add("rotation-pane");
        createView();
        methods.tableProperty().addListener(obs -> request());
        teaching.rotationMethodProperty().addListener(obs -> request());
        mode.addListener(obs -> request());
    }

    private void createView() {
        Label methodLabel = new Label(text("rotation.method"));
        method.setId("rotationMethod");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(MethodKind k) {
                return k == null ? "" : MethodTexts.label(k);
            }

            @Override
            public MethodKind fromString(String s) {
                return null;
            }
        });
        method.setAccessibleText(text("rotation.method.accessible"));
        method.valueProperty().addListener((obs, was, now) -> {
            if (!listing && now != null) {
                teaching.rotationMethodProperty().set(now);
            }
        });
        listChoices(TeachingModel.rotationChoices(methods.tableProperty().get(),
                methods.methodProperty(MethodKind.NTK).get()), methods.tableProperty().get().context());
        methodLabel.setLabelFor(method);

        Label showLabel = new Label(text("rotation.show"));
        ChoiceBox<RotationChart.Mode> show = new ChoiceBox<>(FXCollections.observableArrayList(RotationChart.Mode.values()));
        show.setId("rotationMode");
        show.setConverter(new StringConverter<>() {
            @Override
            public String toString(RotationChart.Mode m) {
                return m == null ? "" : text("rotation.mode." + m.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public RotationChart.Mode fromString(String s) {
                return null;
            }
        });
        show.valueProperty().bindBidirectional(mode);
        showLabel.setLabelFor(show);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label note = new Label(text("rotation.hoverNote"));
        note.getStyleClass().add("readout-note");
        HBox bar = new HBox(methodLabel, method, showLabel, show, gap, note);
        bar.getStyleClass().add("view-toolbar");
        setTop(bar);

        viewer.setId("rotationChart");
        viewer.getStyleClass().add("chart-viewer");
        viewer.setAccessibleText(text("rotation.chart.accessible"));
        viewer.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        setCenter(hover);
    }

    /** Called by the tab pane: draw only what is seen. */
    void setShowing(boolean now) {
        refresh.setShowing(now);
    }

    private void request() {
        refresh.request();
    }

    private void refresh() {
        MethodTable drawn = methods.tableProperty().get();
        ScalingContext c = drawn.context();
        List<ScaledFrequencies> choices = TeachingModel.rotationChoices(drawn,
                methods.methodProperty(MethodKind.NTK).get());
        ScaledFrequencies shown = listChoices(choices, c);
        chart.show(DefaultRope.INSTANCE.evaluate(c), shown, mode.get());
    }

    /** Offers {@code choices} in the choice box, showing the one drawn; returns it. */
    private ScaledFrequencies listChoices(List<ScaledFrequencies> choices, ScalingContext c) {
        ScaledFrequencies shown = TeachingModel.rotationShown(teaching.rotationMethodProperty().get(), choices);
        listing = true;
        try {
            List<MethodKind> kinds = choices.stream().map(f -> f.method().kind()).toList();
            if (!method.getItems().equals(kinds)) {
                method.setItems(FXCollections.observableArrayList(kinds));
            }
            method.setValue(shown.method().kind());
        } finally {
            listing = false;
        }
        return shown;
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
        List<ScaledFrequencies> shown = chart.shown();
        if (k < 0 || k >= shown.size() || k >= plotInfo.getSubplotCount()) {
            hover.hide();
            return;
        }
        Rectangle2D area = plotInfo.getSubplotInfo(k).getDataArea();
        long last = chart.context().newLength();
        double p = chart.positionAt(x, area);
        if (!area.contains(x, y) || p < 0 || p > last) {
            hover.hide();
            return;
        }
        int pair = chart.pairAt(y, area);
        double position = Math.round(p);
        ScaledFrequencies original = chart.original();
        List<HoverCard.Line3> lines = new ArrayList<>();
        for (ScaledFrequencies f : shown) {
            boolean isOriginal = f == original;
            String name = org.ropescope.chart.MethodDataset.legendLabel(f.method(), f.context()); // as in the legends
            if (pair >= f.size()) { // a pair a partial rotary head leaves still
                lines.add(new HoverCard.Line3(ChartStyle.paint(f.method().kind()), name, "cos = +1.000",
                        text("rotation.hover.still")));
                continue;
            }
            double period = f.period(pair);
            double cos = Math.cos(position * f.invFreq(pair));
            lines.add(new HoverCard.Line3(ChartStyle.paint(f.method().kind()), name,
                    "cos = " + String.format(Locale.ROOT, "%+.3f", cos),
                    isOriginal ? text("rotation.hover.period", Numbers.tokens(period))
                            : text("rotation.hover.periodRatio", Numbers.tokens(period),
                                    Numbers.significant(period / original.period(pair), 4))));
        }
        hover.show(x, y, x, area.getMinY(), area.getMaxY(),
                RotationRaster.columnSpan((int) Math.max(1, area.getWidth()), last) > 1
                        ? text("rotation.hover.headPixel", Numbers.grouped(position), Integer.toString(pair),
                                Numbers.significant(last / area.getWidth(), 3))
                        : text("rotation.hover.head", Numbers.grouped(position), Integer.toString(pair)),
                lines);
    }

    /** The viewer showing the heatmaps (what the export commands measure when this view is in front). */
    ChartViewer viewer() {
        return viewer;
    }
}
