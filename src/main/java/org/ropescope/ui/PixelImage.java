package org.ropescope.ui;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
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
 * <p>The image is kept while the size changes a little (a drag moves the data area by a pixel or two
 * whenever the period axis's labels change width): it is allocated with 16 to 47 pixels to spare each
 * way and shown through a viewport of the part in use. JavaFX's software renderer holds every image's texture until
 * the image itself is collected, which it was not (about 5 MB a second of a drag, heap after GC rising
 * from 31 to 97 MB in 15 s) when each new size made a new image.
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
    private int usedWidth;
    private int usedHeight;

    /**
     * Makes the image {@code width} x {@code height} layout units at {@code pixelScale} device pixels per
     * unit: a new one when the size changed, else the last one as it was.
     */
    void size(double width, double height, double pixelScale) {
        int pw = Math.max(1, (int) Math.ceil(width * pixelScale));
        int ph = Math.max(1, (int) Math.ceil(height * pixelScale));
        scale = pixelScale;
        usedWidth = pw;
        usedHeight = ph;
        if (buffer == null || !fits(pw, buffer.getWidth()) || !fits(ph, buffer.getHeight())) {
            int cw = roomFor(pw);
            int ch = roomFor(ph);
            buffer = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] argb = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
            pixels = new PixelBuffer<>(cw, ch, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }
    }

    /** Whether {@code capacity} pixels hold {@code needed} with no more than 96 to spare. */
    private static boolean fits(int needed, int capacity) {
        return needed <= capacity && capacity - needed <= 96;
    }

    /** The capacity for {@code needed} pixels: 16 to 47 more, in whole steps of 32 (memory counts twice: texture). */
    private static int roomFor(int needed) {
        return (needed + 16 + 31) / 32 * 32;
    }

    /**
     * Draws with {@code paint} (a Graphics2D in device pixels, its origin the top left of the part in
     * use), cleared to transparent first when {@code clear}.
     */
    void draw(boolean clear, Consumer<Graphics2D> paint) {
        Graphics2D g = buffer.createGraphics();
        try {
            if (clear) {
                g.setComposite(AlphaComposite.Clear);
                g.fillRect(0, 0, usedWidth, usedHeight);
                g.setComposite(AlphaComposite.SrcOver);
            }
            g.clipRect(0, 0, usedWidth, usedHeight);
            paint.accept(g);
        } finally {
            g.dispose();
        }
    }

    /** Tells JavaFX the part in use may have changed and shows the image in {@code view}, at its layout size. */
    void showIn(ImageView view) {
        pixels.updateBuffer(b -> new Rectangle2D(0, 0, usedWidth, usedHeight));
        view.setImage(image);
        view.setViewport(new Rectangle2D(0, 0, usedWidth, usedHeight));
        view.setFitWidth(usedWidth / scale);
        view.setFitHeight(usedHeight / scale);
    }

    /** Device pixels per layout unit where {@code node} is shown (1 before it is in a window). */
    static double renderScale(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null
                ? node.getScene().getWindow().getRenderScaleX() : 1;
    }
}
