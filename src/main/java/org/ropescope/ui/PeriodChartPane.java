package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.ropescope.chart.PairReadout;
import org.ropescope.chart.PeriodChart;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.model.TeachingModel;

/**
 * The period chart's viewer with its hover read-out (crosshair and card: every drawn series' period
 * and stretch at the pair under the mouse) and click-to-select (the table follows).
 */
final class PeriodChartPane {

    private final PeriodChart chart;
    private final TeachingModel teaching;
    private final HoverCard hover;

    PeriodChartPane(PeriodChart chart, ChartViewer viewer, TeachingModel teaching) {
        this.chart = chart;
        this.teaching = teaching;
        this.hover = new HoverCard(viewer, "periodHover");
        viewer.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        viewer.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                int pair = pairAt(e.getX());
                teaching.selectedPairProperty().set(pair);
            }
        });
        teaching.selectedPairProperty().addListener((obs, was, now) -> chart.setHighlightedPair(now.intValue()));
        teaching.lambdaEqualsSProperty().addListener((obs, was, now) -> chart.setShortcutShown(now));
        chart.setShortcutShown(teaching.lambdaEqualsSProperty().get());
    }

    /** The node to place in the window: the viewer with its hover overlay. */
    HoverCard node() {
        return hover;
    }

    private Rectangle2D dataArea() {
        ChartRenderingInfo info = hover.viewer().getRenderingInfo();
        return info == null ? null : info.getPlotInfo().getDataArea();
    }

    int pairAt(double x) {
        return chart.pairAt(x, dataArea());
    }

    void hoverAt(double x, double y) {
        Rectangle2D area = dataArea();
        int pair = chart.pairAt(x, area);
        if (pair < 0 || y < area.getMinY() || y > area.getMaxY()) {
            hover.hide();
            return;
        }
        XYPlot plot = chart.chart().getXYPlot();
        double lineX = plot.getDomainAxis().valueToJava2D(pair, area, plot.getDomainAxisEdge());
        List<HoverCard.Line3> lines = new ArrayList<>();
        for (PairReadout.Row r : PairReadout.rows(plot, pair)) {
            lines.add(new HoverCard.Line3(r.paint(), r.series(), r.periodText(), r.stretchText()));
        }
        hover.show(x, y, lineX, area.getMinY(), area.getMaxY(),
                text("periods.hover.head", Integer.toString(pair),
                        Numbers.significant(chart.book().first(MethodKind.DEFAULT).invFreq(pair), 6)),
                lines);
    }
}
