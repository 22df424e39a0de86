package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The image Java2D draws into: a drawing is what the view shows, and a size that changes by a pixel
 * or two (a drag moves the data area so) keeps the same image. A new image per size is what made the
 * software renderer hold a texture per size: the heap grew by 5 MB a second over a drag.
 */
@ExtendWith(ApplicationExtension.class)
class PixelImageTest {

    @Test
    void aSmallChangeOfSizeKeepsTheImageAndShowsOnlyThePartInUse(FxRobot robot) {
        PixelImage pixels = new PixelImage();
        ImageView view = new ImageView();
        show(robot, pixels, view, 851, 343, 1, Color.RED);
        Image first = view.getImage();
        assertEquals(851, view.getViewport().getWidth(), 0.0, "device pixels in use");
        assertEquals(851, view.getFitWidth(), 0.0, "shown at its layout size");
        assertEquals(0xFFFF0000, first.getPixelReader().getArgb(850, 342), "the drawing, to its last pixel");

        show(robot, pixels, view, 848, 345, 1, Color.BLUE); // filled far beyond: clipped to the part in use
        assertSame(first, view.getImage(), "a few pixels more or less: the same image");
        assertEquals(848, view.getViewport().getWidth(), 0.0);
        assertEquals(345, view.getViewport().getHeight(), 0.0);
        assertEquals(0xFF0000FF, first.getPixelReader().getArgb(847, 344), "drawn again");
        assertEquals(0xFFFF0000, first.getPixelReader().getArgb(849, 10), "beside the part in use: untouched, not shown");

        show(robot, pixels, view, 1800, 343, 1, null);
        assertNotSame(first, view.getImage(), "much wider: a new image");
        assertEquals(1800, view.getViewport().getWidth(), 0.0);
    }

    @Test
    void aHiDpiImageHasTwoDevicePixelsPerUnitAndTheLayoutSize(FxRobot robot) {
        PixelImage pixels = new PixelImage();
        ImageView view = new ImageView();
        show(robot, pixels, view, 100.5, 40, 2, null);
        assertEquals(201, view.getViewport().getWidth(), 0.0, "ceil(100.5 x 2) device pixels");
        assertEquals(100.5, view.getFitWidth(), 0.0, "at its size in layout units");
        assertEquals(40, view.getFitHeight(), 0.0);
    }

    /** Sizes {@code pixels}, fills far beyond it with {@code fill} (none when null) and shows it in {@code view}. */
    private static void show(FxRobot robot, PixelImage pixels, ImageView view, double w, double h, double scale,
            Color fill) {
        robot.interact(() -> {
            pixels.size(w, h, scale);
            pixels.draw(true, g -> {
                if (fill != null) {
                    g.setColor(fill);
                    g.fillRect(0, 0, 10_000, 10_000);
                }
            });
            pixels.showIn(view);
        });
    }
}
