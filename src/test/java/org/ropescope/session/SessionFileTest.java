package org.ropescope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.AppInfo;
import org.ropescope.math.RopeConfig;

class SessionFileTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            {
              "format" : "RoPEScope session",
              "formatVersion" : "1.0",
              "inputs" : { "base" : 500000, "dim" : 64, "originalLength" : 8192, "newLength" : 131072 },
              "view" : { "theme" : "dark" }
            }
            """;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private String refusal(String name, String text) throws IOException {
        Path p = file(name, text);
        return assertThrows(SessionException.class, () -> SessionFile.read(p)).getMessage();
    }

    @Test
    void aSavedSessionReadsBackTheSame() throws Exception {
        for (RopeConfig c : List.of(RopeConfig.DEFAULT, RopeConfig.of(500000.5, 8192, 1, 100_000_000),
                RopeConfig.of(1e10, 4, 4096, 4096), RopeConfig.of(1.0000001, 130, 3, 7))) {
            Path p = dir.resolve("lecture.ropescope");
            Session s = new Session(c, "dark");
            SessionFile.write(p, s);
            assertEquals(s, SessionFile.read(p));
        }
    }

    @Test
    void theFileIsSmallReadableJsonWithAFormatVersion() throws Exception {
        Path p = dir.resolve("lecture.ropescope");
        SessionFile.write(p, new Session(RopeConfig.DEFAULT, "light"));
        String text = Files.readString(p);
        assertTrue(text.contains("\"format\" : \"RoPEScope session\""), text);
        assertTrue(text.contains("\"formatVersion\" : \"1.2\""), text);
        assertTrue(text.contains("\"savedBy\" : \"RoPEScope " + AppInfo.version() + "\""), text);
        assertTrue(text.contains("\"base\" : 10000,"), text); // not 10000.0
        assertTrue(text.contains("\"dim\" : 128,"), text);
        assertTrue(text.contains("\"originalLength\" : 4096,"), text);
        assertTrue(text.contains("\"newLength\" : 16384"), text);
        assertTrue(text.contains("\"theme\" : \"light\""), text);
        assertTrue(text.lines().count() >= 10, "one field a line: " + text);
        assertTrue(Files.size(p) < 700, "bytes: " + Files.size(p)); // the book's three methods included
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path p = file("lecture.ropescope", "old contents");
        SessionFile.write(p, new Session(RopeConfig.DEFAULT, null));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(p), files.toList());
        }
        assertEquals(RopeConfig.DEFAULT, SessionFile.read(p).inputs());
        assertNull(SessionFile.read(p).theme());
    }

    @Test
    void savingIntoAMissingFolderSaysSo() {
        Path p = dir.resolve("no/such/folder/lecture.ropescope");
        String m = assertThrows(SessionException.class,
                () -> SessionFile.write(p, new Session(RopeConfig.DEFAULT, null))).getMessage();
        assertTrue(m.startsWith("Cannot save lecture.ropescope: the folder "), m);
        assertTrue(m.endsWith("does not exist"), m);
    }

    @Test
    void aNewerMajorVersionIsRefusedWithAClearMessage() throws IOException {
        String m = refusal("future.ropescope", GOOD.replace("\"1.0\"", "\"2.0\""));
        assertEquals("future.ropescope was saved in session format 2.0 by a newer RoPEScope; this RoPEScope ("
                + AppInfo.version() + ") opens formats 1.x. Open it with a newer RoPEScope.", m);
    }

    @Test
    void aLaterMinorVersionOpensAndItsNewFieldsAreIgnored() throws Exception {
        String later = GOOD.replace("\"1.0\"", "\"1.7\"")
                .replace("\"view\" :", "\"methods\" : [ { \"name\" : \"yarn\", \"alpha\" : 1 } ],\n  \"view\" :")
                .replace("\"dim\" : 64,", "\"dim\" : 64, \"headsPerLayer\" : 32,");
        Session s = SessionFile.read(file("later.ropescope", later));
        assertEquals(RopeConfig.of(500000, 64, 8192, 131072), s.inputs());
        assertEquals("dark", s.theme());
    }

    @Test
    void aTruncatedFileSaysItIsCutOff() throws IOException {
        String m = refusal("cut.ropescope", GOOD.substring(0, GOOD.indexOf("\"newLength\"")));
        assertTrue(m.startsWith("cut.ropescope is cut off: its JSON ends early (line 4, column"), m);
        assertTrue(m.endsWith("Save the session again."), m);
    }

    @Test
    void wrongTypesNameTheFieldAndWhatIsAllowed() throws IOException {
        assertEquals("t.ropescope, inputs.dim must be a whole number, got \"128\" (text)",
                refusal("t.ropescope", GOOD.replace("\"dim\" : 64", "\"dim\" : \"128\"")));
        assertEquals("t.ropescope, inputs.base must be a number, got true (boolean)",
                refusal("t.ropescope", GOOD.replace("500000", "true")));
        assertEquals("t.ropescope, inputs.newLength must be a whole number, got 131072.5 (number)",
                refusal("t.ropescope", GOOD.replace("131072", "131072.5")));
        assertEquals("t.ropescope: inputs must be an object with base, dim, originalLength and newLength, "
                + "got [1,2,3,4] (array)",
                refusal("t.ropescope", GOOD.replaceAll("\"inputs\" : \\{.*},", "\"inputs\" : [1,2,3,4],")));
        assertEquals("t.ropescope, view.theme must be text such as \"light\" or \"dark\", got 7 (number)",
                refusal("t.ropescope", GOOD.replace("\"dark\"", "7")));
        assertEquals("t.ropescope: formatVersion must be text such as \"1.2\", got \"one\" (text)",
                refusal("t.ropescope", GOOD.replace("\"1.0\"", "\"one\"")));
    }

    @Test
    void valuesOutsideTheLimitsNameTheFieldAndTheRule() throws IOException {
        assertEquals("t.ropescope, inputs.dim: d must be an even integer from 4 to 8192, got 63",
                refusal("t.ropescope", GOOD.replace("\"dim\" : 64", "\"dim\" : 63")));
        assertEquals("t.ropescope, inputs.newLength: the new length m must be at least m_l (8192), got 100",
                refusal("t.ropescope", GOOD.replace("131072", "100")));
        assertEquals("t.ropescope, inputs.base: b must be a number greater than 1 and at most 1e10, got 0.5",
                refusal("t.ropescope", GOOD.replace("500000", "0.5")));
        assertEquals("t.ropescope, inputs.originalLength is far out of range, got "
                + "100000000000000000000000000000 (number)",
                refusal("t.ropescope", GOOD.replace("8192", "100000000000000000000000000000")));
        assertEquals("t.ropescope, inputs.base is far out of range: b must be a number greater than 1 and at most 1e10",
                refusal("t.ropescope", GOOD.replace("500000", "1e400")));
    }

    @Test
    void missingPiecesAreNamed() throws IOException {
        assertEquals("t.ropescope, inputs.newLength is missing; a session needs base, dim, originalLength and "
                + "newLength", refusal("t.ropescope", GOOD.replace(", \"newLength\" : 131072", "")));
        assertEquals("t.ropescope: formatVersion must be text such as \"1.2\", got nothing",
                refusal("t.ropescope", GOOD.replace("\"formatVersion\" : \"1.0\",", "")));
    }

    @Test
    void otherFilesAreNotTakenForSessions() throws IOException {
        assertEquals("x.ropescope is not a RoPEScope session: it has no \"format\": \"RoPEScope session\"",
                refusal("x.ropescope", "{\"name\": \"package.json\"}"));
        assertEquals("x.ropescope is not a RoPEScope session: it has no \"format\": \"RoPEScope session\"",
                refusal("x.ropescope", "[1, 2]"));
        assertTrue(refusal("x.ropescope", "\u0089PNG\r\n").startsWith(
                "x.ropescope is not a RoPEScope session: it is not valid JSON (line 1, column"));
        assertEquals("x.ropescope is empty; a RoPEScope session is a small JSON file", refusal("x.ropescope", ""));
        assertTrue(refusal("x.ropescope", GOOD + " trailing").startsWith(
                "x.ropescope is not a RoPEScope session: it is not valid JSON (line 7"));
        assertTrue(refusal("x.ropescope", GOOD.replace("\"dim\" : 64,", "\"dim\" : 64, \"dim\" : 32,"))
                .startsWith("x.ropescope is not a RoPEScope session: it names a field twice (line 4"));
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsParsed() throws IOException {
        Path p = dir.resolve("huge.ropescope");
        byte[] junk = new byte[3 * 1024 * 1024]; // zeros: parsing would fail differently
        Files.write(p, junk);
        String m = assertThrows(SessionException.class, () -> SessionFile.read(p)).getMessage();
        assertEquals("huge.ropescope is 3.0 MB; a RoPEScope session is a small JSON file of at most 1 MB. "
                + "Is it the right file?", m);
    }

    @Test
    void aMissingFileOrAFolderIsNamed() {
        String m = assertThrows(SessionException.class, () -> SessionFile.read(dir.resolve("gone.ropescope")))
                .getMessage();
        assertTrue(m.startsWith("gone.ropescope does not exist ("), m);
        assertEquals(dir.getFileName() + " is a folder, not a session file",
                assertThrows(SessionException.class, () -> SessionFile.read(dir)).getMessage());
    }

    @Test
    void theExtensionIsAddedWhenMissing() {
        assertEquals(Path.of("a/lecture.ropescope"), SessionFile.withExtension(Path.of("a/lecture")));
        assertEquals(Path.of("a/lecture.ropescope"), SessionFile.withExtension(Path.of("a/lecture.ropescope")));
        assertEquals(Path.of("L.ROPESCOPE"), SessionFile.withExtension(Path.of("L.ROPESCOPE")));
    }

    @Test
    void theDecayTabsAxisIsSavedAndReadBackAndOlderFilesLeaveItUnsaid() throws Exception {
        Path p = dir.resolve("decay.ropescope");
        SessionFile.write(p, new Session(RopeConfig.DEFAULT, "light", org.ropescope.math.scaling.MethodSelection.book(),
                true));
        assertTrue(Files.readString(p).contains("\"decayAxis\" : \"log\""), Files.readString(p));
        assertEquals(Boolean.TRUE, SessionFile.read(p).decayLog());
        SessionFile.write(p, new Session(RopeConfig.DEFAULT, "light", org.ropescope.math.scaling.MethodSelection.book(),
                false));
        assertEquals(Boolean.FALSE, SessionFile.read(p).decayLog());
        assertNull(SessionFile.read(file("old.ropescope", GOOD)).decayLog(), "a 1.0 file does not say");
        assertEquals("x.ropescope, view.decayAxis must be \"linear\" or \"log\", got \"logarithmic\" (text)",
                refusal("x.ropescope", GOOD.replace("\"theme\" : \"dark\"",
                        "\"theme\" : \"dark\", \"decayAxis\" : \"logarithmic\"")));
    }
}
