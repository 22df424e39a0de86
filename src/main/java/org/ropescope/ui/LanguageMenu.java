package org.ropescope.ui;

import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * View &gt; Language: one item per language, each in its own name (English, 简体中文), the one in use
 * checked. Choosing another switches the whole window at once: the choice is remembered for the next
 * start, the language is put in use and the view is built anew over the same models, so the inputs,
 * the drawn methods, the lecture's steps, undo and the session file stay as they were.
 */
final class LanguageMenu {

    private LanguageMenu() {
    }

    /** Fills {@code menu} with the languages; choosing one other than the language in use calls {@code choose}. */
    static Menu fill(Menu menu, Consumer<Language> choose) {
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.all()) {
            RadioMenuItem item = new RadioMenuItem(l.nativeName());
            item.setId(itemId(l));
            item.setToggleGroup(group);
            item.setSelected(l.equals(Texts.language()));
            item.setOnAction(e -> {
                if (!l.equals(Texts.language())) {
                    choose.accept(l);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The item's id: {@code #language-enItem}, {@code #language-zh-CNItem}. */
    static String itemId(Language l) {
        return "language-" + l.tag() + "Item";
    }

    /**
     * Switches {@code window}'s stage to {@code language}, after the menu has closed: remembered in
     * {@code settings}, in use, the view rebuilt over {@code window}'s models.
     */
    static void switchTo(Language language, MainWindow window, Preferences settings) {
        Languages.remember(language, settings);
        Platform.runLater(() -> {
            Stage stage = (Stage) window.getScene().getWindow();
            Languages.use(language);
            RoPEScopeApp.show(stage, RoPEScopeApp.view(window.models()));
        });
    }
}
