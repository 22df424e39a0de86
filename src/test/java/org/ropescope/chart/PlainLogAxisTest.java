package org.ropescope.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.ropescope.format.Numbers;

class PlainLogAxisTest {

    private static void decades(LogAxis axis) {
        axis.setBase(10);
        axis.setNumberFormatOverride(Numbers.compactFormat());
        axis.setStandardTickUnits(PlotStyle.wholePowerTickUnits(9));
        axis.setMinorTickCount(9);
        axis.setRange(3, 2_000_000);
    }

    @Test
    void ticksAreLogAxisTicksAsPlainText() {
        LogAxis log = new LogAxis("T");
        PlainLogAxis plain = new PlainLogAxis("T");
        decades(log);
        decades(plain);
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        Rectangle2D area = new Rectangle2D.Double(0, 0, 600, 400);
        List<?> expected = log.refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT);
        List<?> actual = plain.refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT);

        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            LogTick e = (LogTick) expected.get(i);
            NumberTick a = assertInstanceOf(NumberTick.class, actual.get(i));
            assertEquals(e.getValue(), a.getValue());
            assertEquals(e.getTickType(), a.getTickType());
            assertEquals(e.getTextAnchor(), a.getTextAnchor());
            assertEquals(e.getAttributedLabel() == null ? null : PlainLogAxis.text(e.getAttributedLabel()), a.getText());
        }
        List<String> majors = actual.stream().map(t -> (ValueTick) t).filter(t -> t.getText() != null)
                .map(Tick::getText).toList();
        assertEquals(List.of("10", "100", "1k", "10k", "100k", "1M"), majors);
        g2.dispose();
    }

    @Test
    void textDropsTheAttributes() {
        AttributedString s = new AttributedString("10k");
        s.addAttribute(java.awt.font.TextAttribute.SUPERSCRIPT, java.awt.font.TextAttribute.SUPERSCRIPT_SUPER, 2, 3);
        assertEquals("10k", PlainLogAxis.text(s));
        assertEquals("", PlainLogAxis.text(new AttributedString("")));
    }
}
