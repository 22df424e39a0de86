package org.ropescope.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starting the JavaFX toolkit headless and running code on its thread, for the benchmark. */
final class Fx {

    private Fx() {
    }

    /**
     * Headless Monocle with software rendering, the set-up the tests use (see the Surefire block in
     * pom.xml). Must run before any JavaFX class starts the toolkit; values already set win.
     */
    static void headlessProperties() {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("prism.text", System.getProperty("prism.text", "t2k"));
        // as the app itself runs on the software renderer (ui/SoftwareRendering): no region image cache
        System.setProperty("prism.disableRegionCaching", System.getProperty("prism.disableRegionCaching", "true"));
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    /** Starts the toolkit, or joins it when it already runs (the smoke test runs after TestFX tests). */
    static void start() throws InterruptedException {
        headlessProperties();
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start in 30 s");
        }
        Platform.setImplicitExit(false);
    }

    /** Runs {@code task} on the FX thread and waits for its value. */
    static <T> T call(Callable<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    static void run(Runnable task) throws Exception {
        call(() -> {
            task.run();
            return null;
        });
    }
}
