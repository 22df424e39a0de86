package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewSettingsTest {

    @Test
    void startsLightAndNotPresentingAndTogglesPresentation() {
        ViewSettings v = new ViewSettings();
        assertEquals(Theme.LIGHT, v.getTheme());
        assertFalse(v.isPresentation());
        v.togglePresentation();
        assertTrue(v.isPresentation());
        v.togglePresentation();
        assertFalse(v.isPresentation());
    }

    @Test
    void thereIsAlwaysATheme() {
        ViewSettings v = new ViewSettings();
        v.setTheme(Theme.DARK);
        v.setTheme(null);
        assertEquals(Theme.DARK, v.getTheme());
    }

    /** The one value every chart follows: a change of either setting is a new look, told once. */
    @Test
    void theLookIsTheThemeAndPresentationModeAndTellsEachChange() {
        ViewSettings v = new ViewSettings();
        java.util.List<Look> seen = new java.util.ArrayList<>();
        v.lookProperty().addListener((obs, was, now) -> seen.add(now));
        assertEquals(new Look(Theme.LIGHT, false), v.lookProperty().get());
        v.setTheme(Theme.DARK);
        v.setPresentation(true);
        v.setPresentation(true); // no change, nothing told
        assertEquals(java.util.List.of(new Look(Theme.DARK, false), new Look(Theme.DARK, true)), seen);
        assertTrue(v.lookProperty().get().dark());
    }

    @Test
    void themesAreNamedInLowerCaseAndReadInAnyCase() {
        assertEquals("dark", Theme.DARK.id());
        assertEquals(Optional.of(Theme.DARK), Theme.fromId(" Dark "));
        assertEquals(Optional.of(Theme.LIGHT), Theme.fromId("light"));
        assertEquals(Optional.empty(), Theme.fromId("solarized"));
        assertEquals(Optional.empty(), Theme.fromId(null));
    }
}
