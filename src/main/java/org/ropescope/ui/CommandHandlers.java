package org.ropescope.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * What each {@link Command} does in one window: an action to run, an on/off state for a check item, a
 * choice for a radio item, the submenu a {@link Command.Kind#SUBMENU} shows, and when a command is
 * disabled. {@link CommandBar} builds the menus and the toolbar from these.
 */
final class CommandHandlers {

    /** A radio item: whether its choice is the current one, and how to make it so. */
    record Choice(ObservableBooleanValue selected, Runnable select) {
    }

    private final Map<Command, Runnable> actions = new EnumMap<>(Command.class);
    private final Map<Command, Property<Boolean>> states = new EnumMap<>(Command.class);
    private final Map<Command, Choice> choices = new EnumMap<>(Command.class);
    private final Map<Command, Menu> submenus = new EnumMap<>(Command.class);
    private final Map<Command, ObservableBooleanValue> disabled = new EnumMap<>(Command.class);
    private final Map<Bar, List<MenuItem>> menuItems = new EnumMap<>(Bar.class);

    /** {@code command} runs {@code action}. */
    CommandHandlers on(Command command, Runnable action) {
        return put(actions, command, action);
    }

    /** The check item of {@code command} shows and sets {@code state}. */
    CommandHandlers state(Command command, Property<Boolean> state) {
        return put(states, command, state);
    }

    /** The radio item of {@code command} is selected while {@code selected} holds; choosing it runs {@code select}. */
    CommandHandlers choice(Command command, ObservableBooleanValue selected, Runnable select) {
        return put(choices, command, new Choice(Objects.requireNonNull(selected), Objects.requireNonNull(select)));
    }

    /** {@code command} shows {@code menu}, whose items its owner fills. */
    CommandHandlers submenu(Command command, Menu menu) {
        return put(submenus, command, menu);
    }

    /** {@code command} is disabled while {@code when} holds. */
    CommandHandlers disableWhen(Command command, ObservableBooleanValue when) {
        return put(disabled, command, when);
    }

    /** {@code menu} shows {@code items} after its commands (the Presets menu's one item per preset). */
    CommandHandlers items(Bar menu, List<MenuItem> items) {
        menuItems.put(menu, List.copyOf(items));
        return this;
    }

    private <T> CommandHandlers put(Map<Command, T> handlers, Command command, T handler) {
        handlers.put(command, Objects.requireNonNull(handler));
        return this;
    }

    Runnable action(Command command) {
        return require(actions.get(command), command);
    }

    Property<Boolean> state(Command command) {
        return require(states.get(command), command);
    }

    Choice choice(Command command) {
        return require(choices.get(command), command);
    }

    Menu submenu(Command command) {
        return require(submenus.get(command), command);
    }

    ObservableBooleanValue disabled(Command command) {
        return disabled.get(command);
    }

    List<MenuItem> items(Bar menu) {
        return menuItems.getOrDefault(menu, List.of());
    }

    private static <T> T require(T handler, Command command) {
        if (handler == null) {
            throw new IllegalStateException("no handler for " + command);
        }
        return handler;
    }
}
