package org.ropescope.ui;

import java.time.Instant;

/**
 * The phases of the start, for the start-up measurement: with the probe on
 * ({@code -Dropescope.startup.probe=print} or {@code exit}, see {@link StartupProbe}) each phase prints
 * {@code ropescope.phase.NAME.epoch-us=...}, so {@code packaging/measure-startup.sh} can say where
 * the time from launch to the first frame goes. No JavaFX class here: the launcher calls it before
 * the toolkit starts. Off, it costs one property read per phase.
 */
public final class StartupTrace {

    private static final boolean ON = isOn();

    private StartupTrace() {
    }

    private static boolean isOn() {
        String mode = System.getProperty(StartupProbe.PROPERTY, "");
        return mode.equals("print") || mode.equals("exit");
    }

    /** Marks the end of phase {@code name}, when the probe is on. */
    public static void phase(String name) {
        if (ON) {
            Instant at = Instant.now();
            System.out.println("ropescope.phase." + name + ".epoch-us=" + (at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000));
        }
    }
}
