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
import org.ropescope.math.scaling.DynamicNtk;
import org.ropescope.math.scaling.Linear;
import org.ropescope.math.scaling.Llama3;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;

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

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    static {
        PRETTY.indentArraysWith(new DefaultIndenter("  ", "\n"));
    }

    private RopeScalingJson() {
    }

    /** The block as a JSON object ({@code null} node for methods without one). */
    public static ObjectNode block(ScalingMethod method, ScalingContext c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rope_type", method.id());
        if (method instanceof Linear || method instanceof DynamicNtk) {
            o.put("factor", method.factor(c));
        } else if (method instanceof Yarn) {
            Yarn y = (Yarn) method;
            o.put("factor", y.factor(c));
            o.put("original_max_position_embeddings", c.originalLength());
            o.put("beta_fast", y.betaFast());
            o.put("beta_slow", y.betaSlow());
            if (!y.truncate()) {
                o.put("truncate", false);
            }
            y.attentionFactor().ifPresent(a -> o.put("attention_factor", a));
            y.mscale().ifPresent(m -> o.put("mscale", m));
            y.mscaleAllDim().ifPresent(m -> o.put("mscale_all_dim", m));
        } else if (method instanceof Llama3) {
            Llama3 l = (Llama3) method;
            o.put("factor", l.factor(c));
            o.put("low_freq_factor", l.lowFreqFactor());
            o.put("high_freq_factor", l.highFreqFactor());
            o.put("original_max_position_embeddings", c.originalLength());
        } else if (method instanceof LongRope) {
            LongRope l = (LongRope) method;
            o.put("factor", l.factor(c));
            o.put("original_max_position_embeddings", c.originalLength());
            l.attentionFactor().ifPresent(a -> o.put("attention_factor", a));
            o.set("long_factor", numbers(l.longFactor()));
            o.set("short_factor", numbers(l.shortFactor()));
        } else {
            return null;
        }
        return o;
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

    private static ArrayNode numbers(List<Double> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(a::add);
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
