package org.ropescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The translations keep to the glossary: wherever an English text uses a glossary term, its Chinese
 * text uses the term's Chinese (one of its forms), so 位置插值 never becomes 位置内插 in one place.
 */
class GlossaryTest {

    record Term(String english, List<String> chinese) {
    }

    static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/org/ropescope/text/glossary.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
            assertEquals("English\t中文\tnote", lines[0]);
            for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
                String[] cols = line.split("\t", -1);
                assertEquals(3, cols.length, line);
                String english = cols[0].replaceAll("\\s*\\(.*\\)", "").strip();
                if (english.contains(",") || cols[1].equals("同英文") || english.equals("token")) {
                    continue; // names and symbols stay as they are
                }
                terms.add(new Term(english, Arrays.stream(cols[1].replaceAll("（.*）", "").split("[/、]"))
                        .map(String::strip).toList()));
            }
        }
        return terms;
    }

    @Test
    void everyChineseTextUsesTheGlossarysTermForTheEnglishOne() throws IOException {
        Properties en = BundlesTest.file(Language.ENGLISH);
        Properties zh = BundlesTest.file(Language.CHINESE);
        List<String> off = new ArrayList<>();
        List<Term> terms = glossary();
        assertTrue(terms.size() > 40, "the glossary lists the terms");
        for (Term t : terms) {
            Pattern word = Pattern.compile("\\b" + Pattern.quote(t.english()) + "\\b", Pattern.CASE_INSENSITIVE);
            for (String key : en.stringPropertyNames()) {
                String chinese = zh.getProperty(key);
                if (chinese != null && word.matcher(en.getProperty(key)).find()
                        && t.chinese().stream().noneMatch(chinese::contains)) {
                    off.add(key + ": '" + t.english() + "' is not " + t.chinese() + " in " + chinese);
                }
            }
        }
        assertEquals(List.of(), off);
    }
}
