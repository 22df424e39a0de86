package org.ropescope.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A thread a view draws or computes on beside the FX thread: one at most, a daemon, gone when idle. */
final class DrawingThread {

    private DrawingThread() {
    }

    /** One daemon thread named {@code name}, started on demand and ended 5 s after its last task. */
    static ExecutorService named(String name) {
        return new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
