package org.ropescope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners one window's view puts on the models it shows, so that a view replaced by another
 * over the same models (View &gt; Language) can take them all off again: {@link #retire()}. Without
 * that the models would keep the old view alive and updating, behind the new one.
 *
 * <p>Panes register through {@link #listen} while their {@link MainWindow} is being built (on the FX
 * thread, where the scope being built is known); a pane built on its own, as some tests build them,
 * just adds its listener.
 */
final class ViewScope {

    /** The scope of the view being built, on the FX thread; {@code null} between builds. */
    private static ViewScope building;

    private final List<Runnable> removals = new ArrayList<>();
    private final List<Runnable> onRetire = new ArrayList<>();
    private ViewScope outer;

    private ViewScope() {
    }

    /** Opens a scope for the view about to be built; {@link #close()} it when the view is built. */
    static ViewScope open() {
        ViewScope scope = new ViewScope();
        scope.outer = building;
        building = scope;
        return scope;
    }

    /** Ends this scope's build: later listeners are no longer its own. */
    void close() {
        if (building == this) {
            building = outer;
        }
    }

    /** Adds {@code listener} to {@code on}, taken off again when the view being built retires. */
    static void listen(Observable on, InvalidationListener listener) {
        on.addListener(listener);
        if (building != null) {
            building.removals.add(() -> on.removeListener(listener));
        }
    }

    /** Adds {@code listener} to {@code on}, taken off again when the view being built retires. */
    static <T> void listen(ObservableValue<T> on, ChangeListener<? super T> listener) {
        on.addListener(listener);
        if (building != null) {
            building.removals.add(() -> on.removeListener(listener));
        }
    }

    /** Runs {@code stop} when the view being built retires (a background job to cancel, say). */
    static void onRetire(Runnable stop) {
        if (building != null) {
            building.onRetire.add(stop);
        }
    }

    /** Takes every listener of this view off the models, and stops what it runs: the view is done. */
    void retire() {
        removals.forEach(Runnable::run);
        removals.clear();
        onRetire.forEach(Runnable::run);
        onRetire.clear();
    }

    /** How many listeners this view holds on the models (for tests). */
    int size() {
        return removals.size();
    }
}
