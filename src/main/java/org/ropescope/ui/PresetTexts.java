package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import org.ropescope.presets.Preset;

/**
 * A model preset's name and note in the language in use ({@code preset.<id>.name}, {@code .note});
 * presets.json keeps the English ones for the files and the command line.
 */
final class PresetTexts {

    private PresetTexts() {
    }

    static String name(Preset p) {
        return text("preset." + p.id() + ".name");
    }

    static String note(Preset p) {
        return text("preset." + p.id() + ".note");
    }
}
