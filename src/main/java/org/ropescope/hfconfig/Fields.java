package org.ropescope.hfconfig;

import static org.ropescope.text.Texts.text;

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
                warn(text("config.field.finite", path, n.asText()));
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(v);
        }
        warn(text("config.field.number", path, describe(n)));
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
            warn(text("config.field.whole", path, n.asText()));
            return OptionalLong.empty();
        }
        warn(text("config.field.whole", path, describe(n)));
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
        warn(text("config.field.string", path, describe(n)));
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
        warn(text("config.field.bool", path, describe(n)));
        return Optional.empty();
    }

    /** A list of numbers; a wrong element or a non-list gives a warning and reads as empty. */
    Optional<List<Double>> numbers(JsonNode obj, String key, String path) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            warn(text("config.field.list", path, describe(n)));
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber() || !Double.isFinite(e.asDouble())) {
                warn(text("config.field.number", path + "[" + i + "]", describe(e)));
                return Optional.empty();
            }
            out.add(e.asDouble());
        }
        return Optional.of(out);
    }

    /** How a value looks, for messages: {@code the string "4.0"}, {@code true}, {@code a list}, {@code an object}. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return text("config.value.nothing");
        }
        if (n.isTextual()) {
            String s = n.asText();
            if (s.length() > 40) {
                s = s.substring(0, 40) + "...";
            }
            return text("config.value.string", s.replace("\n", " "));
        }
        if (n.isArray()) {
            return text("config.value.list");
        }
        if (n.isObject()) {
            return text("config.value.object");
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
