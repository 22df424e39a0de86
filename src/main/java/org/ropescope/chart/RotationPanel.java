package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * One heatmap of the {@link RotationChart}: its own pair axis, image, markers and caption, and their
 * texts. The lines stay dark in every theme: they are drawn over the heatmap, which is light in every
 * theme.
 */
final class RotationPanel {
    final NumberAxis pairAxis = new NumberAxis(text("chart.rotation.pairAxis"));
    // markers are drawn only for a plot with a renderer: an empty one carries the image and captions
    final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, false);
    final XYPlot plot = new XYPlot(null, null, pairAxis, renderer);
    final RotationChart.RasterAnnotation raster = new RotationChart.RasterAnnotation();
    final ValueMarker origLine = line();
    final ValueMarker newLine = line();
    final ValueMarker turnLine;
    final ValueMarker stillLine;
    final XYTextAnnotation caption = new XYTextAnnotation("", 0, -0.5);

    RotationPanel() {
        pairAxis.setInverted(true); // pair 0 (fastest) at the top, like a table
        pairAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        renderer.addAnnotation(raster, Layer.BACKGROUND); // under the markers and captions
        plot.addDomainMarker(origLine, Layer.FOREGROUND);
        plot.addDomainMarker(newLine, Layer.FOREGROUND);
        turnLine = new ValueMarker(0, ChartStyle.HEATMAP_TURN_LINE, new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f));
        turnLine.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        turnLine.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        turnLine.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        plot.addRangeMarker(turnLine, Layer.FOREGROUND);
        stillLine = new ValueMarker(0, ChartStyle.HEATMAP_LINE, new BasicStroke(2.2f));
        stillLine.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        stillLine.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        stillLine.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        plot.addRangeMarker(stillLine, Layer.FOREGROUND);
        caption.setOutlineVisible(false);
        caption.setTextAnchor(TextAnchor.TOP_LEFT);
        renderer.addAnnotation(caption, Layer.FOREGROUND);
    }

    void show(ScaledFrequencies f, String label, long turnLimit, String limitName) {
        ScalingContext cfg = f.context();
        int pairs = cfg.headPairs();
        raster.set(RotationChart.thetas(f), cfg.newLength());
        pairAxis.setRange(-0.5, pairs - 0.5);
        origLine.setValue(cfg.originalLength());
        origLine.setLabel("m_l = " + Numbers.grouped(cfg.originalLength())); // 2,000 as everywhere else
        newLine.setValue(cfg.newLength());
        newLine.setLabel("m = " + Numbers.grouped(cfg.newLength()));
        int within = RotationChart.pairsWithin(f, turnLimit);
        boolean turnShown = within < f.size(); // else it would fall on the line of the still pairs
        turnLine.setValue(within - 0.5);
        turnLine.setLabel(turnShown
                ? text("chart.rotation.neverComplete", Integer.toString(within), Integer.toString(pairs - 1), limitName,
                        Numbers.grouped(turnLimit))
                : "");
        turnLine.setAlpha(turnShown ? 1f : 0f);
        stillLine.setValue(f.size() - 0.5);
        stillLine.setLabel(cfg.isPartial() ? text("chart.rotation.still", Integer.toString(f.size()),
                Integer.toString(pairs - 1), Integer.toString(cfg.rotaryDim()), Integer.toString(cfg.headDim())) : "");
        stillLine.setAlpha(cfg.isPartial() ? 1f : 0f);
        caption.setText(" " + label + " ");
        caption.setX(cfg.newLength() * 0.004);
        // a step below the top edge: at the edge itself the data area's clip cut the box's top
        caption.setY(-0.5 + 0.015 * pairs);
    }

    void theme(ChartTheme t) {
        plot.setBackgroundPaint(t.background());
        for (ValueMarker m : new ValueMarker[] {origLine, newLine, turnLine, stillLine}) {
            m.setLabelFont(t.font(m == turnLine || m == stillLine ? Font.PLAIN : Font.BOLD, 12));
            m.setLabelPaint(t.text());
            m.setLabelBackgroundColor(t.labelBackground());
        }
        caption.setFont(t.font(Font.BOLD, 13));
        caption.setPaint(t.text());
        caption.setBackgroundPaint(t.labelBackground());
    }

    static ValueMarker line() {
        ValueMarker m = new ValueMarker(0, ChartStyle.HEATMAP_LINE, new BasicStroke(1.8f));
        m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return m;
    }
}
