package org.ropescope;

import javafx.application.Application;
import org.ropescope.ui.RoPEScopeApp;

/**
 * The jar's entry point. A plain class (not an {@link Application}) so JavaFX starts from the
 * class path with {@code java -jar target/ropescope.jar}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(RoPEScopeApp.class, args);
    }
}
