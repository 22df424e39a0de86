package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.DynamicNtk;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.Yarn;
import org.ropescope.testing.Book;

/** The chart still draws at the edges of the domain: a log axis over a tiny or a huge range. */
class PeriodChartEdgesTest {

    @ParameterizedTest(name = "b={0} d={1} {2}->{3}")
    @CsvSource({
        "1.000000000001, 4, 1, 1",
        "1.0001, 4, 16, 16",
        "1e10, 8192, 1, 100000000",
        "1e10, 4, 100000000, 100000000",
        "100, 8192, 16, 16",
        "10000, 128, 4096, 16384",
    })
    void drawsAtTheEdges(double b, int d, long ml, long m) {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.of(b, d, ml, m)));
        assertDrawn(chart.chart());
        // every method of issue 5, on both charts, at the same edges
        ScalingContext ctx = ScalingContext.of(RopeConfig.of(b, d, ml, m));
        MethodTable all = MethodTable.of(ctx, List.of(DefaultRope.INSTANCE, Linear.followingContext(),
                Ntk.followingContext(), DynamicNtk.at(2, m), Yarn.followingContext(), Llama3.followingContext()));
        assertDrawn(new PeriodChart(all).chart());
        assertDrawn(new StretchChart(all).chart());
    }

    private static void assertDrawn(JFreeChart chart) {
        ValueAxis y = chart.getXYPlot().getRangeAxis();
        assertTrue(Double.isFinite(y.getLowerBound()) && y.getLowerBound() > 0, "lower " + y.getLowerBound());
        assertTrue(Double.isFinite(y.getUpperBound()) && y.getUpperBound() > y.getLowerBound());
        BufferedImage img = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 800, 500));
        g.dispose();
        Set<Integer> colours = new HashSet<>();
        for (int yy = 0; yy < 500; yy += 3) {
            for (int xx = 0; xx < 800; xx += 3) {
                colours.add(img.getRGB(xx, yy));
            }
        }
        assertTrue(colours.size() > 20, "a drawn chart has many colours, got " + colours.size());
    }
}
