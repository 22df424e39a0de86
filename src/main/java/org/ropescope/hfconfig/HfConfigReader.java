package org.ropescope.hfconfig;

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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;
import org.ropescope.math.scaling.DynamicNtk;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

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

    private static final Set<String> COMMON_KEYS = Set.of("rope_type", "type", "rope_theta", "partial_rotary_factor",
            "original_max_position_embeddings");
    private static final Map<String, Set<String>> KEYS = Map.of(
            "default", Set.of(),
            "mrope", Set.of("mrope_section", "mrope_interleaved"),
            "linear", Set.of("factor"),
            "dynamic", Set.of("factor"),
            "ntk", Set.of("factor"),
            "yarn", Set.of("factor", "beta_fast", "beta_slow", "truncate", "attention_factor", "mscale", "mscale_all_dim"),
            "llama3", Set.of("factor", "low_freq_factor", "high_freq_factor"),
            "longrope", Set.of("long_factor", "short_factor", "factor", "attention_factor"));

    private HfConfigReader() {
    }

    /**
     * Reads {@code file}; its size is checked before a byte of it is parsed.
     *
     * @throws HfConfigException with one line starting with the file's name when nothing can be loaded
     */
    public static HfModelConfig read(Path file) throws HfConfigException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new HfConfigException(name + " is a folder; choose the config.json file inside it");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new HfConfigException(name + " is " + mib(size) + "; a model configuration is at most 16 MiB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new HfConfigException(name + " grew past 16 MiB while being read; a model configuration is"
                        + " at most 16 MiB");
            }
        } catch (NoSuchFileException e) {
            throw new HfConfigException(name + " does not exist");
        } catch (AccessDeniedException e) {
            throw new HfConfigException(name + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new HfConfigException(name + " cannot be read: " + e.getMessage());
        }
        return parse(bytes, name);
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
        return parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    private static HfModelConfig parse(byte[] bytes, String name) throws HfConfigException {
        if (looksBinary(bytes)) {
            throw new HfConfigException(name + " is not a text file (it holds binary data); a config.json is JSON text");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.toLowerCase(Locale.ROOT).contains("nesting depth")) {
                throw new HfConfigException(name + " nests more than " + MAX_NESTING_DEPTH
                        + " levels deep; a model configuration never does");
            }
            throw new HfConfigException(name + " is beyond what a model configuration holds: " + firstLine(msg));
        } catch (JsonEOFException e) {
            throw new HfConfigException(name + " is not valid JSON: it ends before the text is complete"
                    + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Invalid UTF-8")) {
                throw new HfConfigException(name + " is not UTF-8 text" + where(e.getLocation())
                        + "; save it as UTF-8, as Hugging Face does");
            }
            if (msg != null && msg.contains("end-of-input")) {
                throw new HfConfigException(name + " is not valid JSON: it ends before the text is complete"
                        + where(e.getLocation()));
            }
            throw new HfConfigException(name + " is not valid JSON" + where(e.getLocation()) + ": " + firstLine(msg));
        } catch (IOException e) {
            throw new HfConfigException(name + " cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new HfConfigException(name + " is empty");
        }
        if (!root.isObject()) {
            throw new HfConfigException(name + " must hold a JSON object ({ ... }), got " + Fields.describe(root));
        }
        return fromTree(root, name);
    }

    /**
     * Reads an already parsed JSON object (a preset's {@code config}, for instance).
     *
     * @throws HfConfigException when {@code root} is not a JSON object
     */
    public static HfModelConfig fromTree(JsonNode root, String source) throws HfConfigException {
        if (root == null || !root.isObject()) {
            throw new HfConfigException(source + " must hold a JSON object ({ ... }), got " + Fields.describe(root));
        }
        return new Reading(root, source).read();
    }

    /** One reading: the warnings it collects and the values it finds. */
    private static final class Reading {

        private final String source;
        private final List<String> warnings = new ArrayList<>();
        private final Fields f = new Fields(warnings);
        private JsonNode cfg;
        private String prefix = "";
        /** The scaling block in use (null when there is none) and its path for messages. */
        private JsonNode block;
        private String bn;

        Reading(JsonNode root, String source) {
            this.cfg = root;
            this.source = source;
        }

        private String p(String key) {
            return prefix + key;
        }

        HfModelConfig read() {
            JsonNode text = cfg.get("text_config");
            if (text != null && text.isObject() && !Fields.present(cfg, "num_attention_heads")
                    && !Fields.present(cfg, "head_dim") && !Fields.present(cfg, "max_position_embeddings")) {
                cfg = text;
                prefix = "text_config.";
            }
            findBlock();

            OptionalDouble theta = readTheta();
            OptionalInt headDim = readHeadDim();
            double partial = readPartial();
            OptionalLong maxPos = length(cfg, "max_position_embeddings", p("max_position_embeddings"));
            if (!Fields.present(cfg, "max_position_embeddings")) {
                f.warn(p("max_position_embeddings") + " is missing");
            }
            // transformers gives a top-level original_max_position_embeddings (Phi-3) priority
            OptionalLong original = length(cfg, "original_max_position_embeddings",
                    p("original_max_position_embeddings"));
            if (original.isEmpty() && block != null) {
                original = length(block, "original_max_position_embeddings", bn + ".original_max_position_embeddings");
            }

            String type = "default";
            OptionalDouble factor = OptionalDouble.empty();
            Optional<ScalingMethod> method = Optional.empty();
            if (block != null) {
                String typeKey = Fields.present(block, "rope_type") ? "rope_type" : "type";
                Optional<String> named = f.string(block, typeKey, bn + "." + typeKey);
                if (named.isPresent() || !Fields.present(block, typeKey)) {
                    type = named.orElse("default");
                    String kind = canonical(type, bn + "." + typeKey);
                    if (kind != null) {
                        warnUnknownKeys(kind);
                        if (KEYS.get(kind).contains("factor")) {
                            factor = f.number(block, "factor", bn + ".factor");
                        }
                        method = build(kind, factor, maxPos, original);
                    }
                }
            }

            HfModelConfig loaded = new HfModelConfig(source, theta, headDim, partial, maxPos, original, type, factor,
                    method, warnings);
            if (method.isPresent() && loaded.isComplete()) {
                try {
                    method.get().evaluate(loaded.context());
                } catch (InvalidConfigException e) {
                    f.warn(bn + ": " + e.getMessage() + "; drawn without scaling");
                    return new HfModelConfig(source, theta, headDim, partial, maxPos, original, type, factor,
                            Optional.empty(), warnings);
                }
            }
            return loaded;
        }

        /** The scaling block, in either shape; per-layer rope_parameters show their full-attention block. */
        private void findBlock() {
            boolean hasScaling = Fields.present(cfg, "rope_scaling");
            boolean hasParameters = Fields.present(cfg, "rope_parameters");
            if (hasScaling) {
                bn = p("rope_scaling");
                block = cfg.get("rope_scaling");
                if (hasParameters) {
                    f.warn("both " + p("rope_scaling") + " and " + p("rope_parameters")
                            + " are present; using rope_scaling, as transformers does");
                }
            } else if (hasParameters) {
                bn = p("rope_parameters");
                block = cfg.get("rope_parameters");
            }
            if (block != null && !block.isObject()) {
                f.warn(bn + " must be an object or null, got " + Fields.describe(block) + "; drawn without scaling");
                block = null;
            }
            if (block != null && !hasScaling && isPerLayer(block)) {
                List<String> layers = new ArrayList<>();
                block.fieldNames().forEachRemaining(layers::add);
                String chosen = layers.contains("full_attention") ? "full_attention" : layers.get(0);
                f.warn(bn + " has one block per layer type (" + String.join(", ", layers) + "); showing " + chosen);
                block = block.get(chosen);
                bn = bn + "." + chosen;
            }
        }

        private static boolean isPerLayer(JsonNode block) {
            if (block.size() == 0) {
                return false;
            }
            for (Iterator<JsonNode> it = block.elements(); it.hasNext();) {
                if (!it.next().isObject()) {
                    return false;
                }
            }
            return true;
        }

        private OptionalDouble readTheta() {
            OptionalDouble theta;
            String path;
            if (block != null && Fields.present(block, "rope_theta")) {
                path = bn + ".rope_theta";
                theta = f.number(block, "rope_theta", path);
            } else if (Fields.present(cfg, "rope_theta")) {
                path = p("rope_theta");
                theta = f.number(cfg, "rope_theta", path);
            } else if (Fields.present(cfg, "rotary_emb_base")) {
                path = p("rotary_emb_base");
                theta = f.number(cfg, "rotary_emb_base", path);
            } else {
                f.warn(p("rope_theta") + " is missing; using 10000, the transformers default");
                return OptionalDouble.of(10_000);
            }
            if (theta.isPresent() && !(theta.getAsDouble() > Limits.BASE_EXCLUSIVE_MIN
                    && theta.getAsDouble() <= Limits.BASE_MAX)) {
                f.warn(path + " must be a number greater than 1 and at most 1e10, got "
                        + Limits.plain(theta.getAsDouble()) + "; not loaded");
                return OptionalDouble.empty();
            }
            return theta;
        }

        private OptionalInt readHeadDim() {
            OptionalLong hd = f.whole(cfg, "head_dim", p("head_dim"));
            String path = p("head_dim");
            if (hd.isEmpty()) {
                OptionalLong hidden = f.whole(cfg, "hidden_size", p("hidden_size"));
                OptionalLong heads = f.whole(cfg, "num_attention_heads", p("num_attention_heads"));
                if (hidden.isPresent() && heads.isPresent()) {
                    if (heads.getAsLong() < 1) {
                        f.warn(p("num_attention_heads") + " must be at least 1, got " + heads.getAsLong()
                                + "; not loaded");
                        return OptionalInt.empty();
                    }
                    hd = OptionalLong.of(hidden.getAsLong() / heads.getAsLong()); // Python's //
                    path = p("hidden_size") + " / " + p("num_attention_heads");
                } else {
                    List<String> missing = new ArrayList<>();
                    for (String key : List.of("hidden_size", "num_attention_heads")) {
                        if (!Fields.present(cfg, key)) {
                            missing.add(p(key));
                        }
                    }
                    if (!Fields.present(cfg, "head_dim") && !missing.isEmpty()) {
                        f.warn(p("head_dim") + " is missing, and so is " + String.join(" and ", missing));
                    }
                    return OptionalInt.empty();
                }
            }
            long d = hd.getAsLong();
            if (d < Limits.DIM_MIN || d > Limits.DIM_MAX || d % 2 != 0) {
                f.warn(path + " must give an even head dimension from 4 to 8192, got " + d + "; not loaded");
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) d);
        }

        private double readPartial() {
            OptionalDouble v;
            String path;
            if (Fields.present(cfg, "partial_rotary_factor")) {
                path = p("partial_rotary_factor");
                v = f.number(cfg, "partial_rotary_factor", path);
            } else if (Fields.present(cfg, "rotary_pct")) {
                path = p("rotary_pct");
                v = f.number(cfg, "rotary_pct", path);
            } else if (block != null && Fields.present(block, "partial_rotary_factor")) {
                path = bn + ".partial_rotary_factor";
                v = f.number(block, "partial_rotary_factor", path);
            } else {
                return 1.0;
            }
            if (v.isEmpty()) {
                return 1.0;
            }
            if (!(v.getAsDouble() > 0 && v.getAsDouble() <= 1)) {
                f.warn(path + " must be a number above 0 and at most 1, got " + Limits.plain(v.getAsDouble())
                        + "; using 1");
                return 1.0;
            }
            return v.getAsDouble();
        }

        private OptionalLong length(JsonNode obj, String key, String path) {
            OptionalLong v = f.whole(obj, key, path);
            if (v.isPresent() && (v.getAsLong() < Limits.LENGTH_MIN || v.getAsLong() > Limits.LENGTH_MAX)) {
                f.warn(path + " must be from 1 to 100,000,000 (1e8) tokens, got " + v.getAsLong() + "; not loaded");
                return OptionalLong.empty();
            }
            return v;
        }

        /** The kind to build, or null (with a warning) when the type is unknown. */
        private String canonical(String type, String where) {
            String key = type.trim().toLowerCase(Locale.ROOT);
            if (key.equals("su")) {
                f.warn(where + " \"su\" is the old name of \"longrope\"; read as longrope");
                return "longrope";
            }
            if (key.equals("mrope")) {
                f.warn(where + " \"mrope\" turns each pair as \"default\" does; read as default, as transformers does");
                return "default";
            }
            if (KEYS.containsKey(key)) {
                return key;
            }
            f.warn(where + " \"" + type + "\" is not a type RoPEScope knows (default, linear, dynamic, ntk, yarn,"
                    + " llama3, longrope); drawn without scaling");
            return null;
        }

        private void warnUnknownKeys(String kind) {
            for (Iterator<String> it = block.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!COMMON_KEYS.contains(k) && !KEYS.get(kind).contains(k)) {
                    f.warn(bn + "." + k + " is not used by " + kind + "; ignored");
                }
            }
        }

        private Optional<ScalingMethod> build(String kind, OptionalDouble factor, OptionalLong maxPos,
                OptionalLong original) {
            try {
                switch (kind) {
                    case "linear":
                        return require(factor, "factor", kind).map(x -> Linear.of(x));
                    case "ntk":
                        return require(factor, "factor", kind).map(x -> Ntk.of(x));
                    case "dynamic":
                        return require(factor, "factor", kind).map(x -> DynamicNtk.of(x));
                    case "yarn":
                        return Optional.of(yarn(factor, maxPos, original));
                    case "llama3":
                        return llama3(factor, original);
                    case "longrope":
                        return longrope(factor);
                    default:
                        return Optional.empty();
                }
            } catch (InvalidConfigException e) {
                f.warn(bn + ": " + e.getMessage() + "; drawn without scaling");
                return Optional.empty();
            }
        }

        /** A required number: a missing one gets its own warning (an ill-typed one was warned about already). */
        private Optional<Double> require(OptionalDouble v, String key, String kind) {
            if (v.isPresent()) {
                return Optional.of(v.getAsDouble());
            }
            if (!Fields.present(block, key)) {
                f.warn(bn + "." + key + " is missing; " + kind + " needs it; drawn without scaling");
            }
            return Optional.empty();
        }

        private ScalingMethod yarn(OptionalDouble factor, OptionalLong maxPos, OptionalLong original) {
            if (factor.isEmpty() && !Fields.present(block, "factor")) {
                f.warn(bn + ".factor is missing; using max_position_embeddings / original_max_position_embeddings");
            }
            double fast = orDefault(f.number(block, "beta_fast", bn + ".beta_fast"), Yarn.DEFAULT_BETA_FAST);
            double slow = orDefault(f.number(block, "beta_slow", bn + ".beta_slow"), Yarn.DEFAULT_BETA_SLOW);
            boolean truncate = f.bool(block, "truncate", bn + ".truncate").orElse(true);
            OptionalDouble attention = f.number(block, "attention_factor", bn + ".attention_factor");
            OptionalDouble mscale = f.number(block, "mscale", bn + ".mscale");
            OptionalDouble mscaleAll = f.number(block, "mscale_all_dim", bn + ".mscale_all_dim");
            if (factor.isPresent() && original.isPresent() && maxPos.isPresent()) {
                double implicit = (double) maxPos.getAsLong() / original.getAsLong();
                if (implicit != 1 && implicit != factor.getAsDouble()) {
                    f.warn(bn + ".factor (" + Limits.plain(factor.getAsDouble()) + ") differs from"
                            + " max_position_embeddings / original_max_position_embeddings (" + Limits.plain(implicit)
                            + "); using the explicit factor, as transformers does");
                }
            }
            return new Yarn(factor, fast, slow, truncate, attention, mscale, mscaleAll);
        }

        /** transformers reads {@code beta_fast or 32}: absent, null and 0 all mean the default. */
        private static double orDefault(OptionalDouble v, double dflt) {
            return v.isPresent() && v.getAsDouble() != 0 ? v.getAsDouble() : dflt;
        }

        private Optional<ScalingMethod> llama3(OptionalDouble factor, OptionalLong original) {
            Optional<Double> fac = require(factor, "factor", "llama3");
            Optional<Double> low = require(f.number(block, "low_freq_factor", bn + ".low_freq_factor"),
                    "low_freq_factor", "llama3");
            Optional<Double> high = require(f.number(block, "high_freq_factor", bn + ".high_freq_factor"),
                    "high_freq_factor", "llama3");
            if (original.isEmpty() && !Fields.present(block, "original_max_position_embeddings")
                    && !Fields.present(cfg, "original_max_position_embeddings")) {
                f.warn(bn + ".original_max_position_embeddings is missing; using max_position_embeddings");
            }
            if (fac.isEmpty() || low.isEmpty() || high.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Llama3.of(fac.get(), low.get(), high.get()));
        }

        private Optional<ScalingMethod> longrope(OptionalDouble factor) {
            Optional<List<Double>> longs = f.numbers(block, "long_factor", bn + ".long_factor");
            Optional<List<Double>> shorts = f.numbers(block, "short_factor", bn + ".short_factor");
            boolean missing = false;
            for (String key : List.of("long_factor", "short_factor")) {
                if (!Fields.present(block, key)) {
                    f.warn(bn + "." + key + " is missing; longrope needs it; drawn without scaling");
                    missing = true;
                }
            }
            if (missing || longs.isEmpty() || shorts.isEmpty()) {
                return Optional.empty();
            }
            OptionalDouble attention = f.number(block, "attention_factor", bn + ".attention_factor");
            return Optional.of(new LongRope(longs.get(), shorts.get(), factor, attention, OptionalLong.empty()));
        }
    }

    private static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unreadable content";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
