package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ropescope.AppInfo;

/**
 * Help &gt; About RoPEScope: the name, the version from {@code pom.xml} (through {@link AppInfo}),
 * what the program is, and the libraries it stands on. Built when first asked for, not at start-up.
 */
public final class AboutDialog extends Dialog<ButtonType> {

    public AboutDialog(Window owner) {
        initOwner(owner);
        setTitle(text("about.title", AppInfo.NAME));
        Label name = new Label(AppInfo.NAME);
        name.setId("aboutName");
        name.getStyleClass().add("about-name");
        Label version = new Label(text("about.version", AppInfo.version()));
        version.setId("aboutVersion");
        Label what = new Label(text("about.what"));
        what.setId("aboutWhat");
        what.setWrapText(true);
        Label credits = new Label(text("about.credits"));
        credits.setId("aboutCredits");
        credits.setWrapText(true);
        credits.getStyleClass().add("about-credits");
        VBox text = new VBox(name, version, what, credits);
        text.getStyleClass().add("about-text");
        text.setPrefWidth(420);
        getDialogPane().setContent(text);
        getDialogPane().setId("aboutDialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Image icon = AppIcons.at(64);
        if (icon != null) {
            setGraphic(new ImageView(icon));
            ((Stage) getDialogPane().getScene().getWindow()).getIcons().setAll(AppIcons.forWindow());
        }
    }
}
