package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.PeriodChart;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;

/** The PNG encoder's files, read back by ImageIO's own PNG reader: same size, every pixel the same. */
class PngEncoderTest {

    @Test
    void theChartAsExportedReadsBackPixelForPixel() throws IOException {
        BufferedImage chart = ChartExporter.toImage(
                new PeriodChart(MethodTable.book(ScalingContext.of(RopeConfig.DEFAULT.withDim(8192)))).chart(), 1600, 1000);
        assertSamePixels(chart, roundTrip(chart));
    }

    @Test
    void noisePixelsWrapAroundTheSubFilterAndStillReadBack() throws IOException {
        BufferedImage noise = new BufferedImage(257, 31, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(17);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, r.nextInt());
            }
        }
        assertSamePixels(noise, roundTrip(noise));
    }

    @Test
    void otherImageLayoutsAreReadPixelByPixel() throws IOException {
        BufferedImage bgr = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage big = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 100; x++) {
                big.setRGB(x, y, (x * 2) << 16 | (y * 3) << 8 | (x + y));
                if (x < 40 && y < 30) {
                    bgr.setRGB(x, y, 0xFF0000 >> (x % 17) | y);
                }
            }
        }
        BufferedImage sub = big.getSubimage(7, 5, 60, 50); // shares the pixels at an offset
        assertSamePixels(bgr, roundTrip(bgr));
        assertSamePixels(sub, roundTrip(sub));
    }

    @Test
    void theFileIsRgbWithTheImagesSize() throws IOException {
        BufferedImage img = new BufferedImage(33, 7, BufferedImage.TYPE_INT_RGB);
        BufferedImage back = roundTrip(img);
        assertEquals(33, back.getWidth());
        assertEquals(7, back.getHeight());
        assertEquals(3, back.getColorModel().getNumComponents()); // RGB, no alpha
        assertEquals(8, back.getColorModel().getComponentSize(0));
    }

    private static BufferedImage roundTrip(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int w = expected.getWidth();
        for (int y = 0; y < expected.getHeight(); y++) {
            int[] want = expected.getRGB(0, y, w, 1, null, 0, w);
            int[] got = actual.getRGB(0, y, w, 1, null, 0, w);
            assertArrayEquals(want, got, "row " + y);
        }
    }
}
