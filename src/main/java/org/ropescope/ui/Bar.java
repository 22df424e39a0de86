package org.ropescope.ui;

/**
 * Where a {@link Command} is shown: one of the menus of the window's menu bar, in this order, or
 * the export toolbar. Their titles live here, as the commands' texts live in {@link Command}.
 */
enum Bar {
    FILE("fileMenu", "_File"),
    EDIT("editMenu", "_Edit"),
    VIEW("viewMenu", "_View"),
    PRESETS("presetsMenu", "_Presets"),
    HELP("helpMenu", "_Help"),
    /** The toolbar under the menus; its text is the label at its start. */
    TOOLBAR("exportToolBar", "Export");

    private final String id;
    private final String text;

    Bar(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /** The node's id ({@code #fileMenu}). */
    String id() {
        return id;
    }

    /** The title, with its mnemonic ({@code _File}). */
    String text() {
        return text;
    }

    boolean isMenu() {
        return this != TOOLBAR;
    }
}
