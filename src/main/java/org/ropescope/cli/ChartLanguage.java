package org.ropescope.cli;

import org.ropescope.text.Language;
import org.ropescope.text.Texts;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|zh-CN}: the language of the words drawn in the charts (titles, axes, legends,
 * notes). Only those: the command's own messages, its summary line and the CSV headers stay English,
 * for the scripts that read them.
 */
final class ChartLanguage {

    @Option(names = "--lang", paramLabel = "LANG", description = "the language of the text drawn in the charts: "
            + "en or zh-CN (Chinese, in the bundled Noto Sans SC font). Messages, the summary line and CSV headers "
            + "stay English. Default: en")
    String tag;

    /** The language asked for, or English; a tag RoPEScope does not speak is one line naming the option. */
    Language language() {
        if (tag == null) {
            return Language.ENGLISH;
        }
        return Language.forTag(tag).orElseThrow(() -> new UsageException("--lang must be " + Language.choices()
                + ", got '" + tag.strip() + "'"));
    }

    /** A message of the command's own, in English even while it draws in another language. */
    static String inEnglish(java.util.function.Supplier<String> message) {
        Language before = Texts.language();
        Texts.use(Language.ENGLISH);
        try {
            return message.get();
        } finally {
            Texts.use(before);
        }
    }

    /** Draws in {@code language} while {@code body} runs, then speaks as before (English, for the summary). */
    static int drawingIn(Language language, java.util.function.IntSupplier body) {
        Language before = Texts.language();
        Texts.use(language);
        try {
            return body.getAsInt();
        } finally {
            Texts.use(before);
        }
    }
}
