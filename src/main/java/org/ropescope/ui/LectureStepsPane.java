package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ropescope.session.LectureStep;

/**
 * View &gt; Lecture steps…: the list of a lecture's steps, to add the current view, reorder, rename,
 * delete and show them. A small window beside the main one; it changes {@link LectureSteps} only.
 */
final class LectureStepsPane extends BorderPane {

    private final LectureSteps steps;
    private final ListView<LectureStep> list = new ListView<>();

    /**
     * @param current the current view as a step named as given
     * @param show    shows a step in the window
     */
    LectureStepsPane(LectureSteps steps, java.util.function.Function<String, LectureStep> current,
            Consumer<LectureStep> show) {
        this.steps = steps;
        setId("lectureStepsPane");
        list.setId("lectureStepList");
        list.setItems(steps.items());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LectureStep s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.name());
            }
        });
        list.setPlaceholder(new javafx.scene.control.Label(text("lecture.empty")));
        Button add = button("addStepButton", text("lecture.add"), () -> {
            steps.add(current.apply(text("lecture.stepName", Integer.toString(steps.items().size() + 1))));
            list.getSelectionModel().selectLast();
        });
        Button up = button("stepUpButton", text("lecture.up"), () -> move(-1));
        Button down = button("stepDownButton", text("lecture.down"), () -> move(+1));
        Button rename = button("renameStepButton", text("lecture.rename"), this::rename);
        Button delete = button("deleteStepButton", text("lecture.delete"), () -> selected(i -> steps.delete(i)));
        Button go = button("showStepButton", text("lecture.show"), () -> selected(i -> show.accept(steps.items().get(i))));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                go.fire();
            }
        });
        VBox buttons = new VBox(6, add, go, up, down, rename, delete);
        buttons.setPadding(new Insets(0, 0, 0, 8));
        setCenter(list);
        setRight(buttons);
        setPadding(new Insets(10));
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void selected(java.util.function.IntConsumer action) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            action.accept(i);
        }
    }

    private void move(int direction) {
        selected(i -> {
            if (steps.move(i, direction)) {
                list.getSelectionModel().clearAndSelect(i + direction);
            }
        });
    }

    private void rename() {
        selected(i -> {
            TextInputDialog ask = new TextInputDialog(steps.items().get(i).name());
            ask.setTitle(text("lecture.rename.title"));
            Languages.applyFont(ask.getDialogPane());
            ask.setHeaderText(text("lecture.rename.header", Integer.toString(i + 1)));
            ask.initOwner(getScene() == null ? null : getScene().getWindow());
            ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty())
                    .map(n -> n.length() > LectureStep.MAX_NAME ? n.substring(0, LectureStep.MAX_NAME) : n)
                    .ifPresent(n -> steps.rename(i, n));
        });
    }

    ListView<LectureStep> list() {
        return list;
    }

    /** Opens the list in its own small window, owned by {@code owner}, styled as {@code like}. */
    static Stage open(Window owner, Supplier<LectureStepsPane> pane, Scene like) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(text("lecture.title"));
        Scene scene = new Scene(pane.get(), 460, 340);
        if (like != null) {
            scene.getStylesheets().setAll(like.getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
