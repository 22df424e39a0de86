package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ropescope.model.Theme;

class StartOptionsTest {

    @Test
    void noArgumentsMeansLightWindowedAndNoSession() {
        StartOptions o = StartOptions.parse(List.of());
        assertEquals(Theme.LIGHT, o.theme());
        assertFalse(o.presentation());
        assertEquals(Optional.empty(), o.session());
        assertEquals(List.of(), o.problems());
    }

    @Test
    void aSessionFileThemeAndPresentation() {
        StartOptions o = StartOptions.parse(List.of("--theme=dark", "--presentation", "lecture.ropescope"));
        assertEquals(Theme.DARK, o.theme());
        assertTrue(o.presentation());
        assertEquals(Optional.of(Path.of("lecture.ropescope")), o.session());
        assertEquals(Theme.DARK, StartOptions.parse(List.of("--dark")).theme());
    }

    @Test
    void whatItDoesNotKnowIsReportedInOneLineAndIgnored() {
        StartOptions o = StartOptions.parse(List.of("--theme=pink", "--fast", "a.ropescope", "b.ropescope"));
        assertEquals(List.of("ropescope: --theme must be light or dark, got 'pink'; starting in light",
                "ropescope: ignored unknown option --fast; " + StartOptions.USAGE,
                "ropescope: opens one session at a time; ignored b.ropescope"), o.problems());
        assertEquals(Optional.of(Path.of("a.ropescope")), o.session());
    }
}
