package org.ropescope.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ropescope.text.Language;

/** The window's rules and errors in another language; in English, word for word the command line's. */
class InputFieldLanguageTest {

    @Test
    void inEnglishTheWindowSaysWhatTheCommandLineSays() {
        for (InputField f : InputField.values()) {
            assertEquals(f.rule(), f.rule(Language.ENGLISH));
            for (String bad : new String[] {"", "abc", "1", "3", "1e99", "-5", "0.5k"}) {
                assertEquals(f.parse(bad).error(), f.parse(bad, Language.ENGLISH).error(), f + " " + bad);
            }
        }
    }

    @Test
    void inChineseTheRuleAndTheErrorAreChineseAndKeepTheSymbolAndTheText() {
        String e = InputField.DIM.parse("129", Language.CHINESE).error();
        assertEquals("d 必须是 4 到 8192 之间的偶数，输入的是 129", e);
        assertTrue(InputField.ORIGINAL_LENGTH.rule(Language.CHINESE).startsWith("m_l 必须是"));
        assertEquals(4096.0, InputField.ORIGINAL_LENGTH.parse("4k", Language.CHINESE).value());
    }
}
