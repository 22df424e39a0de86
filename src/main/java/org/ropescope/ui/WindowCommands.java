package org.ropescope.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import org.ropescope.export.ExportFormat;
import org.ropescope.model.Theme;
import org.ropescope.model.UndoHistory;
import org.ropescope.model.ViewSettings;

/** What every {@link Command} does in the explorer window, and the menu bar and toolbar built from them. */
final class WindowCommands {

    private WindowCommands() {
    }

    /** The menu bar over the export toolbar, which presentation mode puts away (File has the same commands). */
    static VBox top(MainWindow w, SessionActions sessions, LectureActions lecture) {
        CommandHandlers handlers = handlers(w, sessions, lecture);
        MenuBar menus = CommandBar.menuBar(handlers);
        ToolBar exportBar = CommandBar.toolBar(handlers);
        exportBar.visibleProperty().bind(w.settings().presentationProperty().not());
        exportBar.managedProperty().bind(exportBar.visibleProperty());
        return new VBox(menus, exportBar);
    }

    static CommandHandlers handlers(MainWindow w, SessionActions sessions, LectureActions lecture) {
        WindowModels m = w.models();
        UndoHistory<?> history = m.history();
        ViewSettings settings = m.settings();
        ExportActions exports = w.exportActions();
        SlideActions slides = w.slideActions();
        ConfigJsonActions configs = w.configJsonActions();
        return new CommandHandlers()
                .on(Command.OPEN_SESSION, sessions::chooseAndOpen)
                .on(Command.OPEN_CONFIG, configs::openConfig)
                .submenu(Command.LAYER_TYPE, configs.layerTypeMenu())
                .on(Command.SAVE_SESSION, sessions::save)
                .on(Command.SAVE_SESSION_AS, sessions::chooseAndSave)
                .on(Command.EXPORT_PNG, () -> exports.export(ExportFormat.PNG))
                .on(Command.EXPORT_SVG, () -> exports.export(ExportFormat.SVG))
                .on(Command.EXPORT_PDF, () -> exports.export(ExportFormat.PDF))
                .on(Command.EXPORT_CSV, () -> exports.export(ExportFormat.CSV))
                .on(Command.COPY_CHART, exports::copyChart)
                .on(Command.SLIDE_PNG, () -> slides.export(ExportFormat.PNG))
                .on(Command.SLIDE_SVG, () -> slides.export(ExportFormat.SVG))
                .on(Command.SLIDE_PDF, () -> slides.export(ExportFormat.PDF))
                .on(Command.RESET, () -> history.group(() -> {
                    m.model().reset();
                    m.methods().resetMethods();
                    m.schemes().reset();
                }))
                .on(Command.QUIT, () -> w.getScene().getWindow().hide())
                .on(Command.UNDO, history::undo)
                .disableWhen(Command.UNDO, history.canUndoProperty().not())
                .on(Command.REDO, history::redo)
                .disableWhen(Command.REDO, history.canRedoProperty().not())
                .on(Command.COPY_CONFIG, configs::copyConfig)
                .on(Command.COPY_DERIVATION_IMAGE, slides::copyDerivationImage)
                .on(Command.COPY_DERIVATION_LATEX, slides::copyDerivationLatex)
                .choice(Command.LIGHT_THEME, settings.themeProperty().isEqualTo(Theme.LIGHT),
                        () -> settings.setTheme(Theme.LIGHT))
                .choice(Command.DARK_THEME, settings.themeProperty().isEqualTo(Theme.DARK),
                        () -> settings.setTheme(Theme.DARK))
                .state(Command.PRESENTATION, settings.presentationProperty())
                .state(Command.ZOOM, w.presentationLayout().zoomedProperty())
                .on(Command.ADD_STEP, lecture::addStep)
                .on(Command.LECTURE_STEPS, lecture::openList)
                .on(Command.NEXT_STEP, () -> lecture.walk(+1))
                .on(Command.PREVIOUS_STEP, () -> lecture.walk(-1))
                .submenu(Command.LANGUAGE, LanguageMenu.fill(new Menu(),
                        l -> LanguageMenu.switchTo(l, w, Languages.preferences())))
                .on(Command.SHORTCUTS, () -> Shortcuts.show(w))
                .on(Command.ABOUT, () -> new AboutDialog(w.getScene().getWindow()).showAndWait())
                .items(Bar.PRESETS, configs.presetItems());
    }
}
