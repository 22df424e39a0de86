package org.ropescope.hfconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * A config.json's warnings and read errors in the window's language: in Chinese with the field's
 * path, the value and the option names as they are; in English word for word what the command line
 * prints.
 */
class HfConfigLanguageTest {

    private static final String BAD = "{\"rope_theta\": \"500000.0\", \"head_dim\": 128, \"num_attention_heads\": 32,"
            + " \"max_position_embeddings\": 8192, \"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": 4,"
            + " \"beta_fast\": 32}}";

    @AfterEach
    void speakEnglishAgain() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void inEnglishTheWarningsAreTodaysText() throws HfConfigException {
        Texts.use(Language.ENGLISH);
        assertEquals(List.of("rope_theta must be a number, got the string \"500000.0\"; not loaded",
                "rope_scaling.beta_fast is not used by linear; ignored"), HfConfigReader.parse(BAD, "config.json").warnings());
        assertEquals("config.json is empty",
                assertThrows(HfConfigException.class, () -> HfConfigReader.parse("", "config.json")).getMessage());
    }

    @Test
    void inChineseTheWarningsAreChineseAndKeepTheFieldsAndValues() throws HfConfigException {
        Texts.use(Language.CHINESE);
        assertEquals(List.of("rope_theta 必须是数，得到的是 字符串 \"500000.0\"；未载入",
                "linear 不使用 rope_scaling.beta_fast；已忽略"), HfConfigReader.parse(BAD, "config.json").warnings());
        assertEquals("config.json 是空的",
                assertThrows(HfConfigException.class, () -> HfConfigReader.parse("", "config.json")).getMessage());
    }
}
