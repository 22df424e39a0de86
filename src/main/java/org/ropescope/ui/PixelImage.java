package org.ropescope.ui;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * An image Java2D draws into and the window shows: the pixels of a {@link BufferedImage} are the ints
 * of the {@link PixelBuffer} behind a JavaFX image, so a drawing reaches the screen with no copy and
 * no change of pixel format on either thread. Sized in device pixels (the window's render scale) and
 * shown at its size in layout units, so it stays sharp on a HiDPI screen.
 *
 * <p>Threads: {@link #size} and {@link #showIn} on the FX thread; {@link #draw} on any one thread at
 * a time, and never while JavaFX may be copying the pixels of this image to the screen (that is, not
 * while it is the image shown: a caller drawing off the FX thread alternates two of them).
 */
final class PixelImage {

    private BufferedImage buffer;
    private PixelBuffer<IntBuffer> pixels;
    private WritableImage image;
    private double scale = 1;

    /**
     * Makes the image {@code width} x {@code height} layout units at {@code pixelScale} device pixels per
     * unit: a new one when the size changed, else the last one as it was.
     */
    void size(double width, double height, double pixelScale) {
        int pw = Math.max(1, (int) Math.ceil(width * pixelScale));
        int ph = Math.max(1, (int) Math.ceil(height * pixelScale));
        scale = pixelScale;
        if (buffer == null || buffer.getWidth() != pw || buffer.getHeight() != ph) {
            buffer = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] argb = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
            pixels = new PixelBuffer<>(pw, ph, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }
    }

    /** Draws with {@code paint} (a Graphics2D in device pixels), cleared to transparent first when {@code clear}. */
    void draw(boolean clear, Consumer<Graphics2D> paint) {
        Graphics2D g = buffer.createGraphics();
        try {
            if (clear) {
                g.setComposite(AlphaComposite.Clear);
                g.fillRect(0, 0, buffer.getWidth(), buffer.getHeight());
                g.setComposite(AlphaComposite.SrcOver);
            }
            paint.accept(g);
        } finally {
            g.dispose();
        }
    }

    /** Tells JavaFX every pixel may have changed and shows the image in {@code view}, at its layout size. */
    void showIn(ImageView view) {
        pixels.updateBuffer(b -> null); // null: all of it
        view.setImage(image);
        view.setFitWidth(buffer.getWidth() / scale);
        view.setFitHeight(buffer.getHeight() / scale);
    }

    /** The image's width and height in device pixels, for tests; 0 x 0 before {@link #size}. */
    int[] pixelSize() {
        return buffer == null ? new int[2] : new int[] {buffer.getWidth(), buffer.getHeight()};
    }
}
