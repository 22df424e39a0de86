package org.ropescope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodSelection;

/**
 * Format 1.2: the view's lambda = s, tab, selected pair and presentation mode (issue 13, defect 10),
 * and the lecture's steps; older files open as before.
 */
class LectureSessionTest {

    @TempDir
    Path dir;

    private static MethodSelection withYarn() {
        MethodSelection book = MethodSelection.book();
        java.util.EnumSet<MethodKind> drawn = java.util.EnumSet.copyOf(book.drawn());
        drawn.add(MethodKind.YARN);
        return new MethodSelection(1, book.methods(), drawn);
    }

    @Test
    void theViewAndTheStepsReadBackTheSame() throws Exception {
        ViewState view = new ViewState(true, "tableTab", 45, true);
        List<LectureStep> steps = List.of(
                new LectureStep("the book's example", RopeConfig.of(10000, 128, 2000, 8000), MethodSelection.book(),
                        ViewState.DEFAULT),
                new LectureStep("twice as long, YaRN", RopeConfig.of(10000, 128, 2000, 16000), withYarn(),
                        new ViewState(true, "stretchTab", 63, true)));
        Session s = new Session(RopeConfig.DEFAULT, "dark", MethodSelection.book(), view, steps);
        Path p = dir.resolve("lecture.ropescope");
        SessionFile.write(p, s);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"formatVersion\" : \"1.2\""), text);
        assertTrue(text.contains("\"lambdaEqualsS\" : true") && text.contains("\"tab\" : \"tableTab\"")
                && text.contains("\"selectedPair\" : 45") && text.contains("\"presentation\" : true"), text);
        assertTrue(text.contains("\"name\" : \"twice as long, YaRN\""), text);
        assertEquals(s, SessionFile.read(p));
    }

    @Test
    void aFileOfFormat11OpensWithTheViewAsTheWindowStarts() throws Exception {
        Session s = SessionFile.parse("""
                { "format" : "RoPEScope session", "formatVersion" : "1.1",
                  "inputs" : { "base" : 10000, "dim" : 128, "originalLength" : 4096, "newLength" : 16384 },
                  "view" : { "theme" : "light" } }
                """.getBytes(StandardCharsets.UTF_8), "old.ropescope");
        assertEquals(ViewState.DEFAULT, s.view());
        assertEquals(List.of(), s.steps());
        assertEquals("light", s.theme());
    }

    @Test
    void aBadViewOrStepIsRefusedNamingItsField() {
        String head = "{ \"format\" : \"RoPEScope session\", \"formatVersion\" : \"1.2\", "
                + "\"inputs\" : { \"base\" : 10000, \"dim\" : 128, \"originalLength\" : 4096, \"newLength\" : 16384 }, ";
        assertEquals("t.ropescope, view.selectedPair must be a pair index from 0 to 4095 (or -1 for none), got "
                + "\"45\" (text)", refusal(head + "\"view\" : { \"selectedPair\" : \"45\" } }"));
        assertEquals("t.ropescope, view.lambdaEqualsS must be true or false, got 1 (number)",
                refusal(head + "\"view\" : { \"lambdaEqualsS\" : 1 } }"));
        assertEquals("t.ropescope, steps[0].name must be text of 1 to 200 characters, got nothing",
                refusal(head + "\"steps\" : [ { \"inputs\" : { \"base\" : 10000, \"dim\" : 128, "
                        + "\"originalLength\" : 4096, \"newLength\" : 16384 } } ] }"));
        assertEquals("t.ropescope, steps[0], inputs.dim: d must be an even integer from 4 to 8192, got 3",
                refusal(head + "\"steps\" : [ { \"name\" : \"a\", \"inputs\" : { \"base\" : 10000, \"dim\" : 3, "
                        + "\"originalLength\" : 4096, \"newLength\" : 16384 } } ] }"));
    }

    private static String refusal(String json) {
        return assertThrows(SessionException.class,
                () -> SessionFile.parse(json.getBytes(StandardCharsets.UTF_8), "t.ropescope")).getMessage();
    }
}
