package org.ropescope.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ropescope.session.LectureStep;

/**
 * A lecture: an ordered list of named steps and the one shown last. Page Down and Page Up (in
 * presentation mode) walk through it; File saves it with the session. Commands only: the list
 * window ({@link LectureStepsPane}) and the keys call them.
 */
final class LectureSteps {

    private final ObservableList<LectureStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);

    ObservableList<LectureStep> items() {
        return steps;
    }

    List<LectureStep> list() {
        return List.copyOf(steps);
    }

    /** The index of the step shown last, or -1. */
    ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    void replaceAll(List<LectureStep> next) {
        steps.setAll(next);
        current.set(-1);
    }

    /** Appends {@code step} and makes it the current one. */
    void add(LectureStep step) {
        steps.add(step);
        current.set(steps.size() - 1);
    }

    /** The step {@code direction} (+1 or -1) from the current one, if there is one; it becomes current. */
    java.util.Optional<LectureStep> walk(int direction) {
        int next = current.get() + direction;
        if (current.get() < 0 && direction < 0) {
            next = 0;
        }
        if (next < 0 || next >= steps.size()) {
            return java.util.Optional.empty();
        }
        current.set(next);
        return java.util.Optional.of(steps.get(next));
    }

    /** Moves step {@code i} one place up ({@code -1}) or down ({@code +1}); false at an end. */
    boolean move(int i, int direction) {
        int j = i + direction;
        if (i < 0 || i >= steps.size() || j < 0 || j >= steps.size()) {
            return false;
        }
        LectureStep s = steps.get(i);
        steps.set(i, steps.get(j));
        steps.set(j, s);
        if (current.get() == i) {
            current.set(j);
        } else if (current.get() == j) {
            current.set(i);
        }
        return true;
    }

    void rename(int i, String name) {
        steps.set(i, steps.get(i).renamed(name));
    }

    void delete(int i) {
        steps.remove(i);
        if (current.get() >= steps.size() || current.get() == i) {
            current.set(Math.min(current.get(), steps.size() - 1));
        } else if (current.get() > i) {
            current.set(current.get() - 1);
        }
    }
}
