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
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(export(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        startWindow(args);
    }

    private static int export(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Charset cs = Charset.defaultCharset();
        return ExportCommand.run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true));
    }

    private static void startWindow(String[] args) {
        Application.launch(RoPEScopeApp.class, args);
    }
}
