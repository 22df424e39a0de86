package org.ropescope.ui;

/**
 * Draws a view only while it is seen, at most once a frame: a change while hidden marks it stale,
 * and it is drawn when shown again. For the tabs whose content is costly (Rotation, Schemes).
 */
final class WhenShown {

    private final Runnable draw;
    private final PerFrame perFrame = new PerFrame(this::drawNow);
    private boolean showing;
    private boolean stale;

    /** {@code staleAtStart}: whether the first show must draw even without a change before it. */
    WhenShown(Runnable draw, boolean staleAtStart) {
        this.draw = draw;
        this.stale = staleAtStart;
    }

    /** Called by the tab pane: draw only what is seen. */
    void setShowing(boolean now) {
        showing = now;
        if (showing && stale) {
            drawNow();
        }
    }

    /** Something the view shows changed: drawn in the next frame if seen, else when next shown. */
    void request() {
        stale = true;
        if (showing) {
            perFrame.request();
        }
    }

    private void drawNow() {
        stale = false;
        draw.run();
    }
}
