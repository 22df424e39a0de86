package org.ropescope.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs an update at most once per frame: {@link #request} only marks it due, and the next pulse runs
 * it once, with the latest values. A drag that changes an input a hundred times between two frames
 * costs one update.
 */
final class PerFrame {

    private final AnimationTimer timer;

    PerFrame(Runnable update) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                update.run();
            }
        };
    }

    void request() {
        timer.start();
    }
}
