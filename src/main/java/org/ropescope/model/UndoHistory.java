package org.ropescope.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.schemes.SchemeSettings;

/**
 * Undo and redo of the inputs and the methods: a history of whole states, one entry per completed change.
 *
 * <p>The history watches some properties and, whenever one changes, takes a snapshot of the state
 * with {@code capture}. A change that completes at once (a typed value, an arrow key) becomes one
 * entry. Changes made while {@link #gestureProperty()} is true (the window binds it to its
 * sliders' {@code valueChanging}, so during a drag) are merged into one entry when the gesture
 * ends; changes made inside {@link #group} become one entry too (reset, opening a session). Undo
 * and redo put a snapshot back with {@code restore} and are not recorded themselves.
 *
 * <p>Plain JavaFX properties, no toolkit: tested with JUnit alone.
 *
 * @param <S> a snapshot of the state; immutable, with {@code equals} (a record)
 */
public final class UndoHistory<S> {

    /** How many steps are kept; the oldest are dropped first. */
    public static final int DEFAULT_LIMIT = 500;

    private final Supplier<S> capture;
    private final Consumer<S> restore;
    private final int limit;
    private final Deque<S> undo = new ArrayDeque<>(); // the state before each step, newest first
    private final Deque<S> redo = new ArrayDeque<>();
    private S committed; // the state after the newest step
    private boolean restoring;
    private int grouping;

    // ---- Properties -----------------------------------------------------------------------

    private final BooleanProperty gesture = new SimpleBooleanProperty(this, "gesture", false) {
        @Override
        protected void invalidated() {
            if (!get()) {
                commit(); // the drag is over: one entry for all of it
            }
        }
    };
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);

    /**
     * @param capture a snapshot of the current state
     * @param restore puts a snapshot back
     * @param watched the properties whose changes are recorded
     */
    public UndoHistory(Supplier<S> capture, Consumer<S> restore, int limit, Observable... watched) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.capture = Objects.requireNonNull(capture);
        this.restore = Objects.requireNonNull(restore);
        this.limit = limit;
        this.committed = capture.get();
        for (Observable o : watched) {
            o.addListener(obs -> changed());
        }
    }

    /** The history of the explorer's four inputs alone, snapshot {@link InputsModel#getConfig()}. */
    public static UndoHistory<?> ofInputs(InputsModel model) {
        return new UndoHistory<>(model::getConfig, model::apply, DEFAULT_LIMIT, inputs(model));
    }

    /**
     * The history of the whole state the window edits: the four inputs and the methods (each slot's
     * parameters, which are drawn, the rotating share). This is the one place that says what undo
     * covers: when the model gains more inputs, capture them in {@link State} and watch them here.
     */
    public static UndoHistory<State> of(MethodsModel methods) {
        return of(methods, new SchemesModel());
    }

    /**
     * As {@link #of(MethodsModel)}, with the Schemes view's settings ({@code schemes}) and view switches
     * that change what a chart shows (the Decay tab's log axis) recorded as well, in the order given.
     */
    public static UndoHistory<State> of(MethodsModel methods, SchemesModel schemes, BooleanProperty... switches) {
        InputsModel model = methods.inputs();
        List<Observable> watched = new ArrayList<>(List.of(inputs(model)));
        watched.addAll(methods.observables());
        watched.add(schemes.settingsProperty());
        watched.addAll(List.of(switches));
        return new UndoHistory<>(() -> new State(model.getConfig(), methods.selection(), schemes.getSettings(),
                java.util.Arrays.stream(switches).map(BooleanProperty::get).toList()), s -> {
                    model.apply(s.inputs());
                    methods.restore(s.methods());
                    schemes.setSettings(s.schemes());
                    for (int k = 0; k < switches.length && k < s.switches().size(); k++) {
                        switches[k].set(s.switches().get(k));
                    }
                }, DEFAULT_LIMIT, watched.toArray(Observable[]::new));
    }

    /** As {@link #of(MethodsModel, SchemesModel, BooleanProperty...)} with the schemes' own model. */
    public static UndoHistory<State> of(MethodsModel methods, BooleanProperty... switches) {
        return of(methods, new SchemesModel(), switches);
    }

    /** One step: the inputs, the methods, the schemes' settings and the view switches. */
    public record State(RopeConfig inputs, MethodSelection methods, SchemeSettings schemes, List<Boolean> switches) {

        /** The inputs and methods with the schemes' defaults and no view switches. */
        public State(RopeConfig inputs, MethodSelection methods) {
            this(inputs, methods, SchemeSettings.DEFAULT, List.of());
        }

        // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
        // their first call, spinning method-handle classes that no AOT cache holds (16 such links
        // before the first frame, 13 records); the first frame compares these
        @Override
        public boolean equals(Object o) {
            return o instanceof State s && inputs.equals(s.inputs) && methods.equals(s.methods)
                    && schemes.equals(s.schemes) && switches.equals(s.switches);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inputs, methods, schemes, switches);
        }
    }

    private static Observable[] inputs(InputsModel model) {
        return new Observable[] {model.baseProperty(), model.dimProperty(), model.originalLengthProperty(),
            model.newLengthProperty()};
    }

    /** While true, changes are merged into one step, recorded when it turns false (a slider drag). */
    public BooleanProperty gestureProperty() {
        return gesture;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** How many steps {@link #undo} can go back. */
    public int undoCount() {
        return undo.size();
    }

    /** How many steps {@link #redo} can go forward. */
    public int redoCount() {
        return redo.size();
    }

    // ---- Commands -------------------------------------------------------------------------

    /** Runs {@code change} and records everything it changes as one step. */
    public void group(Runnable change) {
        grouping++;
        try {
            change.run();
        } finally {
            grouping--;
            commit();
        }
    }

    /** Goes back one step; nothing when there is none. */
    public void undo() {
        commit(); // a change still being merged counts as done
        if (!undo.isEmpty()) {
            redo.push(committed);
            move(undo.pop());
        }
    }

    /** Re-applies the step {@link #undo} took back; nothing when there is none. */
    public void redo() {
        commit();
        if (!redo.isEmpty()) {
            undo.push(committed);
            move(redo.pop());
        }
    }

    /** Forgets every step; the current state becomes the start. */
    public void clear() {
        undo.clear();
        redo.clear();
        committed = capture.get();
        flags();
    }

    private void move(S target) {
        restoring = true;
        try {
            restore.accept(target);
        } finally {
            restoring = false;
        }
        committed = capture.get();
        flags();
    }

    private void changed() {
        if (!restoring && grouping == 0 && !gesture.get()) {
            commit();
        }
    }

    private void commit() {
        if (restoring || grouping > 0 || gesture.get()) {
            return;
        }
        S now = capture.get();
        if (!now.equals(committed)) {
            undo.push(committed);
            while (undo.size() > limit) {
                undo.removeLast();
            }
            redo.clear();
            committed = now;
            flags();
        }
    }

    private void flags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
