package org.ropescope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session files that are broken or hostile: one line each, naming the file; never a crash. */
class SessionHostileFilesTest {

    private static final String SESSION = "{\"format\":\"RoPEScope session\",\"formatVersion\":\"1.0\","
            + "\"inputs\":{\"base\":%s,\"dim\":128,\"originalLength\":4096,\"newLength\":16384}}";

    @TempDir
    Path dir;

    private String refused(String name, byte[] content) throws Exception {
        Path f = Files.write(dir.resolve(name), content);
        String m = assertThrows(SessionException.class, () -> SessionFile.read(f)).getMessage();
        assertTrue(m.startsWith(name), m);
        assertEquals(1, m.lines().count(), m);
        return m;
    }

    @Test
    void binaryDataIsNotJson() throws Exception {
        assertEquals("b.ropescope is not a RoPEScope session: it is not valid JSON (line 1, column 1)",
                refused("b.ropescope", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3, (byte) 0xff}));
    }

    @Test
    void latin1TextIsRefusedWhereItBreaks() throws Exception {
        byte[] latin1 = String.format(SESSION, "10000").replace("}}", ",\"note\":\"café\"}}")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(refused("l.ropescope", latin1).startsWith("l.ropescope is not a RoPEScope session: it is not valid JSON"));
    }

    @Test
    void infinityAndNaNNeverReachTheMath() throws Exception {
        assertEquals("i.ropescope, inputs.base is far out of range: b must be a number greater than 1 and at most 1e10",
                refused("i.ropescope", String.format(SESSION, "1e400").getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused("n.ropescope", String.format(SESSION, "NaN").getBytes(StandardCharsets.UTF_8))
                .contains("not valid JSON"));
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        byte[] deep = ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        assertTrue(refused("d.ropescope", deep).startsWith("d.ropescope is not a RoPEScope session"));
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("huge.ropescope");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(100L << 20); // sparse: the reader must refuse it by its size
        }
        String m = assertThrows(SessionException.class, () -> SessionFile.read(f)).getMessage();
        assertTrue(m.startsWith("huge.ropescope is 100.0 MB; a RoPEScope session is a small JSON file"), m);
    }

    @Test
    void classNamesInTheFileAreJustIgnoredData() throws Exception {
        // tree-model parsing: nothing named in the file is ever instantiated
        Path f = Files.writeString(dir.resolve("c.ropescope"), String.format(SESSION, "10000")
                .replace("{\"format\"", "{\"@class\":\"java.lang.ProcessBuilder\",\"format\""));
        assertEquals(10000.0, SessionFile.read(f).inputs().base());
    }
}
