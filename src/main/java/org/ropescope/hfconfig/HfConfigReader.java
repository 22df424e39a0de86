package org.ropescope.hfconfig;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the RoPE part of a Hugging Face {@code config.json} into an {@link HfModelConfig}.
 *
 * <p>Read: {@code rope_theta} (also {@code rotary_emb_base}, and {@code rope_parameters.rope_theta},
 * which wins as in transformers 5), {@code head_dim} (or {@code hidden_size / num_attention_heads}),
 * {@code partial_rotary_factor} (or {@code rotary_pct}), {@code max_position_embeddings},
 * {@code original_max_position_embeddings}, and the scaling block in both shapes found in the wild:
 * {@code rope_scaling} with {@code type} or {@code rope_type}, and transformers 5's
 * {@code rope_parameters} (also the per-layer form, where {@code full_attention} is shown). A
 * multimodal configuration whose language part sits under {@code text_config} is read from there.
 *
 * <p>Whatever can be loaded is loaded: a missing, ill-typed or out-of-range field becomes one line in
 * {@link HfModelConfig#warnings()} naming it, and the rest still loads. Only a file that is not a
 * JSON object at all (missing, over {@value #MAX_BYTES} bytes, malformed, cut short, nested deeper
 * than {@value #MAX_NESTING_DEPTH}) throws {@link HfConfigException}. The JSON is read as a plain tree
 * (no data binding, no polymorphic typing), so a file can never make the reader build objects.
 */
public final class HfConfigReader {

    /** Files above 16 MiB are refused before parsing; real configurations are a few kilobytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Deeper JSON is refused while parsing; real configurations nest two or three levels. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Python's json writes NaN; we then refuse it by name
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private HfConfigReader() {
    }

    /**
     * Reads {@code file}; its size is checked before a byte of it is parsed.
     *
     * @throws HfConfigException with one line starting with the file's name when nothing can be loaded
     */
    public static HfModelConfig read(Path file) throws HfConfigException {
        return read(file, null);
    }

    /**
     * Reads {@code file} showing the layers of {@code layerType} ({@code full_attention},
     * {@code sliding_attention}, ...) when it has several kinds; null shows full attention.
     *
     * @throws HfConfigException with one line starting with the file's name when nothing can be loaded
     */
    public static HfModelConfig read(Path file, String layerType) throws HfConfigException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new HfConfigException(text("config.file.folder", name));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new HfConfigException(text("config.file.tooLarge", name, mib(size)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new HfConfigException(text("config.file.grew", name));
            }
        } catch (NoSuchFileException e) {
            throw new HfConfigException(text("config.file.missing", name));
        } catch (AccessDeniedException e) {
            throw new HfConfigException(text("config.file.denied", name));
        } catch (IOException e) {
            throw new HfConfigException(text("config.file.unreadable", name, e.getMessage()));
        }
        return parse(bytes, name, layerType);
    }

    /** NUL bytes, or control characters JSON never holds, in the first kilobyte: an image, an archive, a model file. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return false; // UTF-16 with a byte-order mark: JSON's own detection reads it
        }
        int n = Math.min(bytes.length, 1024);
        int odd = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                odd++;
            }
        }
        return odd > 0 && odd * 20 >= Math.max(1, n) / 10;
    }

    /** Reads configuration text (a pasted {@code config.json}); {@code source} names it in messages. */
    public static HfModelConfig parse(String json, String source) throws HfConfigException {
        return parse(json.getBytes(StandardCharsets.UTF_8), source, null);
    }

    private static HfModelConfig parse(byte[] bytes, String name, String layerType) throws HfConfigException {
        if (looksBinary(bytes)) {
            throw new HfConfigException(text("config.file.binary", name));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.toLowerCase(Locale.ROOT).contains("nesting depth")) {
                throw new HfConfigException(text("config.file.nesting", name, String.valueOf(MAX_NESTING_DEPTH)));
            }
            throw new HfConfigException(text("config.file.beyond", name, firstLine(msg)));
        } catch (JsonEOFException e) {
            throw new HfConfigException(text("config.file.endsEarly", name, where(e.getLocation())));
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Invalid UTF-8")) {
                throw new HfConfigException(text("config.file.notUtf8", name, where(e.getLocation())));
            }
            if (msg != null && msg.contains("end-of-input")) {
                throw new HfConfigException(text("config.file.endsEarly", name, where(e.getLocation())));
            }
            throw new HfConfigException(text("config.file.notJson", name, where(e.getLocation()), firstLine(msg)));
        } catch (IOException e) {
            throw new HfConfigException(text("config.file.unreadable", name, e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new HfConfigException(text("config.file.empty", name));
        }
        if (!root.isObject()) {
            throw new HfConfigException(text("config.file.notObject", name, "{ ... }", Fields.describe(root)));
        }
        return fromTree(root, name, layerType);
    }

    /**
     * Reads an already parsed JSON object (a preset's {@code config}, for instance).
     *
     * @throws HfConfigException when {@code root} is not a JSON object
     */
    public static HfModelConfig fromTree(JsonNode root, String source) throws HfConfigException {
        return fromTree(root, source, null);
    }

    /**
     * Reads an already parsed JSON object, showing the layers of {@code layerType} (null: full attention).
     *
     * @throws HfConfigException when {@code root} is not a JSON object
     */
    public static HfModelConfig fromTree(JsonNode root, String source, String layerType) throws HfConfigException {
        if (root == null || !root.isObject()) {
            throw new HfConfigException(text("config.file.notObject", source, "{ ... }", Fields.describe(root)));
        }
        return new ConfigReading(root, source, layerType).read();
    }

    private static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return text("config.file.where", String.valueOf(loc.getLineNr()), String.valueOf(loc.getColumnNr()));
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return text("config.file.unreadableContent");
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
