package org.ropescope.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ropescope.model.InputsModel;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The set-up most window tests share: a fresh model and the real window on it, opened before each
 * test on TestFX's stage (headless Monocle, see the Surefire block of pom.xml). TestFX looks for
 * {@code @Start} on the test class itself, so each test keeps a one-line one:
 * {@code @Start void start(Stage stage) { open(stage); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    protected InputsModel model;
    protected MainWindow window;
    protected Stage stage;

    protected void open(Stage onStage) {
        stage = onStage;
        model = new InputsModel();
        window = RoPEScopeApp.show(onStage, model);
    }
}
