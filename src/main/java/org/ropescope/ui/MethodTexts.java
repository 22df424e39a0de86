package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.Locale;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.Param;

/**
 * The window's words for the math's names: a scaling method's label ({@code method.<id>}) and a
 * parameter's field title and help ({@code param.<key>.*}), in the language in use. The math keeps
 * its English names for the command line and the files.
 */
final class MethodTexts {

    private MethodTexts() {
    }

    /** "Original RoPE", "位置插值（PI）". */
    static String label(MethodKind k) {
        return text("method." + k.id());
    }

    /** A parameter field's title: its config.json key, or "current length L". */
    static String title(Param p) {
        return p == Param.SEQ_LEN ? text("param.seq_len.title") : p.title();
    }

    /** A parameter field's tooltip. */
    static String help(Param p) {
        return text("param." + p.key().toLowerCase(Locale.ROOT) + ".help");
    }
}
