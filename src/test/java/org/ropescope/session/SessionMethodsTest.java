package org.ropescope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.ScalingMethod;

/** The methods part of a session file (format 1.1): written, read back, refused with one clear line. */
class SessionMethodsTest {

    @TempDir
    Path dir;

    static final ScalingMethod YARN = MethodParameters.DEFAULTS.withFactor(8).withBetas(16, 2).build(MethodKind.YARN);
    static final ScalingMethod LLAMA3 = MethodParameters.DEFAULTS.withFactor(8).withFreqFactors(2, 8)
            .build(MethodKind.LLAMA3);

    private static MethodSelection yarnAndLlama3() {
        Map<MethodKind, ScalingMethod> m = new java.util.EnumMap<>(MethodSelection.book().methods());
        m.put(MethodKind.YARN, YARN);
        m.put(MethodKind.LLAMA3, LLAMA3);
        m.put(MethodKind.LONGROPE, new LongRope(List.of(1.0, 1.5, 2.0, 2.5), List.of(1.0, 1.0, 1.25, 1.5),
                java.util.OptionalDouble.of(4), java.util.OptionalDouble.empty(), java.util.OptionalLong.empty()));
        return new MethodSelection(0.5, m, EnumSet.of(MethodKind.DEFAULT, MethodKind.YARN, MethodKind.LLAMA3));
    }

    private String refusal(String text) throws Exception {
        Path p = dir.resolve("bad.ropescope");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return assertThrows(SessionException.class, () -> SessionFile.read(p)).getMessage();
    }

    private static String withMethods(String methods) {
        return """
                { "format" : "RoPEScope session", "formatVersion" : "1.1",
                  "inputs" : { "base" : 10000, "dim" : 128, "originalLength" : 4096, "newLength" : 32768,
                               "partialRotaryFactor" : 0.5 },
                  "methods" : %s }
                """.formatted(methods);
    }

    @Test
    void drawnMethodsWithTheirParametersAndTheRotatingShareReadBackTheSame() throws Exception {
        Session s = new Session(RopeConfig.of(10000, 128, 4096, 32768), "light", yarnAndLlama3());
        Path p = dir.resolve("methods.ropescope");
        SessionFile.write(p, s);
        Session back = SessionFile.read(p);
        assertEquals(s, back);
        assertEquals(16.0, ((org.ropescope.math.scaling.Yarn) back.methods().methods().get(MethodKind.YARN)).betaFast());
        assertEquals(EnumSet.of(MethodKind.DEFAULT, MethodKind.YARN, MethodKind.LLAMA3), back.methods().drawn());
        assertEquals(0.5, back.methods().partialRotaryFactor());
    }

    @Test
    void theMethodsAreWrittenAsSmallReadableJsonNamedAsInAConfigJson() throws Exception {
        String text = SessionFile.toJson(new Session(RopeConfig.DEFAULT, null, yarnAndLlama3()));
        assertTrue(text.contains("\"partialRotaryFactor\" : 0.5"), text);
        assertTrue(text.contains("\"type\" : \"yarn\""), text);
        assertTrue(text.contains("\"beta_fast\" : 16"), text);
        assertTrue(text.contains("\"low_freq_factor\" : 2"), text);
        assertTrue(text.contains("\"long_factor\" : [ 1.0, 1.5, 2.0, 2.5 ]"), text);
        assertTrue(text.length() < 2000, text.length() + " characters");
    }

    @Test
    void aVersionOneZeroFileWithoutMethodsOpensWithTheBooksThree() throws Exception {
        Session s = SessionFile.parse("""
                { "format" : "RoPEScope session", "formatVersion" : "1.0",
                  "inputs" : { "base" : 10000, "dim" : 128, "originalLength" : 4096, "newLength" : 16384 } }
                """.getBytes(StandardCharsets.UTF_8), "old.ropescope");
        assertEquals(MethodSelection.book(), s.methods());
        assertEquals(EnumSet.of(MethodKind.DEFAULT, MethodKind.LINEAR, MethodKind.NTK), s.methods().drawn());
        assertEquals(1.0, s.methods().partialRotaryFactor());
    }

    @Test
    void parametersLeftOutTakeTheDefaultsAndUnknownFieldsAreIgnored() throws Exception {
        Session s = SessionFile.parse(withMethods("""
                [ { "type" : "yarn", "drawn" : true, "factor" : 8, "colour" : "red", "low_freq_factor" : 3 } ]
                """).getBytes(StandardCharsets.UTF_8), "t.ropescope");
        assertEquals(MethodParameters.DEFAULTS.withFactor(8).build(MethodKind.YARN),
                s.methods().methods().get(MethodKind.YARN));
        assertEquals(EnumSet.of(MethodKind.YARN), s.methods().drawn());
    }

    @Test
    void aBadMethodParameterNamesItsFieldAndWhatIsAllowed() throws Exception {
        assertEquals("bad.ropescope, methods[1].beta_fast: yarn beta_fast must be a finite number above 0, got 0",
                refusal(withMethods("""
                        [ { "type" : "default", "drawn" : true },
                          { "type" : "yarn", "drawn" : true, "beta_fast" : 0, "beta_slow" : 2 } ]""")));
        assertEquals("bad.ropescope, methods[0].factor must be a number, got \"eight\" (text)",
                refusal(withMethods("[ { \"type\" : \"linear\", \"factor\" : \"eight\" } ]")));
        assertEquals("bad.ropescope, methods[0].truncate must be true or false, got 1 (number)",
                refusal(withMethods("[ { \"type\" : \"yarn\", \"truncate\" : 1 } ]")));
        assertEquals("bad.ropescope, methods[0].type must be one of default, linear, ntk, dynamic, yarn, llama3, "
                + "longrope, got \"yarm\" (text)", refusal(withMethods("[ { \"type\" : \"yarm\" } ]")));
        assertEquals("bad.ropescope, methods[1].type: ntk is listed twice; a session sets up each method once",
                refusal(withMethods("[ { \"type\" : \"ntk\" }, { \"type\" : \"NTK\" } ]")));
        assertTrue(refusal(withMethods("[ { \"type\" : \"longrope\", \"drawn\" : true } ]"))
                .startsWith("bad.ropescope, methods[0].long_factor: longrope needs its long_factor"));
        assertEquals("bad.ropescope: methods must be a list of objects such as {\"type\" : \"yarn\", \"drawn\" : "
                + "true, \"factor\" : 8}, got {} (object)", refusal(withMethods("{}")));
        assertEquals("bad.ropescope, inputs.partialRotaryFactor (the share of each head that rotates) must be a "
                + "number above 0 and at most 1, got 1.5 (number)",
                refusal(withMethods("[]").replace("0.5", "1.5")));
    }

    @Test
    void aLaterMinorVersionSkipsMethodsThisVersionDoesNotKnow() throws Exception {
        Session s = SessionFile.parse(withMethods("""
                [ { "type" : "ntk", "drawn" : true }, { "type" : "rope2030", "drawn" : true } ]""")
                .replace("\"1.1\"", "\"1.4\"").getBytes(StandardCharsets.UTF_8), "later.ropescope");
        assertEquals(EnumSet.of(MethodKind.NTK), s.methods().drawn());
    }
}
