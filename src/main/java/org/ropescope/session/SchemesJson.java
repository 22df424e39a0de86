package org.ropescope.session;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.schemes.SchemeSettings;

/**
 * The session's optional {@code "schemes"} object (format 1.2): the Schemes view's settings.
 *
 * <pre>
 * "schemes" : { "alibiHeads" : 8, "t5NumBuckets" : 32, "t5MaxDistance" : 128, "t5Bidirectional" : false,
 *               "dModel" : 512 }
 * </pre>
 *
 * A file without it (1.0, 1.1) opens with {@link SchemeSettings#DEFAULT}; a key it lacks takes its
 * default; a key of the wrong type or out of range ends in one {@link SessionException} naming it.
 */
final class SchemesJson {

    /** The JSON keys, by the field names of {@link InvalidConfigException}. */
    private static final Map<String, String> KEYS = Map.of("heads", "alibiHeads", "num_buckets", "t5NumBuckets",
            "max_distance", "t5MaxDistance", "d_model", "dModel", "shown_heads", "alibiShownHeads");

    private SchemesJson() {
    }

    static SchemeSettings read(JsonNode node, String name) throws SessionException {
        if (node == null || node.isNull()) {
            return SchemeSettings.DEFAULT;
        }
        if (!node.isObject()) {
            throw new SessionException(text("session.object.of", name, "schemes", SessionFile.shown(node)));
        }
        SchemeSettings d = SchemeSettings.DEFAULT;
        long heads = whole(node, "alibiHeads", d.heads(), name);
        long buckets = whole(node, "t5NumBuckets", d.t5Buckets(), name);
        long maxDistance = whole(node, "t5MaxDistance", d.t5MaxDistance(), name);
        long dModel = whole(node, "dModel", d.dModel(), name);
        JsonNode bidirectional = node.get("t5Bidirectional");
        if (bidirectional != null && !bidirectional.isNull() && !bidirectional.isBoolean()) {
            throw new SessionException(text("session.bool", name + ", schemes.t5Bidirectional", SessionFile.shown(bidirectional)));
        }
        boolean bi = bidirectional != null && bidirectional.asBoolean(false);
        java.util.List<Integer> shown = shownHeads(node.get("alibiShownHeads"), name);
        try {
            return new SchemeSettings((int) heads, (int) buckets, maxDistance, bi, (int) dModel, shown);
        } catch (InvalidConfigException e) {
            throw new SessionException(text("session.field", name + ", schemes." + KEYS.getOrDefault(e.field(), e.field()),
                    e.getMessage()), e);
        }
    }

    static void write(ObjectNode root, SchemeSettings s) {
        ObjectNode o = root.putObject("schemes");
        o.put("alibiHeads", s.heads());
        o.put("t5NumBuckets", s.t5Buckets());
        o.put("t5MaxDistance", s.t5MaxDistance());
        o.put("t5Bidirectional", s.t5Bidirectional());
        o.put("dModel", s.dModel());
        if (!s.shownHeads().isEmpty()) {
            s.shownHeads().forEach(o.putArray("alibiShownHeads")::add);
        }
    }

    /** The heads the chart shows: absent or empty for all. */
    private static java.util.List<Integer> shownHeads(JsonNode n, String name) throws SessionException {
        if (n == null || n.isNull()) {
            return java.util.List.of();
        }
        if (!n.isArray() || n.size() > 1024) {
            throw new SessionException(text("session.heads", name + ", schemes.alibiShownHeads", SessionFile.shown(n)));
        }
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (JsonNode k : n) {
            if (!k.isIntegralNumber() || !k.canConvertToInt()) {
                throw new SessionException(text("session.heads.in", name + ", schemes.alibiShownHeads", SessionFile.shown(k)));
            }
            out.add(k.intValue());
        }
        return out;
    }

    private static long whole(JsonNode parent, String key, long fallback, String name) throws SessionException {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber()) {
            throw new SessionException(text("session.whole", name + ", schemes." + key, SessionFile.shown(n)));
        }
        boolean fits = key.equals("t5MaxDistance") ? n.canConvertToLong() : n.canConvertToInt();
        if (!fits) {
            throw new SessionException(text("session.farOut", name + ", schemes." + key, SessionFile.shown(n)));
        }
        return n.longValue();
    }
}
