package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ropescope.model.ViewSettings;

/**
 * Keeps the window's full screen in step with {@link ViewSettings#presentationProperty()}:
 * presentation mode on puts the stage in full screen; leaving full screen (Escape, or the window
 * manager) turns presentation mode off, and so does Escape when nothing else used it.
 */
final class PresentationMode {


    private final ViewSettings settings;
    private Stage stage;

    PresentationMode(Node root, ViewSettings settings) {
        this.settings = settings;
        root.sceneProperty().addListener((obs, old, scene) -> attach(scene));
        attach(root.getScene());
        settings.presentationProperty().addListener((obs, was, on) -> follow());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && settings.isPresentation()) {
                settings.setPresentation(false);
                e.consume();
            }
        });
    }

    private void attach(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.windowProperty().addListener((obs, old, w) -> attach(w));
        attach(scene.getWindow());
    }

    private void attach(Window w) {
        if (!(w instanceof Stage s) || s == stage) {
            return;
        }
        stage = s;
        s.setFullScreenExitHint(text("presentation.exitHint"));
        s.setFullScreenExitKeyCombination(new KeyCodeCombination(KeyCode.ESCAPE));
        s.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full && settings.isPresentation()) {
                settings.setPresentation(false);
            }
        });
        follow();
    }

    private void follow() {
        if (stage != null && stage.isFullScreen() != settings.isPresentation()) {
            stage.setFullScreen(settings.isPresentation());
        }
    }
}
