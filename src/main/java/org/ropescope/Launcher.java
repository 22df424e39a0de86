package org.ropescope;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import javafx.application.Application;
import org.ropescope.cli.ExportCommand;
import org.ropescope.ui.RoPEScopeApp;

/**
 * The jar's entry point. A plain class (not an {@link Application}) so JavaFX starts from the
 * class path with {@code java -jar target/ropescope.jar}.
 *
 * <p>{@code java -jar target/ropescope.jar export ...} runs the headless command instead: AWT in
 * headless mode, and no JavaFX class is ever loaded (the window is started from its own method, which
 * that path never calls).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            switch (args[0]) {
                case "export" -> System.exit(export(java.util.Arrays.copyOfRange(args, 1, args.length)));
                case "schemes" -> System.exit(schemes(java.util.Arrays.copyOfRange(args, 1, args.length)));
                case "--version", "-V" -> {
                    System.out.println(AppInfo.NAME + " " + AppInfo.version());
                    return;
                }
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> { }
            }
        }
        if (!displayAvailable()) {
            System.err.println("RoPEScope: there is no display to open the window on (DISPLAY is not set); "
                    + "for work without a window use: java -jar ropescope.jar export --help");
            System.exit(2);
        }
        startWindow(args);
    }

    static final String USAGE = """
            Usage:
              java -jar ropescope.jar [FILE.ropescope]   open the window (optionally with a saved session)
              java -jar ropescope.jar --dark --presentation [FILE.ropescope]   ... in the dark theme, full screen
              java -jar ropescope.jar export [OPTIONS]   draw charts and tables with no window (export --help)
              java -jar ropescope.jar schemes [OPTIONS]  RoPE beside ALiBi, T5 and sinusoidal, no window (schemes --help)
              java -jar ropescope.jar --version          print the version
              java -jar ropescope.jar --help             print this help
            """;

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

    private static int export(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Charset cs = Charset.defaultCharset();
        return ExportCommand.run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true));
    }

    private static int schemes(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Charset cs = Charset.defaultCharset();
        return org.ropescope.cli.SchemesCommand.run(args,
                new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true));
    }

    private static void startWindow(String[] args) {
        org.ropescope.ui.StartupWarmup.start(); // on the second core while JavaFX starts
        Application.launch(RoPEScopeApp.class, args);
    }
}
