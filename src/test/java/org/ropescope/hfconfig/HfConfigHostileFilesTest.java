package org.ropescope.hfconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a person might open by mistake, or that were made to hurt: one clear message each. */
class HfConfigHostileFilesTest {

    @TempDir
    Path dir;

    private String refused(String name, byte[] content) throws Exception {
        Path f = Files.write(dir.resolve(name), content);
        return assertThrows(HfConfigException.class, () -> HfConfigReader.read(f)).getMessage();
    }

    @Test
    void binaryDataIsNamedAsSuch() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("model.json is not a text file (it holds binary data); a config.json is JSON text",
                refused("model.json", png));
    }

    @Test
    void textThatIsNotUtf8SaysSo() throws Exception {
        byte[] latin1 = "{\"rope_theta\": 10000, \"_name_or_path\": \"café\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("config.json is not UTF-8 text (line 1, column 46); save it as UTF-8, as Hugging Face does",
                refused("config.json", latin1));
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
        Path f = dir.resolve("huge.json");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(100L << 20); // sparse: costs no disk, and the reader must not read it
        }
        assertEquals("huge.json is 100.0 MiB; a model configuration is at most 16 MiB",
                assertThrows(HfConfigException.class, () -> HfConfigReader.read(f)).getMessage());
    }

    @Test
    void infinityAndNaNAreNamedAndNotLoaded() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"),
                "{\"rope_theta\": 1e400, \"head_dim\": NaN, \"max_position_embeddings\": 4096}");
        HfModelConfig c = HfConfigReader.read(f);
        assertEquals(List.of("rope_theta must be a finite number, got Infinity; not loaded",
                "head_dim must be a whole number, got NaN; not loaded"), c.warnings().subList(0, 2));
    }

    @Test
    void utf16WithAByteOrderMarkIsStillRead() throws Exception {
        Path f = Files.write(dir.resolve("c.json"),
                "{\"rope_theta\": 500000, \"head_dim\": 128, \"max_position_embeddings\": 8192}"
                        .getBytes(StandardCharsets.UTF_16));
        assertEquals(500000.0, HfConfigReader.read(f).context().base());
    }
}
