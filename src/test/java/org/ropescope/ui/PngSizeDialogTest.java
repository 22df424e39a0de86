package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The PNG size dialog as a person sees it (issue 13, defect 8: "Wi…" and "He…" at Full HD). */
class PngSizeDialogTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyLabelIsShownWholeWhateverSizeIsChosen(FxRobot robot) {
        PngSizeDialog[] dialog = new PngSizeDialog[1];
        robot.interact(() -> {
            dialog[0] = new PngSizeDialog(stage, 1280, 800);
            dialog[0].show();
        });
        for (int preset = 0; preset < 5; preset++) {
            int p = preset;
            robot.interact(() -> {
                dialog[0].presetsBox().getSelectionModel().select(p);
                dialog[0].setWidth(240); // narrower than its content wants: the list gives way, not the names
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<Label> labels = dialog[0].getDialogPane().lookupAll(".png-size-grid > .label").stream()
                    .map(Label.class::cast).filter(l -> !l.getText().isEmpty()).toList();
            assertEquals(List.of("Size", "Width", "Height"), labels.stream().map(Label::getText).toList());
            for (Label l : labels) {
                Text shown = (Text) l.lookup(".text");
                assertEquals(l.getText(), shown.getText(), "the label as drawn, preset " + p);
            }
        }
        robot.interact(() -> dialog[0].close());
    }
}
