package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ropescope.text.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Chinese: no English word is left in the menus, the tab titles and the side panel's
 * labels. What stays as it is: symbols and formulas (b, d, m_l, λ·b), the names of models, methods,
 * papers and file formats, and config.json's keys.
 */
class ChineseWindowTest extends WindowTest {

    /** Words that are names, not English: models, methods, papers, formats, keys, units. */
    private static final Set<String> NAMES = Set.of("RoPE", "RoPEScope", "YaRN", "LongRoPE", "Llama", "NTK", "PI",
            "ALiBi", "T5", "GPT", "NeoX", "Phi", "Qwen", "Gemma", "DeepSeek", "Mistral", "Code", "mini", "oss",
            "config", "json", "rope_scaling", "partial_rotary_factor", "d_model", "max_distance", "token", "tokens",
            "Men", "Liu", "et", "al", "NeurIPS", "ICLR", "T_extra", "PNG", "SVG", "PDF", "CSV", "LaTeX", "Shift",
            "Shortcut", "Ctrl", "Alt", "Esc", "Enter", "Tab", "Page", "Up", "Down", "F1", "F5", "F10", "e", "g",
            "beta_fast", "beta_slow", "attention_factor", "mscale", "mscale_all_dim", "low_freq_factor",
            "high_freq_factor", "long_factor", "short_factor", "factor", "truncate", "seq_len", "cos", "sin", "k", "M",
            "MLA", "Scout", "B", "llama3", "longrope", "gpt", "Qwen2", "English");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z]+)?");

    @Start
    void start(Stage stage) {
        Languages.use(Language.CHINESE);
        open(stage);
    }

    @AfterEach
    void english() {
        Languages.use(Language.ENGLISH);
    }

    /** The English words in {@code text}, names and symbols (one letter, or with a subscript) left out. */
    static Set<String> englishWords(String text) {
        Set<String> words = new TreeSet<>();
        // numbers and versions, not words: 2.34e5, x40, v0.2, Qwen2.5
        Matcher m = WORD.matcher(text.replaceAll("\\d+(\\.\\d+)?e[-+]?\\d+|\\bx\\d+|\\bv\\d+(\\.\\d+)*", " "));
        while (m.find()) {
            String w = m.group();
            for (String part : w.split("\\.")) {
                if (part.length() > 1 && !NAMES.contains(part) && !part.matches("[a-z]_[a-z]+|[A-Z]?\\d+[a-zA-Z]?")) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    @Test
    void theWordsFilterKeepsSymbolsAndNamesAndFindsEnglish() {
        assertEquals(Set.of(), englishWords("基数 b 新基数 λ·b m_l = 4,096 线性（位置插值 PI） YaRN 16k rope_scaling"));
        assertEquals(Set.of("Period", "matching"), englishWords("Period matching"));
    }

    @Test
    void noEnglishWordInTheMenusTheTabsOrTheSidePanel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : window.lookupAll(".menu-bar")) {
                for (Menu menu : ((MenuBar) n).getMenus()) {
                    items(menu, found);
                }
            }
            for (Node n : window.lookupAll(".tab-pane")) {
                for (Tab t : ((TabPane) n).getTabs()) {
                    check("tab", t.getText(), found);
                }
            }
            ScrollPane side = (ScrollPane) window.lookup(".side-scroll");
            for (Node n : side.getContent().lookupAll("*")) {
                if (n instanceof TitledPane p) {
                    p.setExpanded(true); // the method sections' parameters too
                }
            }
            side.getContent().applyCss();
            labels(side.getContent(), found);
        });
        assertTrue(found.isEmpty(), "English left:\n" + String.join("\n", found));
    }

    @Test
    void everyLabelWithHanziIsDrawnInTheBundledFont(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> wrong = new ArrayList<>();
        robot.interact(() -> {
            ScrollPane side = (ScrollPane) window.lookup(".side-scroll");
            for (Node n : side.getContent().lookupAll("*")) {
                if (n instanceof TitledPane p) {
                    p.setExpanded(true);
                }
            }
            window.applyCss();
            window.layout();
            for (Node n : window.lookupAll("*")) {
                if (n instanceof Labeled l && l.getText() != null && l.getText().codePoints().anyMatch(c -> c >= 0x4E00
                        && c <= 0x9FFF) && !"Noto Sans SC Subset".equals(l.getFont().getFamily())) {
                    wrong.add(l.getText() + " in " + l.getFont().getFamily() + " " + l.getStyleClass());
                }
            }
        });
        assertTrue(wrong.isEmpty(), "hanzi in a font without them (boxes where none is installed):\n"
                + String.join("\n", wrong));
    }

    private static void items(Menu menu, List<String> found) {
        check("menu", menu.getText(), menu.isMnemonicParsing(), found);
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                items(sub, found);
            } else {
                check("menu item", i.getText(), i.isMnemonicParsing(), found);
            }
        }
    }

    private static void labels(Node node, List<String> found) {
        if (node instanceof Labeled l && l.isVisible()) {
            check(node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId(), l.getText(),
                    l.isMnemonicParsing(), found);
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                labels(c, found);
            }
        }
    }

    private static void check(String where, String text, List<String> found) {
        check(where, text, false, found);
    }

    private static void check(String where, String text, boolean mnemonic, List<String> found) {
        if (text == null) {
            return;
        }
        // as shown: a mnemonic's underscore is not shown, a doubled one is one underscore (m__l is m_l)
        Set<String> english = englishWords(mnemonic
                ? text.replace("__", "\u0000").replace("_", "").replace('\u0000', '_') : text);
        if (!english.isEmpty()) {
            found.add(where + ": " + text.replace('\n', ' ') + "  " + english);
        }
    }
}
