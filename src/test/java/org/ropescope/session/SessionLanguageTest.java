package org.ropescope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * A bad session file is explained in the window's language: in Chinese with the file's name, the
 * field's path and the value as they are; in English word for word what the command line says.
 */
class SessionLanguageTest {

    private static final String BAD_DIM = "{\"format\": \"RoPEScope session\", \"formatVersion\": \"1.0\", \"inputs\": "
            + "{\"base\": 10000, \"dim\": \"128\", \"originalLength\": 4096, \"newLength\": 16384}}";

    @AfterEach
    void speakEnglishAgain() {
        Texts.use(Language.ENGLISH);
    }

    private static String problem(String json, String name) {
        return assertThrows(SessionException.class,
                () -> SessionFile.parse(json.getBytes(StandardCharsets.UTF_8), name)).getMessage();
    }

    @Test
    void inEnglishTheMessageIsTodaysText() {
        Texts.use(Language.ENGLISH);
        assertEquals("a.ropescope, inputs.dim must be a whole number, got \"128\" (text)", problem(BAD_DIM, "a.ropescope"));
        assertEquals("b.ropescope is not a RoPEScope session: it is not valid JSON (line 1, column 1)",
                problem("nonsense", "b.ropescope"));
    }

    @Test
    void inChineseTheMessageIsChineseAndKeepsNamesAndValues() {
        Texts.use(Language.CHINESE);
        assertEquals("a.ropescope, inputs.dim 必须是整数，得到的是 \"128\"（文本）", problem(BAD_DIM, "a.ropescope"));
        assertEquals("b.ropescope 不是 RoPEScope 会话：它不是有效的 JSON（第 1 行，第 1 列）",
                problem("nonsense", "b.ropescope"));
        assertEquals("c.ropescope 是空的；RoPEScope 会话是一个小型 JSON 文件", problem("", "c.ropescope"));
    }
}
