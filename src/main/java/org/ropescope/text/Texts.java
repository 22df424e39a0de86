package org.ropescope.text;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.ropescope.format.Numbers;

/**
 * Every word RoPEScope shows, looked up by key in {@code org/ropescope/text/messages*.properties}
 * (UTF-8) for the language in use. A value inside a sentence is a {@link MessageFormat} argument
 * ({@code {0}}), never a piece glued on: translations reorder sentences. Pass numbers already
 * formatted by {@link Numbers} (a plain {@link Number} is shown {@link Numbers#grouped grouped}), so
 * both languages show {@code 16,384} the same way and it can be typed back; a number read by a
 * {@code choice} (English plurals: {@code {0,choice,1#pair|1<pairs}}) stays a number.
 *
 * <p>The language in use is the application's one setting, like the default locale: the window sets
 * it before it builds its view (and rebuilds the view to switch); the command line sets it for the
 * text drawn in charts only. It starts as {@link Language#ENGLISH}.
 */
public final class Texts {

    static final String BUNDLE = "org.ropescope.text.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Language, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static volatile Language current = Language.ENGLISH;

    private Texts() {
    }

    /** The language texts are in now. */
    public static Language language() {
        return current;
    }

    /** Speaks {@code language} from now on (the window rebuilds its view after this). */
    public static void use(Language language) {
        bundle(language); // a language without a bundle fails here, not at the first text
        current = language;
    }

    /** The text of {@code key} in the language in use. */
    public static String text(String key) {
        return bundle(current).getString(key);
    }

    /** The sentence of {@code key} with its values in place ({@link MessageFormat}: {@code ''} is an apostrophe). */
    public static String text(String key, Object... values) {
        return format(current, key, values);
    }

    /** The sentence of {@code key} in {@code language}, whichever language is in use. */
    public static String format(Language language, String key, Object... values) {
        MessageFormat format = new MessageFormat(bundle(language).getString(key), language.locale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] shown = new Object[values.length];
        for (int k = 0; k < values.length; k++) { // a plural choice reads the number; elsewhere it is text
            boolean choice = k < formats.length && formats[k] instanceof ChoiceFormat;
            shown[k] = values[k] instanceof Number n && !choice ? Numbers.grouped(n.doubleValue()) : values[k];
        }
        return format.format(shown);
    }

    /** Whether {@code key} has a text (in the base bundle, so in every language). */
    public static boolean has(String key) {
        return bundle(Language.ENGLISH).containsKey(key);
    }

    /**
     * The bundle of {@code language}: its own file, falling back key by key to the base bundle
     * (English), never to the system's language.
     */
    static ResourceBundle bundle(Language language) {
        return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE, l.locale(), Texts.class.getClassLoader(),
                NO_FALLBACK_TO_SYSTEM));
    }

    /** The locale whose conventions (JavaFX's own button texts) go with the language in use. */
    public static Locale locale() {
        return current.locale();
    }
}
