package org.ropescope.hfconfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.ropescope.math.scaling.DefaultRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.Param;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * "Copy as config.json": the {@code rope_scaling} entry for a method and its parameters, ready to
 * paste into a model's {@code config.json}, in the shape transformers reads (and
 * {@link HfConfigReader} reads back to the same method). For example, YaRN by 4 from 32k:
 *
 * <pre>
 * "rope_scaling": {
 *   "rope_type": "yarn",
 *   "factor": 4.0,
 *   "original_max_position_embeddings": 32768,
 *   "beta_fast": 32.0,
 *   "beta_slow": 1.0
 * }
 * </pre>
 *
 * <p>Factors that follow the context are written as the context's {@code m / m_l}. Numbers are
 * written as JSON floats ({@code 4.0}) where transformers expects floats, and lengths as integers.
 * Two methods have no block of their own: {@code default} gives {@code "rope_scaling": null}, and
 * {@code ntk} (static base scaling, which released transformers has no {@code rope_type} for) gives
 * the equivalent {@code "rope_theta"} with the scaled base and {@code "rope_scaling": null}.
 */
public final class RopeScalingJson {

    private static final String ORIGINAL = "original_max_position_embeddings";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    static {
        PRETTY.indentArraysWith(new DefaultIndenter("  ", "\n"));
    }

    private RopeScalingJson() {
    }

    /**
     * The block as a JSON object ({@code null} for methods without one): {@code rope_type}, then the
     * {@link Param}s the kind reads from a config.json, in their order, with the factor resolved on
     * {@code c} and {@code truncate} only when off (on is transformers' default). {@code
     * original_max_position_embeddings} follows the factor for yarn and longrope and comes last for
     * llama3, as Meta's configs write it; linear and dynamic do not read it.
     */
    public static ObjectNode block(ScalingMethod method, ScalingContext c) {
        MethodKind kind = method.kind();
        if (kind == MethodKind.DEFAULT || kind == MethodKind.NTK) {
            return null;
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rope_type", method.id());
        MethodParameters p = MethodParameters.of(method);
        for (Param q : Param.of(kind)) {
            if (q == Param.FACTOR) {
                o.put(q.key(), method.factor(c));
                if (kind == MethodKind.YARN || kind == MethodKind.LONGROPE) {
                    o.put(ORIGINAL, c.originalLength());
                }
            } else if (q.inConfigJson()) {
                p.value(q).ifPresent(v -> put(o, q, v));
            }
        }
        if (kind == MethodKind.LLAMA3) {
            o.put(ORIGINAL, c.originalLength());
        }
        return o;
    }

    private static void put(ObjectNode o, Param q, Object v) {
        switch (q.type()) {
            case NUMBER -> o.put(q.key(), (Double) v);
            case LENGTH -> o.put(q.key(), (Long) v);
            case BOOLEAN -> {
                if (!(Boolean) v) {
                    o.put(q.key(), false);
                }
            }
            case LIST -> o.set(q.key(), numbers((List<?>) v));
        }
    }

    /**
     * The text to paste: {@code "rope_scaling": { ... }} (two-space indent, newline-separated, no
     * trailing comma), or for {@code ntk} the {@code rope_theta} line followed by {@code "rope_scaling": null}.
     */
    public static String render(ScalingMethod method, ScalingContext c) {
        if (method instanceof DefaultRope) {
            return "\"rope_scaling\": null";
        }
        if (method instanceof Ntk) {
            return "\"rope_theta\": " + write(JsonNodeFactory.instance.numberNode(((Ntk) method).scaledBase(c)))
                    + ",\n\"rope_scaling\": null";
        }
        return "\"rope_scaling\": " + write(block(method, c));
    }

    private static ArrayNode numbers(List<?> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> a.add((Double) v));
        return a;
    }

    private static String write(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // cannot happen for a tree of numbers and strings
        }
    }
}
