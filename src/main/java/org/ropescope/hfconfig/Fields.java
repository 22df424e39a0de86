package org.ropescope.hfconfig;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ropescope.math.Limits;

/**
 * Typed reads from a JSON object with one-line warnings naming the field ({@code rope_scaling.factor})
 * when a value has the wrong type. Absent and {@code null} both read as empty, as in transformers.
 */
final class Fields {

    private final List<String> warnings;

    Fields(List<String> warnings) {
        this.warnings = warnings;
    }

    void warn(String message) {
        warnings.add(message);
    }

    static boolean present(JsonNode obj, String key) {
        JsonNode n = obj.get(key);
        return n != null && !n.isNull();
    }

    /** A number (integer or not). Strings, booleans, lists and objects give a warning and read as empty. */
    OptionalDouble number(JsonNode obj, String key, String path) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            return OptionalDouble.empty();
        }
        if (n.isNumber()) {
            double v = n.asDouble();
            if (!Double.isFinite(v)) {
                warn(path + " must be a finite number, got " + n.asText() + "; not loaded");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(v);
        }
        warn(path + " must be a number, got " + describe(n) + "; not loaded");
        return OptionalDouble.empty();
    }

    /** A whole number ({@code 4096} or {@code 4096.0}); anything else gives a warning and reads as empty. */
    OptionalLong whole(JsonNode obj, String key, String path) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            return OptionalLong.empty();
        }
        if (n.isNumber()) {
            double v = n.asDouble();
            if (n.canConvertToLong() && v == Math.rint(v)) {
                return OptionalLong.of(n.asLong());
            }
            warn(path + " must be a whole number, got " + n.asText() + "; not loaded");
            return OptionalLong.empty();
        }
        warn(path + " must be a whole number, got " + describe(n) + "; not loaded");
        return OptionalLong.empty();
    }

    /** A string; anything else gives a warning and reads as empty. */
    Optional<String> string(JsonNode obj, String key, String path) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isTextual()) {
            return Optional.of(n.asText());
        }
        warn(path + " must be a string, got " + describe(n) + "; not loaded");
        return Optional.empty();
    }

    /** A boolean; anything else gives a warning and reads as empty. */
    Optional<Boolean> bool(JsonNode obj, String key, String path) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isBoolean()) {
            return Optional.of(n.asBoolean());
        }
        warn(path + " must be true or false, got " + describe(n) + "; not loaded");
        return Optional.empty();
    }

    /** A list of numbers; a wrong element or a non-list gives a warning and reads as empty. */
    Optional<List<Double>> numbers(JsonNode obj, String key, String path) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            warn(path + " must be a list of numbers, got " + describe(n) + "; not loaded");
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber() || !Double.isFinite(e.asDouble())) {
                warn(path + "[" + i + "] must be a number, got " + describe(e) + "; not loaded");
                return Optional.empty();
            }
            out.add(e.asDouble());
        }
        return Optional.of(out);
    }

    /** How a value looks, for messages: {@code the string "4.0"}, {@code true}, {@code a list}, {@code an object}. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            String s = n.asText();
            if (s.length() > 40) {
                s = s.substring(0, 40) + "...";
            }
            return "the string \"" + s.replace("\n", " ") + "\"";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isNumber()) {
            return Limits.plain(n.asDouble());
        }
        return n.asText();
    }
}
