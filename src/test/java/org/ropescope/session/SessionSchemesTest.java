package org.ropescope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.schemes.SchemeSettings;

/** The session's "schemes" object (format 1.2): written, read back, absent in older files, refused when bad. */
class SessionSchemesTest {

    private static final String INPUTS = """
            "inputs" : { "base" : 10000, "dim" : 128, "originalLength" : 4096, "newLength" : 16384 }""";

    private static Session parse(String version, String schemes) throws SessionException {
        String json = "{ \"format\" : \"RoPEScope session\", \"formatVersion\" : \"" + version + "\", " + INPUTS
                + (schemes == null ? "" : ", \"schemes\" : " + schemes) + " }";
        return SessionFile.parse(json.getBytes(StandardCharsets.UTF_8), "t.ropescope");
    }

    @Test
    void theSettingsReadBackTheSame() throws SessionException {
        SchemeSettings s = new SchemeSettings(112, 64, 1000, true, 1024);
        Session session = new Session(RopeConfig.DEFAULT, "dark", MethodSelection.book(), s);
        String json = SessionFile.toJson(session);
        assertEquals(true, json.contains("  \"schemes\" : {\n    \"alibiHeads\" : 112,\n    \"t5NumBuckets\" : 64,\n"
                + "    \"t5MaxDistance\" : 1000,\n    \"t5Bidirectional\" : true,\n    \"dModel\" : 1024\n  }"), json);
        assertEquals(session, SessionFile.parse(json.getBytes(StandardCharsets.UTF_8), "t.ropescope"));
    }

    @Test
    void shownHeadsAreAListOnlyWhenNotAll() throws SessionException {
        SchemeSettings s = SchemeSettings.DEFAULT.withShownHeads(java.util.List.of(1, 8));
        String json = SessionFile.toJson(new Session(RopeConfig.DEFAULT, "light", MethodSelection.book(), s));
        assertEquals(true, json.contains("\"alibiShownHeads\" : [ 1, 8 ]"), json);
        assertEquals(s, SessionFile.parse(json.getBytes(StandardCharsets.UTF_8), "t.ropescope").schemes());
        assertEquals(false, SessionFile.toJson(new Session(RopeConfig.DEFAULT, "light")).contains("alibiShownHeads"));
    }

    @Test
    void olderFilesAndMissingKeysTakeTheDefaults() throws SessionException {
        assertEquals(SchemeSettings.DEFAULT, parse("1.1", null).schemes());
        assertEquals(SchemeSettings.DEFAULT, parse("1.0", null).schemes());
        assertEquals(SchemeSettings.DEFAULT.withHeads(32), parse("1.2", "{ \"alibiHeads\" : 32 }").schemes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{ \"alibiHeads\" : 0 }|t.ropescope, schemes.alibiHeads: heads must be a whole number from 1 to 1024, got 0",
        "{ \"alibiHeads\" : 2.5 }|t.ropescope, schemes.alibiHeads must be a whole number, got 2.5 (number)",
        "{ \"t5NumBuckets\" : 33 }|t.ropescope, schemes.t5NumBuckets: num_buckets must be an even whole number from 4 "
                + "to 1024, got 33",
        "{ \"t5MaxDistance\" : 16 }|t.ropescope, schemes.t5MaxDistance: max_distance must be a whole number above the "
                + "16 exact buckets (32 buckets, causal) and at most 100,000,000 (1e8), got 16",
        "{ \"t5Bidirectional\" : \"yes\" }|t.ropescope, schemes.t5Bidirectional must be true or false, got \"yes\" (text)",
        "{ \"dModel\" : 99999999999 }|t.ropescope, schemes.dModel is far out of range, got 99999999999 (number)",
        "[ 8 ]|t.ropescope: schemes must be an object, got [8] (array)",
        "{ \"alibiShownHeads\" : [ 9 ] }|t.ropescope, schemes.alibiShownHeads: shown_heads must be all, or head numbers "
                + "from 1 to 8 such as 1-4,8, got 9",
        "{ \"alibiShownHeads\" : 3 }|t.ropescope, schemes.alibiShownHeads must be a list of head numbers, got 3 (number)"})
    void badSettingsAreRefusedByName(String schemes, String message) {
        assertEquals(message, assertThrows(SessionException.class, () -> parse("1.2", schemes)).getMessage());
    }
}
