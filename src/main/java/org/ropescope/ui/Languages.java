package org.ropescope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.ropescope.text.BundledFonts;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * The window's language: which one at start (the command line's {@code --lang}, else the one chosen
 * last time, else the system's), remembering a choice, and putting a language in use for a scene: its
 * words ({@link Texts}), JavaFX's own (dialog buttons follow the default locale) and the font it brings,
 * loaded into JavaFX and set on the scene, so Chinese renders where no Chinese font is installed.
 */
final class Languages {

    /** The setting's key, beside the export folder's in the user's preferences for the window. */
    static final String KEY = "language";

    private Languages() {
    }

    /** The preferences the choice is kept in (tests point {@code java.util.prefs.userRoot} elsewhere). */
    static Preferences preferences() {
        return Preferences.userNodeForPackage(Languages.class);
    }

    /** The language to start in: {@code asked} on the command line, else the remembered one, else the system's. */
    static Language atStart(Optional<Language> asked, Preferences settings, Locale system) {
        if (asked.isPresent()) {
            return asked.get();
        }
        return Language.forTag(settings.get(KEY, null)).orElseGet(() -> Language.forLocale(system));
    }

    /** Remembers {@code language} for the next start. */
    static void remember(Language language, Preferences settings) {
        settings.put(KEY, language.tag());
    }

    /** Puts {@code language} in use: its texts and JavaFX's, from the next control built on. */
    static void use(Language language) {
        Texts.use(language);
        Locale.setDefault(language.locale()); // JavaFX's own words (OK, Cancel) follow it
    }

    /**
     * Gives {@code scene} the font of the language in use (none for English: the theme's own): the
     * bundled files are loaded into JavaFX once, and a stylesheet sets the family on the root, so
     * every control, tooltip and dialog that shares the scene's stylesheets draws hanzi with it.
     */
    static void applyFont(Scene scene) {
        scene.getStylesheets().removeIf(s -> s.startsWith(STYLESHEET_PREFIX));
        String css = fontStylesheet(Texts.language());
        if (css != null) {
            scene.getStylesheets().add(css);
        }
    }

    /**
     * Gives a dialog of its own scene (an alert, a question) the font of the language in use, as
     * {@link #applyFont} gives the window's scene.
     */
    static void applyFont(javafx.scene.control.DialogPane dialog) {
        String css = fontStylesheet(Texts.language());
        if (css != null && !dialog.getStylesheets().contains(css)) {
            dialog.getStylesheets().add(css);
        }
    }

    private static final String STYLESHEET_PREFIX = "data:text/css;charset=utf-8;base64,";

    /** A stylesheet (a data URL) setting {@code language}'s bundled family on the root; {@code null} for none. */
    static String fontStylesheet(Language language) {
        return STYLESHEETS.computeIfAbsent(language, l -> Optional.ofNullable(loadFonts(l))).orElse(null);
    }

    /** Loaded once per language: JavaFX keeps a loaded font for the life of the application. */
    private static final Map<Language, Optional<String>> STYLESHEETS = new ConcurrentHashMap<>();

    private static String loadFonts(Language language) {
        if (BundledFonts.files(language).isEmpty()) {
            return null;
        }
        String family = null;
        for (String file : BundledFonts.files(language)) {
            try (InputStream in = BundledFonts.open(file)) {
                Font f = Font.loadFont(in, 13);
                if (f != null && family == null) {
                    family = f.getFamily();
                }
            } catch (IOException e) {
                return null; // a damaged installation: the system's fonts, rather than no window
            }
        }
        if (family == null) {
            return null;
        }
        // the root, and the read-outs app.css sets in Monospaced (no hanzi there; JavaFX CSS has no fallback list)
        String css = ".root, .readout-value, .equation-values, .shortcut-keys, .hover-value, .hover-extra,"
                + " .method-parameter-name { -fx-font-family: \"" + family + "\"; }\n";
        return STYLESHEET_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
