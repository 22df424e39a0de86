package org.ropescope.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keeps an Alt+letter mnemonic from also selecting the menu bar. JavaFX's menu bar takes a release of
 * Alt as "enter the menus" when the letter was released after Alt (as fingers often do: Alt up, then B
 * up); after Alt+B the field of {@code b} had the focus but File stayed highlighted, and the first
 * Escape typed in the field went to the menu bar. Alt's release is hidden from the menu bar when
 * another key was pressed while Alt was down; Alt alone (or F10) still opens the menus.
 */
final class AltReleaseGuard implements EventHandler<KeyEvent> {

    private boolean altDown;
    private boolean otherKey;

    /**
     * Installs the guard on the window of {@code root}'s scene, now or when it gets one: a window's
     * filters run before the scene's, where the menu bar's own filter sits.
     */
    static void install(Node root) {
        AltReleaseGuard guard = new AltReleaseGuard();
        javafx.beans.value.ChangeListener<Window> onWindow = (obs, old, w) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, guard);
            }
            if (w != null) {
                w.addEventFilter(KeyEvent.ANY, guard);
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.windowProperty().removeListener(onWindow);
                onWindow.changed(null, old.getWindow(), null);
            }
            if (scene != null) {
                scene.windowProperty().addListener(onWindow);
                onWindow.changed(null, null, scene.getWindow());
            }
        });
        Scene now = root.getScene();
        if (now != null) {
            now.windowProperty().addListener(onWindow);
            onWindow.changed(null, null, now.getWindow());
        }
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            if (e.getCode() == KeyCode.ALT) {
                altDown = true;
                otherKey = false;
            } else if (altDown) {
                otherKey = true;
            }
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED && e.getCode() == KeyCode.ALT) {
            boolean chord = altDown && otherKey;
            altDown = false;
            otherKey = false;
            if (chord) {
                e.consume();
            }
        }
    }
}
