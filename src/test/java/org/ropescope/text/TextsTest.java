package org.ropescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextsTest {

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theSystemsLanguageChoosesTheFirstStartsLanguage() {
        assertEquals(Language.CHINESE, Language.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.CHINESE, Language.forLocale(Locale.forLanguageTag("zh-SG")));
        assertEquals(Language.CHINESE, Language.forLocale(Locale.forLanguageTag("zh-Hans-HK")));
        assertEquals(Language.CHINESE, Language.forLocale(Locale.CHINESE));
        // the traditional script is not what the Chinese bundle is written in
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.TRADITIONAL_CHINESE));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.forLanguageTag("zh-Hant")));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.GERMANY));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.US));
    }

    @Test
    void tagsAreReadAsPeopleTypeThem() {
        assertEquals(Optional.of(Language.CHINESE), Language.forTag("zh-CN"));
        assertEquals(Optional.of(Language.CHINESE), Language.forTag("zh_cn"));
        assertEquals(Optional.of(Language.CHINESE), Language.forTag("zh"));
        assertEquals(Optional.of(Language.ENGLISH), Language.forTag("EN"));
        assertEquals(Optional.empty(), Language.forTag("fr"));
        assertEquals("en|zh-CN", Language.choices());
        assertEquals("简体中文", Language.CHINESE.nativeName());
        assertEquals("English", Language.ENGLISH.nativeName());
    }

    @Test
    void englishIsEnglishWhateverTheSystemSpeaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Period matching", Texts.format(Language.ENGLISH, "readout.heading"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void valuesGoInPlaceFormattedByTheNumbersLayer() {
        assertEquals("matches m = 16,384 tokens  (s = 4)", Texts.format(Language.ENGLISH, "calculator.matches",
                16384, "4"));
        assertEquals("对应 m = 16,384 个 token（s = 4）", Texts.format(Language.CHINESE, "calculator.matches",
                16384, "4"));
        // English plurals read the number itself
        assertTrue(Texts.format(Language.ENGLISH, "diagnostics.angles.first", "PI", "16k", 1).contains("1 pair rotates"));
        assertTrue(Texts.format(Language.ENGLISH, "diagnostics.angles.first", "PI", "16k", 18)
                .contains("18 pairs rotate"));
        // an apostrophe in a sentence with values survives MessageFormat
        assertEquals("Base scaling is not drawn: these are the rule's numbers for s = 4, not a curve on the chart.",
                Texts.format(Language.ENGLISH, "readout.notDrawn", "4"));
    }

    @Test
    void theLanguageInUseAnswers() {
        Texts.use(Language.CHINESE);
        assertEquals("周期匹配", Texts.text("readout.heading"));
        Texts.use(Language.ENGLISH);
        assertEquals("Period matching", Texts.text("readout.heading"));
    }
}
