package org.ropescope.ui;

import java.awt.Graphics2D;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * An opaque picture of part of a chart, drawn by Java2D beside the FX thread's other work of a frame
 * and shown once that frame's layout is done ({@link #finish}): two {@link PixelImage}s in turn, one
 * drawn while JavaFX may still be copying the other to the screen. Its node tells JavaFX it is opaque,
 * so a frame whose changes lie inside it starts drawing there: no background fill and nothing beneath.
 *
 * <p>Threads: every method on the FX thread. The drawing reads the chart off it, between {@link #draw}
 * and {@link #finish}: callers finish before they change what it reads, or, for a change made first,
 * draw again after it (the picture shown is then always the last one asked for).
 */
final class OffThreadImage {

    /** Draws the charts' pictures beside the FX thread; ends when idle. */
    private static final ExecutorService THREAD = DrawingThread.named("chart-layer");

    private final PixelImage[] images = {new PixelImage(), new PixelImage()};
    private final ImageView view = new ImageView();
    private final Pane holder = opaqueHolder(view);
    private int shown = 1;
    private PixelImage pending;
    private Runnable paint;
    private Runnable then;
    private Future<?> job;
    private double[] place;

    /** Runs after every frame's layout: finishes the drawing, and lets the pictures go when asked to. */
    private final Runnable afterLayout;

    /**
     * @param owner the node whose scene's frames each drawing joins, after their layout
     * @param whenHidden null to keep the pictures while the owner is hidden (in a tab not in front);
     *     else they are let go then (two images and the renderer's copies, about 10 MB for a chart of
     *     1000 x 700), and this runs, on the FX thread, to show the owner some other way
     */
    OffThreadImage(Node owner, Runnable whenHidden) {
        holder.setMouseTransparent(true);
        holder.setManaged(false);
        afterLayout = whenHidden == null ? this::finish : () -> {
            finish();
            if (holder.isVisible() && !shown(owner)) {
                letGo();
                whenHidden.run();
            }
        };
        owner.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    /** Shows nothing and drops both pictures, in this window and in its renderer. */
    private void letGo() {
        hide();
        view.setImage(null);
        // hidden, the view's change would wait for its tab to be shown again, and the renderer would
        // keep the picture until then: a change of its own visibility is passed on now
        view.setVisible(false);
        images[0] = new PixelImage();
        images[1] = new PixelImage();
    }

    /** The node to put over the chart (unmanaged, placed by {@link #finish}, hidden until first drawn). */
    Pane node() {
        return holder;
    }

    /**
     * Finishes the last drawing, then begins drawing a {@code w x h} picture (layout units) with
     * {@code drawing}, in device pixels at {@code pixelScale}, to be shown at ({@code x}, {@code y}):
     * beside the FX thread when {@code offThread}, else here and now; {@code whenShown} runs on the FX
     * thread once it is shown.
     */
    void draw(double x, double y, double w, double h, double pixelScale, Consumer<Graphics2D> drawing,
            boolean offThread, Runnable whenShown) {
        finish();
        then = whenShown;
        PixelImage image = images[1 - shown];
        image.size(w, h, pixelScale);
        pending = image;
        place = new double[] {x, y, w, h};
        paint = () -> image.draw(false, drawing);
        if (offThread) {
            job = THREAD.submit(paint); // joined after this frame's layout (finish)
        } else {
            finish();
        }
    }

    /**
     * Ends the drawing begun by {@link #draw} (waiting for it, or drawing it here when it failed off
     * the FX thread) and shows it. Runs after every frame's layout, and before anything else touches
     * the chart: until then only that drawing reads it.
     */
    void finish() {
        if (pending == null) {
            return;
        }
        boolean drawn = job != null && joined(job);
        PixelImage image = pending;
        Runnable again = paint;
        Runnable after = then;
        pending = null;
        paint = null;
        then = null;
        job = null;
        if (!drawn) {
            again.run();
        }
        image.showIn(view);
        view.setVisible(true);
        shown = image == images[0] ? 0 : 1;
        holder.resizeRelocate(place[0], place[1], place[2], place[3]);
        holder.setVisible(true);
        after.run();
    }

    /** Whether {@code node} and every node above it are visible (a tab's content is hidden when not in front). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Finishes any drawing and shows nothing: claims no pixels it has not drawn. */
    void hide() {
        finish();
        holder.setVisible(false);
    }

    /**
     * Waits for {@code job} to end (through interrupts: the drawing must be over before the chart is
     * touched again); false when it failed, to be drawn again on this thread, where a failure is
     * reported as any other.
     */
    private static boolean joined(Future<?> job) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    job.get();
                    return true;
                } catch (ExecutionException e) {
                    return false;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A pane that tells JavaFX it is opaque over its whole area (its image covers it), so a frame whose
     * changes lie inside it starts drawing there. JavaFX takes declared opaque insets only from a region
     * with a background: this one has a fill with no area, which is never painted.
     */
    private static Pane opaqueHolder(Node content) {
        Pane pane = new Pane(content);
        pane.setBackground(new Background(new BackgroundFill(Color.TRANSPARENT, CornerRadii.EMPTY,
                new Insets(0, Double.MAX_VALUE / 4, Double.MAX_VALUE / 4, 0))));
        pane.setOpaqueInsets(Insets.EMPTY);
        pane.setVisible(false);
        return pane;
    }
}
