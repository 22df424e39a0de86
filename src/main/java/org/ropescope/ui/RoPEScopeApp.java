package org.ropescope.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ropescope.model.ExplorerModel;

/** The JavaFX application: builds the model and the window and wires them through constructors. */
public final class RoPEScopeApp extends Application {

    public static final String TITLE = "RoPEScope";
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        show(stage, new ExplorerModel());
        new CrashReporter(CrashReporter.defaultLogDir(), stage).install();
    }

    /** Shows the explorer for {@code model} on {@code stage}; tests call this with their own stage. */
    public static MainWindow show(Stage stage, ExplorerModel model) {
        MainWindow window = new MainWindow(model);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        Scene scene = new Scene(window, w, h);
        scene.getStylesheets().add(Objects.requireNonNull(
                RoPEScopeApp.class.getResource("/org/ropescope/app.css")).toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, w));
        stage.setMinHeight(Math.min(600, h));
        stage.show();
        return window;
    }
}
