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
import org.ropescope.AppInfo;

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
    // menu, section, kind, id, text, accelerator, help [, toolbar button]
    OPEN_SESSION(FILE, 0, ITEM, "open", "_Open session…", "Shortcut+O", "Open a session (.ropescope)"),
    OPEN_CONFIG(FILE, 0, ITEM, "openConfig", "Open model config…", "Shortcut+Shift+O", "Open a model's config.json"),
    LAYER_TYPE(FILE, 0, SUBMENU, "layerType", "Layer _type", null, null),
    SAVE_SESSION(FILE, 0, ITEM, "save", "_Save session", "Shortcut+S", "Save the session"),
    SAVE_SESSION_AS(FILE, 0, ITEM, "saveAs", "Save session _as…", "Shortcut+Shift+S", "Save the session as a new file"),
    EXPORT_PNG(FILE, 1, ITEM, "exportPng", "Export chart as PNG…", "Shortcut+E",
            "Export the chart as a PNG image (File has SVG, PDF and CSV too)", "PNG"),
    EXPORT_SVG(FILE, 1, ITEM, "exportSvg", "Export chart as SVG…", null, "Export the chart as an SVG vector drawing",
            "SVG"),
    EXPORT_PDF(FILE, 1, ITEM, "exportPdf", "Export chart as PDF…", null, "Export the chart as a PDF page", "PDF"),
    EXPORT_CSV(FILE, 1, ITEM, "exportCsv", "Export data as CSV…", null, "Export the periods of every pair as a CSV table",
            "CSV"),
    COPY_CHART(FILE, 2, ITEM, "copyChart", "Copy chart", "Shortcut+Shift+C", "Copy the chart to the clipboard as an image",
            "Copy chart"),
    SLIDE_PNG(FILE, 2, ITEM, "slidePng", "Export for slides as PNG (1920 x 1080)…", null, null),
    SLIDE_SVG(FILE, 2, ITEM, "slideSvg", "Export for slides as SVG…", null, null),
    SLIDE_PDF(FILE, 2, ITEM, "slidePdf", "Export for slides as PDF…", null, null),
    RESET(FILE, 3, ITEM, "reset", "_Reset to defaults", "Shortcut+R", "Reset to defaults (undoable)"),
    QUIT(FILE, 4, ITEM, "quit", "_Quit", "Shortcut+Q", "Quit"),

    UNDO(EDIT, 0, ITEM, "undo", "_Undo", "Shortcut+Z", "Undo the last change of the inputs or methods"),
    REDO(EDIT, 0, ITEM, "redo", "_Redo", "Shortcut+Shift+Z", "Redo"),
    COPY_CONFIG(EDIT, 1, ITEM, "copyConfig", "Copy as config.json", "Shortcut+Shift+J",
            "Copy the chosen method's rope_scaling block as config.json"),
    COPY_DERIVATION_IMAGE(EDIT, 1, ITEM, "copyDerivationImage", "Copy derivation as image", null, null),
    COPY_DERIVATION_LATEX(EDIT, 1, ITEM, "copyDerivationLatex", "Copy derivation as LaTeX", null, null),

    LIGHT_THEME(VIEW, 0, RADIO, "lightTheme", "_Light theme", null, null),
    DARK_THEME(VIEW, 0, RADIO, "darkTheme", "_Dark theme", null, null),
    PRESENTATION(VIEW, 1, CHECK, "presentation", "_Presentation mode", "F5",
            "Presentation mode on or off (full screen, large, high contrast)"),
    ZOOM(VIEW, 1, CHECK, "zoom", "_Zoom to the last pairs", null, null),
    ADD_STEP(VIEW, 2, ITEM, "addStep", "_Add current view as a step", "Shortcut+Shift+A",
            "Add the current view as a lecture step"),
    LECTURE_STEPS(VIEW, 2, ITEM, "lectureSteps", "Lecture _steps…", "Shortcut+Shift+L", "The list of lecture steps"),
    NEXT_STEP(VIEW, 2, ITEM, "nextStep", "_Next step (Page Down in presentation mode)", null, null),
    PREVIOUS_STEP(VIEW, 2, ITEM, "previousStep", "Pre_vious step (Page Up in presentation mode)", null, null),

    SHORTCUTS(HELP, 0, ITEM, "shortcuts", "_Keyboard shortcuts", "F1", "This list"),
    ABOUT(HELP, 1, ITEM, "about", "About " + AppInfo.NAME, null, null),

    // keys a view handles itself: listed by F1 and the user guide, in no menu
    PRESENTATION_PANES("S / E / N", "In presentation mode: the inputs strip / the derivation / the notes on or off"),
    ZOOM_KEY("Z", "Zoom the period chart to the last pairs, or back to every pair"),
    STEP_M("Shift+arrows", "On the m slider: step m through 1, 1.5, 2, 3, 4, 6, 8, ... times m_l"),
    WALK_STEPS("Page Down / Page Up", "In presentation mode: the next / previous lecture step"),
    ESCAPE("Esc", "Leave presentation mode; in a field, put back the current value"),
    MOVE_FOCUS("Tab, Shift+Tab", "Move between fields and sliders"),
    GO_TO_FIELD("Alt+B, Alt+D, Alt+O, Alt+N", "Go to the field of b, d, m_l, m"),
    STEP_SLIDER("Arrow keys", "Step a focused slider to the next round value"),
    LARGE_STEP("Page Up, Page Down", "Take a large step (ten steps, an octave, x16)"),
    APPLY_FIELD("Enter", "Apply the value typed in a field"),
    OPEN_MENUS("Alt or F10", "Open the menus (File, Edit, View, Presets, Help)");

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
    private final String text;
    private final String keys;
    private final String help;
    private final String button;

    Command(Bar menu, int section, Kind kind, String id, String text, String accelerator, String help) {
        this(menu, section, kind, id, text, accelerator, help, null);
    }

    Command(Bar menu, int section, Kind kind, String id, String text, String accelerator, String help,
            String button) {
        this.menu = menu;
        this.section = section;
        this.kind = kind;
        this.id = id;
        this.text = text;
        this.keys = accelerator;
        this.help = help;
        this.button = button;
    }

    Command(String keys, String help) {
        this(null, 0, Kind.KEY, null, null, keys, help, null);
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
        return text;
    }

    /** What it does, in one line: the F1 list's and the tooltip's text; {@code null} if it needs none. */
    String help() {
        return help;
    }

    /** The toolbar button's text, or {@code null} when it is not on the toolbar. */
    String buttonText() {
        return button;
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
        return accelerator().map(KeyCombination::getDisplayText).orElse(keys);
    }

    /** The toolbar button's tooltip: the help, and the shortcut when there is one. */
    String tooltip() {
        return accelerator().map(a -> help + " (" + a.getDisplayText() + ")").orElse(help);
    }

    /** The F1 list's rows: every command with keys and help, in this order. */
    static java.util.List<Command> withKeys() {
        return java.util.Arrays.stream(values()).filter(c -> c.keys != null && c.help != null).toList();
    }
}
