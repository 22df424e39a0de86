package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ropescope.chart.RotationChart;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.Param;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/** The keys built from a name (method.<id>, param.<key>.help, rotation.mode.<mode>) exist for every name. */
class MethodTextsTest {

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void everyMethodParameterAndModeHasItsWordsInEveryLanguage() {
        for (Language l : Language.all()) {
            Texts.use(l);
            for (MethodKind k : MethodKind.values()) {
                assertTrue(!MethodTexts.label(k).isBlank(), k + " in " + l);
            }
            for (Param p : Param.values()) {
                assertTrue(!MethodTexts.help(p).isBlank(), p + " in " + l);
                assertTrue(!MethodTexts.title(p).isBlank(), p + " in " + l);
            }
            for (RotationChart.Mode m : RotationChart.Mode.values()) {
                assertTrue(Texts.has("rotation.mode." + m.name().toLowerCase(Locale.ROOT)), m.name());
            }
        }
    }

    @Test
    void inEnglishTheWindowSaysWhatTheMathSays() {
        for (MethodKind k : MethodKind.values()) {
            assertEquals(k.label(), MethodTexts.label(k));
        }
        for (Param p : Param.values()) {
            assertEquals(p.help(), MethodTexts.help(p));
            assertEquals(p.title(), MethodTexts.title(p));
        }
    }

    @Test
    void chineseUsesTheTextbooksTerms() {
        Texts.use(Language.CHINESE);
        assertEquals("位置插值（PI）", MethodTexts.label(MethodKind.LINEAR));
        assertEquals("基数缩放（λ·b）", MethodTexts.label(MethodKind.NTK));
        assertEquals("YaRN", MethodTexts.label(MethodKind.YARN)); // a model's or method's name stays
    }

    @Test
    void inEnglishABoundsReasonIsTheCommandLinesWordForWord() {
        for (long length : new long[] {1, 5_000_000}) {
            for (int dim : new int[] {128, 512}) {
                org.ropescope.math.diagnostics.BaseBound b = org.ropescope.math.diagnostics.BaseBound.compute(length, dim,
                        x -> { }, () -> false);
                assertEquals(b.reason(), DiagnosticsReadout.reason(b), length + ", " + dim);
            }
        }
    }

    @Test
    void everyPresetHasItsNameAndNoteAndEnglishIsThePresetsOwn() {
        for (org.ropescope.presets.Preset p : org.ropescope.presets.Presets.load()) {
            assertEquals(p.name(), PresetTexts.name(p));
            assertEquals(p.note(), PresetTexts.note(p));
            for (Language l : Language.all()) {
                assertTrue(Texts.has("preset." + p.id() + ".name") && !Texts.format(l, "preset." + p.id() + ".note").isBlank());
            }
        }
    }

    @Test
    void aRefusedValueIsSaidInTheLanguageInUseAndInEnglishOtherwise() {
        Texts.use(Language.CHINESE);
        org.ropescope.math.InvalidConfigException zh = org.junit.jupiter.api.Assertions.assertThrows(
                org.ropescope.math.InvalidConfigException.class,
                () -> org.ropescope.math.scaling.ScalingContext.of(org.ropescope.math.RopeConfig.DEFAULT, 1.5));
        assertEquals("partial_rotary_factor 必须是大于 0 且不超过 1 的数，输入的是 1.5", zh.getMessage());
        Texts.use(Language.ENGLISH); // as the command line always validates
        org.ropescope.math.InvalidConfigException en = org.junit.jupiter.api.Assertions.assertThrows(
                org.ropescope.math.InvalidConfigException.class,
                () -> org.ropescope.math.scaling.ScalingContext.of(org.ropescope.math.RopeConfig.DEFAULT, 1.5));
        assertEquals("partial_rotary_factor must be a number above 0 and at most 1, got 1.5", en.getMessage());
    }
}
