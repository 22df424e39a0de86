package org.ropescope.ui;

import static org.ropescope.ui.Bar.EDIT;
import static org.ropescope.ui.Bar.FILE;
import static org.ropescope.ui.Bar.HELP;
import static org.ropescope.ui.Bar.VIEW;
import static org.ropescope.ui.Command.Kind.CHECK;
import static org.ropescope.ui.Command.Kind.ITEM;
import static org.ropescope.ui.Command.Kind.RADIO;
import static org.ropescope.ui.Command.Kind.SUBMENU;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.ropescope.text.Texts;

/**
 * Every command of the window, and every key it answers to, in one place: the menus, the toolbar,
 * the tooltips and Help &gt; Keyboard shortcuts (F1) are all built from this list
 * ({@link CommandBar}, {@link Shortcuts}), and a test holds the user guide's table of keys to it.
 *
 * <p>A command is shown in the menu of its {@link Bar}, in this order; commands of one menu with
 * different {@code section} numbers are parted by a separator. What a command does is given by the
 * window ({@link CommandHandlers}). The keys that are not menu commands (handled by a view, such as
 * S / E / N in presentation mode) come last, for the F1 list only.
 *
 * <p>Adding a menu item is one constant here plus its handler. Every text a person reads comes from
 * {@link #text()}, {@link #help()} and {@link #buttonText()}, never built elsewhere.
 */
enum Command {
    // menu, section, kind, id, accelerator; the words are in the text bundles (command.<id>.text, .help, .button)
    OPEN_SESSION(FILE, 0, ITEM, "open", "Shortcut+O"),
    OPEN_CONFIG(FILE, 0, ITEM, "openConfig", "Shortcut+Shift+O"),
    LAYER_TYPE(FILE, 0, SUBMENU, "layerType", null),
    SAVE_SESSION(FILE, 0, ITEM, "save", "Shortcut+S"),
    SAVE_SESSION_AS(FILE, 0, ITEM, "saveAs", "Shortcut+Shift+S"),
    EXPORT_PNG(FILE, 1, ITEM, "exportPng", "Shortcut+E"),
    EXPORT_SVG(FILE, 1, ITEM, "exportSvg", null),
    EXPORT_PDF(FILE, 1, ITEM, "exportPdf", null),
    EXPORT_CSV(FILE, 1, ITEM, "exportCsv", null),
    COPY_CHART(FILE, 2, ITEM, "copyChart", "Shortcut+Shift+C"),
    SLIDE_PNG(FILE, 2, ITEM, "slidePng", null),
    SLIDE_SVG(FILE, 2, ITEM, "slideSvg", null),
    SLIDE_PDF(FILE, 2, ITEM, "slidePdf", null),
    RESET(FILE, 3, ITEM, "reset", "Shortcut+R"),
    QUIT(FILE, 4, ITEM, "quit", "Shortcut+Q"),

    UNDO(EDIT, 0, ITEM, "undo", "Shortcut+Z"),
    REDO(EDIT, 0, ITEM, "redo", "Shortcut+Shift+Z"),
    COPY_CONFIG(EDIT, 1, ITEM, "copyConfig", "Shortcut+Shift+J"),
    COPY_DERIVATION_IMAGE(EDIT, 1, ITEM, "copyDerivationImage", null),
    COPY_DERIVATION_LATEX(EDIT, 1, ITEM, "copyDerivationLatex", null),

    LIGHT_THEME(VIEW, 0, RADIO, "lightTheme", null),
    DARK_THEME(VIEW, 0, RADIO, "darkTheme", null),
    PRESENTATION(VIEW, 1, CHECK, "presentation", "F5"),
    ZOOM(VIEW, 1, CHECK, "zoom", null),
    ADD_STEP(VIEW, 2, ITEM, "addStep", "Shortcut+Shift+A"),
    LECTURE_STEPS(VIEW, 2, ITEM, "lectureSteps", "Shortcut+Shift+L"),
    NEXT_STEP(VIEW, 2, ITEM, "nextStep", null),
    PREVIOUS_STEP(VIEW, 2, ITEM, "previousStep", null),
    LANGUAGE(VIEW, 3, SUBMENU, "language", null),

    SHORTCUTS(HELP, 0, ITEM, "shortcuts", "F1"),
    ABOUT(HELP, 1, ITEM, "about", null),

    // keys a view handles itself: listed by F1 and the user guide, in no menu
    PRESENTATION_PANES("S / E / N"),
    ZOOM_KEY("Z"),
    STEP_M("Shift+arrows"),
    WALK_STEPS("Page Down / Page Up"),
    ESCAPE("Esc"),
    MOVE_FOCUS("Tab, Shift+Tab"),
    GO_TO_FIELD("Alt+B, Alt+D, Alt+O, Alt+N"),
    STEP_SLIDER("Arrow keys"),
    LARGE_STEP("Page Up, Page Down"),
    APPLY_FIELD("Enter"),
    OPEN_MENUS("Alt or F10");

    /** How a command is shown in its menu. */
    enum Kind {
        /** A plain menu item. */
        ITEM,
        /** A menu item with a check mark, bound to an on/off state. */
        CHECK,
        /** One of a section's mutually exclusive choices. */
        RADIO,
        /** A submenu whose items the handler fills. */
        SUBMENU,
        /** A key a view handles itself; in no menu. */
        KEY
    }

    private final Bar menu;
    private final int section;
    private final Kind kind;
    private final String id;
    private final String keys;

    Command(Bar menu, int section, Kind kind, String id, String accelerator) {
        this.menu = menu;
        this.section = section;
        this.kind = kind;
        this.id = id;
        this.keys = accelerator;
    }

    Command(String keys) {
        this(null, 0, Kind.KEY, null, keys);
    }

    /** Its words' key in the text bundles: {@code command.open.*}; {@code command.zoomKey.*} for a key. */
    private String textKey(String part) {
        String name = id;
        if (name == null) { // ZOOM_KEY: zoomKey
            StringBuilder camel = new StringBuilder();
            for (String w : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
                camel.append(camel.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            name = camel.toString();
        }
        return "command." + name + "." + part;
    }

    private String optional(String part) {
        String key = textKey(part);
        return Texts.has(key) ? Texts.text(key) : null;
    }

    /** The menu it is shown in; {@code null} for a {@link Kind#KEY}. */
    Bar menu() {
        return menu;
    }

    /** Commands of one menu in different sections are parted by a separator. */
    int section() {
        return section;
    }

    Kind kind() {
        return kind;
    }

    /** The menu item's id: {@code #openItem}, {@code #presentationItem}, {@code #layerTypeMenu}. */
    String itemId() {
        return id + (kind == SUBMENU ? "Menu" : "Item");
    }

    /** The toolbar button's id: {@code #exportPngButton}. */
    String buttonId() {
        return id + "Button";
    }

    /** The menu item's text, with its mnemonic ({@code _Open session…}). */
    String text() {
        return Texts.text(textKey("text"));
    }

    /** What it does, in one line: the F1 list's and the tooltip's text; {@code null} if it needs none. */
    String help() {
        return optional("help");
    }

    /** The toolbar button's text, or {@code null} when it is not on the toolbar. */
    String buttonText() {
        return optional("button");
    }

    /** The accelerator its menu item carries, if any ({@code Shortcut+Shift+S}). */
    Optional<KeyCombination> accelerator() {
        return kind == Kind.KEY || keys == null ? Optional.empty() : Optional.of(KeyCombination.keyCombination(keys));
    }

    /**
     * The keys as written in this class: a {@link KeyCombination} name for an accelerator
     * ({@code Shortcut+Shift+S}), or words for the keys a view handles ({@code Page Down / Page Up});
     * {@code null} when it has none.
     */
    String keys() {
        return keys;
    }

    /** The keys as this platform writes them: Ctrl+Shift+S here, ⇧⌘S on a Mac; words as they are. */
    String displayKeys() {
        return accelerator().map(KeyCombination::getDisplayText).orElseGet(() -> keys == null ? null : Texts.text(textKey("keys")));
    }

    /** The toolbar button's tooltip: the help, and the shortcut when there is one. */
    String tooltip() {
        return accelerator().map(a -> Texts.text("command.tooltip", help(), a.getDisplayText())).orElse(help());
    }

    /** The F1 list's rows: every command with keys and help, in this order. */
    static java.util.List<Command> withKeys() {
        return java.util.Arrays.stream(values()).filter(c -> c.keys != null && c.help() != null).toList();
    }
}
