package org.ropescope.ui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A message strip under the window's content: what a preset is and where its numbers come from,
 * what an opened config.json could not load (one line each), or why a file could not be opened.
 * It never blocks; it stays until the next message or until closed.
 */
final class MessageBar extends HBox {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final Label text = new Label();
    private final Button action = new Button();
    private Runnable unwatch = () -> { };
    private boolean hasMessage;
    private boolean suppressed;

    MessageBar() {
        setId("messageBar");
        getStyleClass().add("message-bar");
        text.setId("messageText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("×");
        close.setId("messageClose");
        close.getStyleClass().add("message-close");
        close.setFocusTraversable(false);
        close.setAccessibleText(org.ropescope.text.Texts.text("message.close"));
        close.setOnAction(e -> clear());
        action.setId("messageAction");
        action.managedProperty().bind(action.visibleProperty());
        action.setVisible(false);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, action, close);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows {@code lines}, one per line; as a warning (amber) when {@code warning}. */
    void show(List<String> lines, boolean warning) {
        unwatch.run();
        action.setVisible(false);
        action.setOnAction(null);
        text.setText(String.join("\n", lines));
        pseudoClassStateChanged(WARNING, warning);
        hasMessage = !lines.isEmpty();
        setVisible(hasMessage && !suppressed);
    }

    void info(String line) {
        show(List.of(line), false);
    }

    /** Shows {@code line} with a button {@code actionText} that runs {@code run}. */
    void info(String line, String actionText, Runnable run) {
        show(List.of(line), false);
        action.setText(actionText);
        action.setOnAction(e -> run.run());
        action.setVisible(true);
    }

    /**
     * Shows {@code line} while {@code state} keeps its value; at its first change the line becomes
     * {@code afterChange} (a preset's note names its numbers, which a later change makes untrue).
     */
    <T> void infoWhileUnchanged(String line, javafx.beans.value.ObservableValue<T> state, String afterChange) {
        info(line);
        javafx.beans.value.ChangeListener<T> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends T> obs, T was, T now) {
                state.removeListener(this);
                unwatch = () -> { };
                text.setText(afterChange);
            }
        };
        state.addListener(once);
        unwatch = () -> {
            state.removeListener(once);
            unwatch = () -> { };
        };
    }

    void clear() {
        unwatch.run();
        text.setText("");
        hasMessage = false;
        setVisible(false);
    }

    /** Hides the strip while {@code on} (presentation mode without notes); its message is kept. */
    void setSuppressed(boolean on) {
        suppressed = on;
        setVisible(hasMessage && !suppressed);
    }

    String text() {
        return text.getText();
    }
}
