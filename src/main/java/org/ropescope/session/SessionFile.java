package org.ropescope.session;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ropescope.AppInfo;
import org.ropescope.export.AtomicFiles;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodSelection;

/**
 * Reads and writes {@code .ropescope} session files: small, readable JSON with a format version.
 *
 * <pre>
 * {
 *   "format" : "RoPEScope session",
 *   "formatVersion" : "1.2",
 *   "savedBy" : "RoPEScope 1.0.0",
 *   "inputs" : { "base" : 10000, "dim" : 128, "originalLength" : 4096, "newLength" : 16384,
 *                "partialRotaryFactor" : 1 },
 *   "methods" : [ { "type" : "default", "drawn" : true }, { "type" : "linear", "drawn" : true }, ... ],
 *   "view" : { "theme" : "light", "decayAxis" : "linear" }
 * }
 * </pre>
 *
 * <p>The rules for versions: a later minor version only adds fields, which this version ignores
 * (so it opens a 1.7 file); a later major version changes the meaning of fields, so this version
 * refuses it with a message saying a newer RoPEScope is needed. Reading uses Jackson's tree model
 * only (no data binding, no polymorphic typing), refuses files over {@link #MAX_BYTES} before
 * parsing, and checks the type and range of every field it uses, so a bad file ends in one
 * {@link SessionException} and never in a half-applied state. Writing goes to a temporary file in
 * the same folder, which is then moved over the target.
 *
 * <p>No JavaFX here: the command line can read sessions too.
 */
public final class SessionFile {

    /** The file name extension, with its dot. */
    public static final String EXTENSION = ".ropescope";
    /** The value of the {@code "format"} field that marks a session. */
    public static final String FORMAT = "RoPEScope session";
    public static final int FORMAT_MAJOR = 1;
    /**
     * 1.1 added {@code "methods"} and {@code inputs.partialRotaryFactor}; 1.0 files open with the book's methods.
     * 1.2 added {@code "schemes"} ({@link SchemesJson}), {@code view.decayAxis}, the view's lambda = s, tab, selected
     * pair and presentation mode and the lecture's {@code "steps"} ({@link LectureJson}); older files open with
     * their defaults.
     */
    public static final int FORMAT_MINOR = 2;
    /** Larger files are refused before they are parsed; a session is well under a kilobyte. */
    public static final long MAX_BYTES = 1 << 20;

    private static final Pattern VERSION = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})");
    /** The JSON names of the inputs, by the field names of {@link InvalidConfigException}. */
    private static final Map<String, String> INPUT_KEYS = Map.of("b", "base", "d", "dim", "m_l", "originalLength",
            "m", "newLength");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SessionFile() {
    }

    // ---- Reading --------------------------------------------------------------------------

    /** Reads and checks {@code file}. */
    public static Session read(Path file) throws SessionException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new SessionException(text("session.folder", name));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since
            }
        } catch (NoSuchFileException e) {
            throw new SessionException(text("session.missing", name, file.toAbsolutePath().toString()), e);
        } catch (AccessDeniedException e) {
            throw new SessionException(text("session.denied", name), e);
        } catch (IOException e) {
            throw new SessionException(text("session.unreadable", name, reason(e)), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        return parse(bytes, name);
    }

    /** Reads a session from the bytes of a file; {@code name} is the file's name for messages. */
    public static Session parse(byte[] json, String name) throws SessionException {
        if (json.length > MAX_BYTES) {
            throw tooLarge(name, json.length);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw new SessionException(text("session.cutOff", name, where(e.getLocation())), e);
            }
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "session.duplicateField" : "session.notJson";
            throw new SessionException(text(what, name, where(e.getLocation())), e);
        } catch (IOException e) {
            throw new SessionException(text("session.unreadable", name, reason(e)), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new SessionException(text("session.empty", name));
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new SessionException(text("session.noFormat", name, FORMAT));
        }
        boolean laterMinor = checkVersion(root.get("formatVersion"), name);
        RopeConfig inputs = readInputs(root.get("inputs"), name);
        String theme = readTheme(root.get("view"), name);
        MethodSelection methods = MethodsJson.read(root.get("inputs"), root.get("methods"), laterMinor, name);
        ViewState view = LectureJson.readView(root.get("view"), name + ", view");
        return new Session(inputs, theme, methods, SchemesJson.read(root.get("schemes"), name),
                readDecayAxis(root.get("view"), name), view, LectureJson.readSteps(root.get("steps"), laterMinor, name));
    }

    /** Refuses versions this one cannot read; true for a later minor version of this major (1.7). */
    private static boolean checkVersion(JsonNode v, String name) throws SessionException {
        int major;
        int minor = 0;
        if (v != null && v.isTextual() && VERSION.matcher(v.asText()).matches()) {
            Matcher m = VERSION.matcher(v.asText());
            m.matches();
            major = Integer.parseInt(m.group(1));
            minor = Integer.parseInt(m.group(2));
        } else if (v != null && v.isIntegralNumber() && v.canConvertToInt()) {
            major = v.intValue();
        } else {
            throw new SessionException(text("session.version.text", name, FORMAT_MAJOR + "." + FORMAT_MINOR, shown(v)));
        }
        if (major > FORMAT_MAJOR) {
            throw new SessionException(text("session.version.newer", name, v.asText(), AppInfo.NAME, AppInfo.version(),
                    String.valueOf(FORMAT_MAJOR)));
        }
        if (major < 1) {
            throw new SessionException(text("session.version.none", name, v.asText()));
        }
        return major == FORMAT_MAJOR && minor > FORMAT_MINOR;
    }

    static RopeConfig readInputs(JsonNode inputs, String name) throws SessionException {
        if (inputs == null || !inputs.isObject()) {
            throw new SessionException(text("session.inputs", name, shown(inputs)));
        }
        double base = number(inputs, "base", name);
        long dim = whole(inputs, "dim", name);
        long originalLength = whole(inputs, "originalLength", name);
        long newLength = whole(inputs, "newLength", name);
        if (dim != (int) dim) {
            throw new SessionException(text("session.dim", name + ", inputs.dim", String.valueOf(Limits.DIM_MIN),
                    String.valueOf(Limits.DIM_MAX), String.valueOf(dim)));
        }
        try {
            return RopeConfig.of(base, (int) dim, originalLength, newLength);
        } catch (InvalidConfigException e) {
            throw new SessionException(text("session.field", name + ", inputs." + INPUT_KEYS.getOrDefault(e.field(), e.field()),
                    e.getMessage()), e);
        }
    }

    private static String readTheme(JsonNode view, String name) throws SessionException {
        if (view == null || view.isNull()) {
            return null;
        }
        if (!view.isObject()) {
            throw new SessionException(text("session.object.of", name, "view", shown(view)));
        }
        JsonNode theme = view.get("theme");
        if (theme == null || theme.isNull()) {
            return null;
        }
        if (!theme.isTextual()) {
            throw new SessionException(text("session.theme", name + ", view.theme", shown(theme)));
        }
        return theme.asText();
    }

    /** {@code view.decayAxis}: "log" or "linear"; {@code null} when absent (files before 1.2). */
    private static Boolean readDecayAxis(JsonNode view, String name) throws SessionException {
        JsonNode axis = view == null || !view.isObject() ? null : view.get("decayAxis");
        if (axis == null || axis.isNull()) {
            return null;
        }
        if (axis.isTextual() && (axis.asText().equals("log") || axis.asText().equals("linear"))) {
            return axis.asText().equals("log");
        }
        throw new SessionException(text("session.decayAxis", name + ", view.decayAxis", shown(axis)));
    }

    private static double number(JsonNode parent, String key, String name) throws SessionException {
        JsonNode n = present(parent, key, name);
        if (!n.isNumber()) {
            throw new SessionException(text("session.number", name + ", inputs." + key, shown(n)));
        }
        if (!Double.isFinite(n.doubleValue())) {
            throw new SessionException(text("session.baseRange", name + ", inputs." + key));
        }
        return n.doubleValue();
    }

    private static long whole(JsonNode parent, String key, String name) throws SessionException {
        JsonNode n = present(parent, key, name);
        boolean integral = n.isIntegralNumber()
                || n.isFloatingPointNumber() && n.doubleValue() == Math.rint(n.doubleValue());
        if (!n.isNumber() || !integral) {
            throw new SessionException(text("session.whole", name + ", inputs." + key, shown(n)));
        }
        if (!n.canConvertToLong()) {
            throw new SessionException(text("session.farOut", name + ", inputs." + key, shown(n)));
        }
        return n.longValue();
    }

    private static JsonNode present(JsonNode parent, String key, String name) throws SessionException {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            throw new SessionException(text("session.inputs.missing", name + ", inputs." + key));
        }
        return n;
    }

    /** A JSON value as a person would recognise it in the file, with its type, cut short. */
    static String shown(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return text("session.shown.nothing");
        }
        String type = n.getNodeType() == JsonNodeType.STRING ? "text" : n.getNodeType().name().toLowerCase(Locale.ROOT);
        type = text("session.type." + type);
        String text = n.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return text("session.shown", text, type);
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return text("session.where", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
    }

    private static SessionException tooLarge(String name, long size) {
        return new SessionException(text("session.tooLarge", name, String.format(Locale.ROOT, "%.1f", size / 1048576.0),
                String.valueOf(MAX_BYTES >> 20)));
    }

    // ---- Writing --------------------------------------------------------------------------

    static void writeInputs(ObjectNode inputs, RopeConfig c) {
        if (c.base() == Math.rint(c.base())) {
            inputs.put("base", (long) c.base()); // 10000, not 10000.0
        } else {
            inputs.put("base", c.base());
        }
        inputs.put("dim", c.dim());
        inputs.put("originalLength", c.originalLength());
        inputs.put("newLength", c.newLength());
    }

    /** The JSON text of {@code s}, as {@link #write} saves it. */
    public static String toJson(Session s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_MAJOR + "." + FORMAT_MINOR);
        root.put("savedBy", AppInfo.NAME + " " + AppInfo.version());
        ObjectNode inputs = root.putObject("inputs");
        writeInputs(inputs, s.inputs());
        MethodsJson.write(root, inputs, s.methods());
        SchemesJson.write(root, s.schemes());
        if (s.theme() != null || s.decayLog() != null || !s.view().equals(ViewState.DEFAULT)) {
            ObjectNode view = root.putObject("view");
            if (s.theme() != null) {
                view.put("theme", s.theme());
            }
            if (s.decayLog() != null) {
                view.put("decayAxis", s.decayLog() ? "log" : "linear");
            }
            LectureJson.writeView(view, s.view());
        }
        LectureJson.writeSteps(root, s.steps());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }

    /**
     * Saves {@code s} to {@code file} through {@link AtomicFiles}: a regular file is written to a
     * temporary file in the same folder, then moved over it, so a crash or a full disk never leaves
     * half a session behind; a symbolic link keeps being a link (its target is written); a new file
     * gets an ordinary document's permissions.
     */
    public static void write(Path file, Session s) throws SessionException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        String name = String.valueOf(target.getFileName());
        byte[] bytes = toJson(s).getBytes(StandardCharsets.UTF_8);
        try {
            if (dir == null || !Files.isDirectory(dir)) {
                throw new SessionException(text("session.save.noFolder", name, String.valueOf(dir)));
            }
            AtomicFiles.write(target, out -> out.write(bytes));
        } catch (AccessDeniedException e) {
            throw new SessionException(text("session.save.denied", name, String.valueOf(dir)), e);
        } catch (IOException e) {
            throw new SessionException(text("session.save.failed", name, String.valueOf(dir), AtomicFiles.reason(e)), e);
        }
    }

    /** {@code file} with the {@code .ropescope} extension added when it has none. */
    public static Path withExtension(Path file) {
        String n = String.valueOf(file.getFileName());
        return n.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(n + EXTENSION);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
