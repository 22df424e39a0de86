package org.ropescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * Builds the window's menu bar and toolbar from {@link Command}: each command's text, id, accelerator
 * and tooltip come from there, what it does from the window's {@link CommandHandlers}.
 */
final class CommandBar {

    private CommandBar() {
    }

    /** File, Edit, View, Presets, Help: every command of each, parted into its sections. */
    static MenuBar menuBar(CommandHandlers handlers) {
        MenuBar bar = new MenuBar();
        bar.setId("menuBar");
        // the pointer on its way to a menu: read the presets now, so the Presets menu has them when it opens
        bar.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> StartupWarmup.presetsWanted());
        for (Bar b : Bar.values()) {
            if (b.isMenu()) {
                bar.getMenus().add(menu(b, handlers));
            }
        }
        return bar;
    }

    private static Menu menu(Bar b, CommandHandlers handlers) {
        Menu menu = new Menu(b.text());
        menu.setId(b.id());
        Map<Integer, ToggleGroup> groups = new java.util.HashMap<>();
        Command previous = null;
        for (Command c : Command.values()) {
            if (c.menu() != b) {
                continue;
            }
            if (previous != null && previous.section() != c.section()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item(c, handlers, groups.computeIfAbsent(c.section(), s -> new ToggleGroup())));
            previous = c;
        }
        menu.getItems().addAll(handlers.items(b));
        return menu;
    }

    private static MenuItem item(Command c, CommandHandlers handlers, ToggleGroup group) {
        MenuItem item = switch (c.kind()) {
            case ITEM -> {
                MenuItem i = new MenuItem();
                Runnable action = handlers.action(c); // a command without a handler fails here, at once
                i.setOnAction(e -> action.run());
                yield i;
            }
            case CHECK -> {
                CheckMenuItem i = new CheckMenuItem();
                i.selectedProperty().bindBidirectional(handlers.state(c));
                yield i;
            }
            case RADIO -> {
                RadioMenuItem i = new RadioMenuItem();
                CommandHandlers.Choice choice = handlers.choice(c);
                i.setToggleGroup(group);
                i.setSelected(choice.selected().get());
                choice.selected().addListener((obs, was, is) -> {
                    if (is) {
                        i.setSelected(true);
                    }
                });
                i.setOnAction(e -> choice.select().run());
                yield i;
            }
            case SUBMENU -> handlers.submenu(c);
            case KEY -> throw new IllegalArgumentException(c + " is a key, not a menu item");
        };
        item.setText(c.text());
        item.setId(c.itemId());
        c.accelerator().ifPresent(item::setAccelerator);
        if (handlers.disabled(c) != null) {
            item.disableProperty().bind(handlers.disabled(c));
        }
        return item;
    }

    /** The toolbar: its label, then a button for every command that has one, parted into sections. */
    static ToolBar toolBar(CommandHandlers handlers) {
        Label label = new Label(Bar.TOOLBAR.text());
        label.getStyleClass().add("toolbar-label");
        List<Node> nodes = new ArrayList<>(List.of(label));
        Command previous = null;
        for (Command c : Command.values()) {
            if (c.buttonText() == null) {
                continue;
            }
            if (previous != null && previous.section() != c.section()) {
                nodes.add(new Separator(Orientation.VERTICAL));
            }
            nodes.add(button(c, handlers));
            previous = c;
        }
        ToolBar bar = new ToolBar(nodes.toArray(Node[]::new));
        bar.setId(Bar.TOOLBAR.id());
        bar.getStyleClass().add("export-toolbar");
        return bar;
    }

    private static Button button(Command c, CommandHandlers handlers) {
        Button b = new Button(c.buttonText());
        b.setId(c.buttonId());
        b.setTooltip(new Tooltip(c.tooltip()));
        b.setFocusTraversable(false); // Tab keeps walking the inputs; the menu has the shortcuts
        Runnable action = handlers.action(c);
        b.setOnAction(e -> action.run());
        return b;
    }
}
