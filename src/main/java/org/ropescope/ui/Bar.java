package org.ropescope.ui;

import org.ropescope.text.Texts;

/**
 * Where a {@link Command} is shown: one of the menus of the window's menu bar, in this order, or
 * the export toolbar. Their titles are in the text bundles ({@code bar.<id>}), as the commands' are.
 */
enum Bar {
    FILE("fileMenu"),
    EDIT("editMenu"),
    VIEW("viewMenu"),
    PRESETS("presetsMenu"),
    HELP("helpMenu"),
    /** The toolbar under the menus; its text is the label at its start. */
    TOOLBAR("exportToolBar");

    private final String id;

    Bar(String id) {
        this.id = id;
    }

    /** The node's id ({@code #fileMenu}). */
    String id() {
        return id;
    }

    /** The title, with its mnemonic ({@code _File}). */
    String text() {
        return Texts.text("bar." + id);
    }

    boolean isMenu() {
        return this != TOOLBAR;
    }
}
