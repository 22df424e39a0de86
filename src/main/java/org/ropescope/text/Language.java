package org.ropescope.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A language RoPEScope speaks: its tag ({@code en}, {@code zh-CN}), the locale its bundle is read
 * for, and its own name ({@code English}, {@code 简体中文}) as its bundle spells it. The list is the
 * line {@code languages} of the base bundle, so a new language is a new {@code messages_xx.properties}
 * and its tag on that line.
 *
 * @param tag    the BCP 47 tag the command line and the settings use
 * @param locale the locale of its bundle
 */
public record Language(String tag, Locale locale) {

    /** The base bundle's language, and the one every other falls back to for a missing key. */
    public static final Language ENGLISH = new Language("en", Locale.ENGLISH);
    public static final Language CHINESE = new Language("zh-CN", Locale.SIMPLIFIED_CHINESE);

    /** Every language, in the order the View > Language menu lists them. */
    public static List<Language> all() {
        String line = Texts.bundle(ENGLISH).getString("languages");
        return Arrays.stream(line.split(",")).map(String::strip).map(t -> new Language(t, Locale.forLanguageTag(t)))
                .toList();
    }

    /** The language of {@code tag}: {@code en}, {@code zh-CN} (also {@code zh_CN}, {@code zh}; any case). */
    public static Optional<Language> forTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().replace('_', '-');
        for (Language l : all()) {
            if (l.tag.equalsIgnoreCase(t)) {
                return Optional.of(l);
            }
        }
        for (Language l : all()) { // "zh" alone: the first language of that family
            if (l.locale.getLanguage().equalsIgnoreCase(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The language for a person whose system speaks {@code system}: its own if RoPEScope has it
     * (Chinese in the traditional script is not Simplified Chinese: English then), else English.
     */
    public static Language forLocale(Locale system) {
        for (Language l : all()) {
            Locale own = l.locale;
            if (!own.getLanguage().equals(system.getLanguage())) {
                continue;
            }
            boolean traditional = "Hant".equals(system.getScript())
                    || (system.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(system.getCountry()));
            if (own.getLanguage().equals("zh") && traditional) {
                continue;
            }
            return l;
        }
        return ENGLISH;
    }

    /** The tags the command line accepts, for its help and its one-line error: {@code en|zh-CN}. */
    public static String choices() {
        return String.join("|", all().stream().map(Language::tag).toList());
    }

    /** The language's own name, for the menu: {@code English}, {@code 简体中文}. */
    public String nativeName() {
        ResourceBundle b = Texts.bundle(this);
        return b.getString("language.name");
    }

    @Override
    public String toString() {
        return tag;
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); Texts looks a bundle up by language
    @Override
    public boolean equals(Object o) {
        return o instanceof Language l && tag.equals(l.tag) && locale.equals(l.locale);
    }

    @Override
    public int hashCode() {
        return 31 * tag.hashCode() + locale.hashCode();
    }
}
