package org.ropescope.ui;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Tells when the first frame that shows the chart has been painted, for the start-up measurement
 * ({@code packaging/measure-startup.sh}). Off unless the system property
 * {@value #PROPERTY} is {@code print} (print the time) or {@code exit} (print it, then quit).
 *
 * <p>"First painted frame", precisely: the moment the pixels of the first frame that holds the laid-out
 * chart have been handed to the window system. JavaFX runs a pulse per frame on the FX thread
 * (animation timers, CSS, layout, then a render job for the render thread); the render thread
 * then posts the finished pixels back to the FX thread, which gives them to the window. A pulse
 * waits, at its end, for the previous frame's render job to finish. So: the probe finds pulse k,
 * the first whose chart has a non-zero size (it was laid out, and its canvas drawn, in pulse k-1,
 * whose frame is the first with the chart); at the start of pulse k+1 the render of that frame
 * may still be running; pulse k+1 ends only once it is done and its pixels were posted; the
 * probe stamps the time in a runLater queued at the start of pulse k+2, behind those pixels.
 * Checked under Xvfb: with the app frozen (SIGSTOP) 15 to 30 ms after the stamp, a screenshot showed
 * the whole chart in 5 of 5 starts.
 */
public final class StartupProbe extends AnimationTimer {

    public static final String PROPERTY = "ropescope.startup.probe";
    /** The line the probe prints; a script reads the number after it. */
    public static final String PREFIX = "ropescope.first-frame.epoch-us=";

    private final Node chart;
    private final Consumer<Instant> onFirstFrame;
    private int pulsesWithChart;
    private int pulses;

    StartupProbe(Node chart, Consumer<Instant> onFirstFrame) {
        this.chart = chart;
        this.onFirstFrame = onFirstFrame;
    }

    @Override
    public void handle(long now) {
        if (pulses++ == 0) {
            StartupTrace.phase("firstPulse");
        }
        if (chart.getLayoutBounds().getWidth() > 0 && chart.getLayoutBounds().getHeight() > 0
                && chart.getScene() != null && chart.getScene().getWindow().isShowing()) {
            if (pulsesWithChart++ == 0) {
                StartupTrace.phase("chartLaidOut");
            }
        }
        if (pulsesWithChart == 3) {
            stop();
            Platform.runLater(() -> onFirstFrame.accept(Instant.now()));
        }
    }

    /** Later steps of the start that "exit" also waits for (FX thread only). */
    private static final java.util.Set<String> AWAITED = new java.util.HashSet<>();
    private static Runnable quitWhenDone;

    /** A later step of the start the first frame does not wait for (the typeset equation) has begun. */
    static void await(String name) {
        AWAITED.add(name);
    }

    /**
     * That step is done: prints {@code ropescope.NAME.epoch-us=...} when the probe is on; with
     * {@code exit} the app quits once the first frame and every awaited step are done (so the AOT
     * cache's training start covers them too).
     */
    static void mark(String name) {
        String mode = System.getProperty(PROPERTY, "");
        if (AWAITED.remove(name) && (mode.equals("print") || mode.equals("exit"))) {
            Instant at = Instant.now();
            System.out.println("ropescope." + name + ".epoch-us=" + (at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000));
            System.out.flush();
            if (AWAITED.isEmpty() && quitWhenDone != null) {
                quitWhenDone.run();
            }
        }
    }

    /** Installs the probe when {@value #PROPERTY} asks for it; {@code quit} ends the app after the report. */
    static void installIfAsked(Node chart, Runnable quit) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("print") && !mode.equals("exit")) {
            return;
        }
        new StartupProbe(chart, at -> {
            System.out.println(PREFIX + (at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000));
            System.out.flush();
            if (mode.equals("exit")) {
                if (AWAITED.isEmpty()) {
                    quit.run();
                } else {
                    quitWhenDone = quit;
                }
            }
        }).start();
    }
}
