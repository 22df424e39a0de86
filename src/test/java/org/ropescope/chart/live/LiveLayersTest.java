package org.ropescope.chart.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.PeriodChart;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.testing.Book;

/**
 * The window draws the period chart in two layers; together they must be the chart drawn in one
 * pass, and files must keep drawing it in one pass.
 */
class LiveLayersTest {

    private static final int W = 1000;
    private static final int H = 620;

    @Test
    void stillLayerPlusMovingLayerIsTheChartDrawnInOnePass() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        chart.setShortcutShown(true); // the inset chart and the pointer too
        BufferedImage whole = draw(chart, null);

        BufferedImage still = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D stillG = still.createGraphics();
        chart.liveLayers().setLiveSurface(g -> g == stillG);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().draw(stillG, new Rectangle(W, H), info);
        stillG.dispose();
        BufferedImage moving = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D movingG = moving.createGraphics();
        Rectangle2D[] areas = chart.liveLayers().movingAreas(info);
        chart.liveLayers().drawMovingPlot(movingG, areas[0]);
        assertTrue(chart.liveLayers().drawMovingHeader(movingG));
        chart.liveLayers().drawMovingAxis(movingG, info);
        movingG.dispose();

        // the still layer alone has no curve: the original curve's pixel is background there
        Rectangle2D data = areas[0];
        int x = (int) chart.chart().getXYPlot().getDomainAxis().valueToJava2D(30, data, RectangleEdge.BOTTOM);
        int y = (int) chart.chart().getXYPlot().getRangeAxis().valueToJava2D(
                chart.book().first(MethodKind.DEFAULT).period(30), data, RectangleEdge.LEFT);
        assertFalse(near(still, x, y, chart.theme().paint(MethodKind.DEFAULT)), "no curve on the still layer");
        assertTrue(near(moving, x, y, chart.theme().paint(MethodKind.DEFAULT)), "the curve on the moving layer");
        // the pair axis is on the moving layer too: its strip on the still layer is blank
        Rectangle2D strip = areas[2];
        int background = chart.theme().background().getRGB();
        int inked = 0;
        for (int py = (int) strip.getMinY() + 2; py < (int) strip.getMaxY(); py++) {
            for (int px = (int) data.getMinX() + 2; px < (int) data.getMaxX() - 2; px++) {
                inked += distance(still.getRGB(px, py), background) > 24 ? 1 : 0;
            }
        }
        assertEquals(0, inked, "pixels of the pair axis drawn on the still layer");

        Graphics2D g = still.createGraphics();
        g.drawImage(moving, 0, 0, null);
        g.dispose();
        int differing = 0;
        for (int py = 0; py < H; py++) {
            for (int px = 0; px < W; px++) {
                if (distance(still.getRGB(px, py), whole.getRGB(px, py)) > 24) {
                    differing++;
                }
            }
        }
        // the two ways blend anti-aliased edges in another order; nothing else may differ
        assertTrue(differing < W * H / 500, differing + " pixels differ from the chart drawn in one pass");
    }

    @Test
    void filesDrawEverythingWhateverTheWindowDoes() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        chart.liveLayers().setLiveSurface(g -> g.getClass().getSimpleName().equals("FXGraphics2D"));
        BufferedImage png = draw(chart, null);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().createBufferedImage(W, H, info);
        Rectangle2D data = info.getPlotInfo().getDataArea();
        int x = (int) chart.chart().getXYPlot().getDomainAxis().valueToJava2D(30, data, RectangleEdge.BOTTOM);
        int y = (int) chart.chart().getXYPlot().getRangeAxis().valueToJava2D(
                chart.book().first(MethodKind.DEFAULT).period(30), data, RectangleEdge.LEFT);
        assertTrue(near(png, x, y, chart.theme().paint(MethodKind.DEFAULT)));
    }

    @Test
    void stillKeyIgnoresADragOfMWithinAQuarterDecadeAndOfDButNotAPeriodAxisChange() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        Object before = chart.liveLayers().stillKey();
        chart.update(Book.table(RopeConfig.DEFAULT.withLengths(4096, 17_000)));
        assertEquals(before, chart.liveLayers().stillKey(), "m 16,384 -> 17,000: same axes, same legend");
        chart.update(Book.table(RopeConfig.DEFAULT.withDim(256).withLengths(4096, 17_000)));
        assertEquals(before, chart.liveLayers().stillKey(), "d 128 -> 256: the pair axis moves with the curves");
        chart.update(Book.table(RopeConfig.DEFAULT.withLengths(4096, 1_000_000)));
        assertNotEquals(before, chart.liveLayers().stillKey(), "m = 1M: the period axis grows");
    }

    @Test
    void aSubtitleThatNeedsAnotherLineAsksForTheStillLayerAgain() {
        PeriodChart chart = new PeriodChart(Book.table(RopeConfig.DEFAULT));
        BufferedImage still = new BufferedImage(420, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D stillG = still.createGraphics();
        chart.liveLayers().setLiveSurface(g -> g == stillG);
        chart.chart().draw(stillG, new Rectangle(420, H), new ChartRenderingInfo());
        Graphics2D movingG = new BufferedImage(420, H, BufferedImage.TYPE_INT_ARGB).createGraphics();
        assertTrue(chart.liveLayers().drawMovingHeader(movingG));
        chart.update(Book.table(RopeConfig.DEFAULT.withBase(123_456_789.123).withLengths(4096, 98_765_432)));
        assertFalse(chart.liveLayers().drawMovingHeader(movingG), "a longer text wraps: lay out again");

        chart.chart().draw(stillG, new Rectangle(420, H), new ChartRenderingInfo()); // laid out for two lines
        chart.update(Book.table(RopeConfig.DEFAULT));
        assertTrue(chart.liveLayers().drawMovingHeader(movingG), "back on one line: it fits the taller place");
    }

    private static BufferedImage draw(PeriodChart chart, ChartRenderingInfo info) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        chart.chart().draw(g, new Rectangle(W, H), info);
        g.dispose();
        return img;
    }

    /** Whether a pixel within 2 px of (x, y) has about the colour {@code c}. */
    private static boolean near(BufferedImage img, int x, int y, Color c) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int argb = img.getRGB(x + dx, y + dy);
                if ((argb >>> 24) > 200 && distance(argb, c.getRGB()) < 60) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift : new int[] {24, 16, 8, 0}) {
            d = Math.max(d, Math.abs((a >>> shift & 0xFF) - (b >>> shift & 0xFF)));
        }
        return d;
    }
}
