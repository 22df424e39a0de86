package org.ropescope.ui;

import javafx.application.Application;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.model.InputsModel;

/**
 * Not a test: opens the window with several methods drawn and two parameter sections open, for
 * {@code assets/methods.png} (run under gui-shot; see the README).
 */
public final class MethodsScreenshot extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow w = RoPEScopeApp.show(stage, new InputsModel());
        String preset = getParameters().getRaw().isEmpty() ? "" : getParameters().getRaw().get(0);
        if (!preset.isEmpty()) {
            w.configJsonActions().presets().stream().filter(p -> p.id().equals(preset)).findFirst()
                    .ifPresent(w.configJsonActions()::applyPreset);
        }
        for (MethodKind k : new MethodKind[] {MethodKind.YARN, MethodKind.LLAMA3}) {
            w.methods().drawnProperty(k).set(true);
        }
        ((TitledPane) w.lookup("#yarnPane")).setExpanded(true);
        ((TitledPane) w.lookup("#llama3Pane")).setExpanded(true);
        if (getParameters().getRaw().contains("dark")) {
            w.settings().setTheme(org.ropescope.model.Theme.DARK);
        }
        if (getParameters().getRaw().contains("stretch")) {
            w.centerTabs().getSelectionModel().select(1);
        }
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        if (getParameters().getRaw().contains("scrolled")) {
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            later.setOnFinished(e -> ((javafx.scene.control.ScrollPane) w.getLeft()).setVvalue(1));
            later.play();
        }
    }

    /** A plain main, so JavaFX starts from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            launch(MethodsScreenshot.class, args);
        }
    }
}
