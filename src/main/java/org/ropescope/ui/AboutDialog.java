package org.ropescope.ui;

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

    static final String WHAT = "See how rotary position embeddings (RoPE) behave when a language model's"
            + " context is stretched: original RoPE, position interpolation and base scaling.";
    static final String CREDITS = "Built with JavaFX (GPL 2 with the Classpath Exception), JFreeChart and"
            + " JFreeChart-FX (LGPL 2.1), FXGraphics2D (BSD), JFreeSVG (GPL 3), PDFBox, its Graphics2D"
            + " bridge, picocli and Jackson (Apache 2.0), the DejaVu Sans font (Bitstream Vera licence), JLaTeXMath (GPL 2 with the Classpath Exception; its fonts under the Knuth and OFL"
            + " licences). The math follows T. Xiao and J. Zhu, Foundations of Large Language Models.";

    public AboutDialog(Window owner) {
        initOwner(owner);
        setTitle("About " + AppInfo.NAME);
        Label name = new Label(AppInfo.NAME);
        name.setId("aboutName");
        name.getStyleClass().add("about-name");
        Label version = new Label("Version " + AppInfo.version());
        version.setId("aboutVersion");
        Label what = new Label(WHAT);
        what.setId("aboutWhat");
        what.setWrapText(true);
        Label credits = new Label(CREDITS);
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
