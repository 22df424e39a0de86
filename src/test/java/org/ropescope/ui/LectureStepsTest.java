package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.session.LectureStep;
import org.ropescope.session.ViewState;

/** The lecture's list: add, walk, reorder, rename, delete; the current step follows its step. */
class LectureStepsTest {

    private static LectureStep step(String name, long m) {
        return new LectureStep(name, RopeConfig.of(10000, 128, 2000, m), MethodSelection.book(), ViewState.DEFAULT);
    }

    private static List<String> names(LectureSteps s) {
        return s.list().stream().map(LectureStep::name).toList();
    }

    @Test
    void stepsAreWalkedReorderedRenamedAndDeleted() {
        LectureSteps s = new LectureSteps();
        assertTrue(s.walk(1).isEmpty());
        s.replaceAll(List.of(step("a", 2000), step("b", 4000), step("c", 8000)));
        assertEquals(-1, s.currentProperty().get());
        assertEquals("a", s.walk(1).orElseThrow().name());
        assertEquals("b", s.walk(1).orElseThrow().name());
        assertEquals("c", s.walk(1).orElseThrow().name());
        assertTrue(s.walk(1).isEmpty(), "no step after the last");
        assertEquals(2, s.currentProperty().get());

        assertTrue(s.move(2, -1));
        assertEquals(List.of("a", "c", "b"), names(s));
        assertEquals(1, s.currentProperty().get(), "the current step moved with it");
        assertFalse(s.move(0, -1));
        s.rename(0, "the book's example");
        assertEquals(8000, s.list().get(1).inputs().newLength());
        s.delete(0);
        assertEquals(List.of("c", "b"), names(s));
        assertEquals(0, s.currentProperty().get());
        s.add(step("d", 16000));
        assertEquals(2, s.currentProperty().get());
        assertEquals("b", s.walk(-1).orElseThrow().name());
    }
}
