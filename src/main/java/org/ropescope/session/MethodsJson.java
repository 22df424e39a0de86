package org.ropescope.session;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.Param;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * The {@code "methods"} part of a session (format 1.1) and {@code inputs.partialRotaryFactor}: one
 * object per method set up, its {@code type} (the {@code rope_type}), whether it is {@code drawn},
 * and the parameters it was built with, named as in a model's {@code config.json}. Methods neither
 * drawn nor changed from their defaults are left out, and take their defaults when read:
 *
 * <pre>
 * "methods" : [ { "type" : "default", "drawn" : true },
 *               { "type" : "yarn", "drawn" : true, "factor" : 8, "beta_fast" : 16, "beta_slow" : 1, "truncate" : true } ]
 * </pre>
 *
 * <p>Parameters left out take the method's defaults; parameters a method does not use and fields this
 * version does not know are ignored. Every value is checked and every method built before anything is
 * returned, so a bad entry ends in one {@link SessionException} naming it.
 */
final class MethodsJson {

    static final String PARTIAL = "partialRotaryFactor";

    private MethodsJson() {
    }

    // ---- Writing --------------------------------------------------------------------------

    static void write(ObjectNode root, ObjectNode inputs, MethodSelection s) {
        putNumber(inputs, PARTIAL, s.partialRotaryFactor());
        ArrayNode list = root.putArray("methods");
        Map<MethodKind, ScalingMethod> defaults = MethodSelection.book().methods();
        for (Map.Entry<MethodKind, ScalingMethod> e : s.methods().entrySet()) {
            if (!s.drawn().contains(e.getKey()) && e.getValue().equals(defaults.get(e.getKey()))) {
                continue; // a method not drawn and at its defaults: reading fills it in
            }
            ObjectNode o = list.addObject();
            o.put("type", e.getKey().id());
            o.put("drawn", s.drawn().contains(e.getKey()));
            MethodParameters p = MethodParameters.of(e.getValue());
            for (Param q : Param.values()) {
                p.value(q).ifPresent(v -> put(o, q, v));
            }
        }
    }

    private static void put(ObjectNode o, Param q, Object v) {
        switch (q.type()) {
            case NUMBER -> putNumber(o, q.key(), (Double) v);
            case LENGTH -> o.put(q.key(), (Long) v);
            case BOOLEAN -> o.put(q.key(), (Boolean) v);
            case LIST -> {
                ArrayNode a = o.putArray(q.key());
                ((List<?>) v).forEach(x -> a.add((Double) x));
            }
        }
    }

    /** {@code 8}, not {@code 8.0}, for whole numbers; every other double as the shortest exact text. */
    static void putNumber(ObjectNode o, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(key, (long) v);
        } else {
            o.put(key, v);
        }
    }

    // ---- Reading --------------------------------------------------------------------------

    /**
     * The methods of a session; {@link MethodSelection#book()} (with the file's rotating share) when
     * it has none (format 1.0). Entries of a type this version does not know are skipped in a file of a
     * later minor version (it may add methods) and refused otherwise.
     */
    static MethodSelection read(JsonNode inputs, JsonNode methods, boolean laterMinor, String name)
            throws SessionException {
        double partial = readPartial(inputs.get(PARTIAL), name);
        if (methods == null || methods.isNull()) {
            MethodSelection book = MethodSelection.book();
            return new MethodSelection(partial, book.methods(), book.drawn());
        }
        if (!methods.isArray()) {
            throw new SessionException(text("session.methods", name, "{\"type\" : \"yarn\", \"drawn\" : true, \"factor\" : 8}",
                    SessionFile.shown(methods)));
        }
        Map<MethodKind, ScalingMethod> built = new EnumMap<>(MethodSelection.book().methods()); // the ones left out
        EnumSet<MethodKind> listed = EnumSet.noneOf(MethodKind.class);
        EnumSet<MethodKind> drawn = EnumSet.noneOf(MethodKind.class);
        for (int i = 0; i < methods.size(); i++) {
            JsonNode entry = methods.get(i);
            String at = name + ", methods[" + i + "]";
            JsonNode type = entry.get("type");
            Optional<MethodKind> kind = type != null && type.isTextual() ? MethodKind.byId(type.asText())
                    : Optional.empty();
            if (kind.isEmpty() && laterMinor) {
                continue; // an entry a later version added, in a shape it may have changed
            }
            if (!entry.isObject()) {
                throw new SessionException(text("session.method.type", at, SessionFile.shown(entry)));
            }
            if (kind.isEmpty()) {
                throw new SessionException(text("session.oneOf", at + ".type", MethodKind.allIds(), SessionFile.shown(type)));
            }
            MethodKind k = kind.get();
            if (!listed.add(k)) {
                throw new SessionException(text("session.method.twice", at + ".type", k.id()));
            }
            JsonNode d = entry.get("drawn");
            if (d != null && !d.isNull() && !d.isBoolean()) {
                throw new SessionException(text("session.bool", at + ".drawn", SessionFile.shown(d)));
            }
            MethodParameters p = MethodParameters.DEFAULTS;
            for (Param q : Param.values()) {
                p = p.with(q, value(entry, q, at));
            }
            try {
                built.put(k, p.build(k));
            } catch (InvalidConfigException e) {
                throw new SessionException(text("session.field", at + "." + e.field(), e.getMessage()), e);
            }
            if (d != null && d.asBoolean()) {
                drawn.add(k);
            }
        }
        return new MethodSelection(partial, built, drawn);
    }

    private static double readPartial(JsonNode n, String name) throws SessionException {
        if (n == null || n.isNull()) {
            return 1.0;
        }
        if (!n.isNumber() || !(n.doubleValue() > 0 && n.doubleValue() <= 1)) {
            throw new SessionException(text("session.partial", name + ", inputs." + PARTIAL, SessionFile.shown(n)));
        }
        return n.doubleValue();
    }

    private static Optional<?> value(JsonNode entry, Param q, String at) throws SessionException {
        return switch (q.type()) {
            case NUMBER -> box(number(entry, q.key(), at));
            case LENGTH -> box(whole(entry, q.key(), at));
            case BOOLEAN -> bool(entry, q.key(), at);
            case LIST -> list(entry, q.key(), at);
        };
    }

    private static Optional<Double> box(OptionalDouble v) {
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    private static Optional<Long> box(OptionalLong v) {
        return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
    }

    private static OptionalDouble number(JsonNode entry, String key, String at) throws SessionException {
        JsonNode n = entry.get(key);
        if (n == null || n.isNull()) {
            return OptionalDouble.empty();
        }
        if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
            throw new SessionException(text("session.number", at + "." + key, SessionFile.shown(n)));
        }
        return OptionalDouble.of(n.doubleValue());
    }

    private static OptionalLong whole(JsonNode entry, String key, String at) throws SessionException {
        JsonNode n = entry.get(key);
        if (n == null || n.isNull()) {
            return OptionalLong.empty();
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new SessionException(text("session.tokens", at + "." + key, SessionFile.shown(n)));
        }
        return OptionalLong.of(n.longValue());
    }

    private static Optional<Boolean> bool(JsonNode entry, String key, String at) throws SessionException {
        JsonNode n = entry.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isBoolean()) {
            throw new SessionException(text("session.bool", at + "." + key, SessionFile.shown(n)));
        }
        return Optional.of(n.asBoolean());
    }

    private static Optional<List<Double>> list(JsonNode entry, String key, String at) throws SessionException {
        JsonNode n = entry.get(key);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            throw new SessionException(text("session.list", at + "." + key, SessionFile.shown(n)));
        }
        List<Double> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode v = n.get(i);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new SessionException(text("session.number", at + "." + key + "[" + i + "]", SessionFile.shown(v)));
            }
            out.add(v.doubleValue());
        }
        return Optional.of(out);
    }
}
