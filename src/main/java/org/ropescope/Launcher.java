package org.ropescope;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import javafx.application.Application;
import org.ropescope.ui.RoPEScopeApp;

/**
 * The jar's entry point. A plain class (not an {@link Application}) so JavaFX starts from the
 * class path with {@code java -jar target/ropescope.jar}.
 *
 * <p>{@link RopeScopeCommand} reads the command line: {@code java -jar target/ropescope.jar export ...}
 * runs a headless command instead (AWT in headless mode, and no JavaFX class is ever loaded: the window
 * is started from its own method, which that path never calls); with no subcommand the window opens,
 * and reads its options with the same definitions.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        org.ropescope.ui.StartupTrace.phase("main");
        Charset cs = Charset.defaultCharset();
        int status = RopeScopeCommand.run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true));
        if (status != RopeScopeCommand.OPEN_WINDOW) {
            System.exit(status);
        }
        if (!displayAvailable()) {
            System.err.println("RoPEScope: there is no display to open the window on (DISPLAY is not set); "
                    + "for work without a window use: java -jar ropescope.jar export --help");
            System.exit(2);
        }
        startWindow(args);
    }

    /** On Linux a window needs an X11 or Wayland display; headless test runs use Monocle instead. */
    static boolean displayAvailable() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void startWindow(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            // AWT draws only into images here (charts, exports, font metrics); the window is JavaFX's.
            // With a display, AWT's first image opened its own X connection, on the warm-up thread,
            // while GTK opened JavaFX's: Xlib initialised from two threads at once deadlocked about one
            // start in 150 (no window, both threads inside XOpenDisplay), and cost 3 MB resident
            System.setProperty("java.awt.headless", "true");
        }
        org.ropescope.ui.StartupWarmup.start(); // on the second core while JavaFX starts
        org.ropescope.ui.StartupTrace.phase("launch");
        Application.launch(RoPEScopeApp.class, args);
    }
}
