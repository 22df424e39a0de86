package org.ropescope.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.ViewSettings;

/** The JavaFX application: builds the models once, and the window as a view over them, wired through constructors. */
public final class RoPEScopeApp extends Application {

    public static final String TITLE = "RoPEScope";
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;

    /** Starts the window; the command line may name a theme, presentation mode and a session file. */
    @Override
    public void start(Stage stage) {
        StartupTrace.phase("toolkit");
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        options.problems().forEach(System.err::println);
        // before the first control exists: Control's class initialiser loads JavaFX's own Modena
        // stylesheet (150 KB) unless an application stylesheet is set already, and the theme replaces it
        setUserAgentStylesheet(Appearance.stylesheet(options.theme()));
        Languages.use(Languages.atStart(options.language(), Languages.preferences(), java.util.Locale.getDefault()));
        InputsModel model = new InputsModel();
        ViewSettings settings = new ViewSettings();
        settings.setTheme(options.theme());
        settings.setPresentation(options.presentation());
        WindowModels models = WindowModels.of(new MethodsModel(model), settings);
        StartupTrace.phase("models");
        MainWindow view = view(models);
        StartupTrace.phase("view");
        MainWindow window = show(stage, view);
        StartupTrace.phase("shown");
        new CrashReporter(CrashReporter.defaultLogDir(), stage).install();
        StartupProbe.installIfAsked(window.lookup("#periodChart"), javafx.application.Platform::exit);
        DragProbe.installIfAsked(window, javafx.application.Platform::exit);
        options.session().ifPresent(file -> {
            window.openSession(file);
            window.history().clear(); // the session named on the command line is where undo starts
        });
    }

    /**
     * The window's view over {@code models}, the scene's root. The models are built once, in
     * {@link #start}; a view built anew over them (another language, say) shows the same state,
     * and {@link #show(Stage, MainWindow)} puts it on the stage.
     */
    static MainWindow view(WindowModels models) {
        return new MainWindow(models);
    }

    /** Shows the explorer for {@code model} on {@code stage}; tests call this with their own stage. */
    public static MainWindow show(Stage stage, InputsModel model) {
        return show(stage, new MainWindow(model));
    }

    /** Shows {@code window} on {@code stage}, titled after its session file. */
    public static MainWindow show(Stage stage, MainWindow window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        Scene scene = new Scene(window, w, h);
        scene.getStylesheets().add(Objects.requireNonNull(
                RoPEScopeApp.class.getResource("/org/ropescope/app.css")).toExternalForm());
        Languages.applyFont(scene); // Chinese: the bundled font, installed or not
        stage.titleProperty().unbind();
        stage.titleProperty().bind(window.titleProperty());
        stage.getIcons().setAll(AppIcons.forWindow());
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, w));
        stage.setMinHeight(Math.min(600, h));
        stage.show();
        // start on the first slider, not inside a text field with its text selected: the arrow
        // keys step it at once, and Tab still reaches every field
        javafx.scene.Node first = window.lookup("#baseSlider");
        if (first != null) {
            first.requestFocus();
        }
        return window;
    }
}
