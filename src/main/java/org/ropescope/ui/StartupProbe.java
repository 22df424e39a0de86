package org.ropescope.ui;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * Tells when the first frame that shows the chart has been painted, for the start-up measurement
 * ({@code packaging/measure-startup.sh}). Off unless the system property
 * {@value #PROPERTY} is {@code print} (print the time) or {@code exit} (print it, then quit).
 *
 * <p>"First painted frame", precisely: JavaFX lays out and renders a scene in a pulse; it starts a
 * pulse only after the previous frame's rendering was handed to the screen. The probe counts
 * pulses from the first one that finds the chart laid out at a non-zero size (its canvas was drawn
 * in the pulse before, and that frame was rendered) and stamps the time at the start of the next
 * one, by which the frame holding the chart is on screen. The error is at most one frame.
 */
public final class StartupProbe extends AnimationTimer {

    public static final String PROPERTY = "ropescope.startup.probe";
    /** The line the probe prints; a script reads the number after it. */
    public static final String PREFIX = "ropescope.first-frame.epoch-us=";

    private final Node chart;
    private final Consumer<Instant> onFirstFrame;
    private int pulsesWithChart;

    StartupProbe(Node chart, Consumer<Instant> onFirstFrame) {
        this.chart = chart;
        this.onFirstFrame = onFirstFrame;
    }

    @Override
    public void handle(long now) {
        if (chart.getLayoutBounds().getWidth() > 0 && chart.getLayoutBounds().getHeight() > 0
                && chart.getScene() != null && chart.getScene().getWindow().isShowing()) {
            pulsesWithChart++;
        }
        if (pulsesWithChart == 2) {
            stop();
            onFirstFrame.accept(Instant.now());
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
                quit.run();
            }
        }).start();
    }
}
