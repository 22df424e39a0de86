package org.ropescope.hfconfig;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
 * One scaling block ({@code rope_scaling}, or a {@code rope_parameters} block) turned into a
 * {@link ScalingMethod} the way transformers' {@code modeling_rope_utils.py} reads it: where transformers
 * only logs a warning (a factor below 1, {@code beta_fast < beta_slow}, {@code high_freq_factor <=
 * low_freq_factor}, unknown keys) the value is computed and the warning becomes one line; a method is
 * refused, naming the field, only where the math is undefined.
 */
final class ScalingBlock {

    private static final Set<String> COMMON_KEYS = Set.of("rope_type", "type", "rope_theta", "partial_rotary_factor",
            "original_max_position_embeddings", "mrope_section", "mrope_interleaved");
    private static final Map<String, Set<String>> KEYS = Map.of(
            "default", Set.of(),
            "proportional", Set.of("factor"),
            "linear", Set.of("factor"),
            "dynamic", Set.of("factor"),
            "ntk", Set.of("factor"),
            "yarn", Set.of("factor", "beta_fast", "beta_slow", "truncate", "attention_factor", "mscale", "mscale_all_dim"),
            "llama3", Set.of("factor", "low_freq_factor", "high_freq_factor"),
            "longrope", Set.of("long_factor", "short_factor", "factor", "attention_factor"));
    private static final Set<String> PHIMOE_KEYS = Set.of("long_mscale", "short_mscale");

    private final Fields f;
    private final JsonNode block;
    private final String bn;

    ScalingBlock(Fields f, JsonNode block, String bn) {
        this.f = f;
        this.block = block;
        this.bn = bn;
    }

    /** The kind to build, or null (with a warning) when transformers has no such type. */
    String canonical(String type, String where) {
        String key = type.trim().toLowerCase(Locale.ROOT);
        if (key.equals("su")) {
            f.warn(where + " \"su\" is the old name of \"longrope\"; read as longrope");
            return "longrope";
        }
        if (key.equals("mrope")) {
            return "default"; // transformers reads Qwen2-VL's "mrope" as default RoPE: the text rotary is unscaled
        }
        if (key.equals("ntk")) {
            f.warn(where + " \"ntk\" is not a transformers type (transformers raises on it); drawn as RoPEScope's"
                    + " static NTK, base x factor^(d/(d-2))");
            return "ntk";
        }
        if (KEYS.containsKey(key)) {
            return key;
        }
        f.warn(where + " \"" + type + "\" is not a rope type transformers knows (default, linear, dynamic, yarn,"
                + " llama3, longrope, proportional); drawn without scaling");
        return null;
    }

    /** Keys transformers would call unrecognized for {@code kind}: one line each. */
    void warnUnknownKeys(String kind, boolean phimoe) {
        for (Iterator<String> it = block.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!COMMON_KEYS.contains(k) && !KEYS.get(kind).contains(k)
                    && !(phimoe && kind.equals("longrope") && PHIMOE_KEYS.contains(k))) {
                f.warn(bn + "." + k + " is not used by " + kind + "; ignored");
            }
        }
    }

    /** Whether {@code kind} reads a {@code factor}. */
    static boolean usesFactor(String kind) {
        return KEYS.get(kind).contains("factor");
    }

    /**
     * The factor: a factor of 0 or below is refused (empty, with a line), one below 1 is kept with a line,
     * as transformers does.
     */
    OptionalDouble factor(String kind) {
        OptionalDouble factor = f.number(block, "factor", bn + ".factor");
        if (factor.isPresent() && factor.getAsDouble() > 0 && factor.getAsDouble() < 1) {
            f.warn(bn + ".factor is " + Limits.plain(factor.getAsDouble()) + ", below 1: transformers only warns"
                    + " and computes it (a squeeze, not a stretch); so does RoPEScope");
        }
        return factor;
    }

    Optional<ScalingMethod> build(String kind, OptionalDouble factor, OptionalLong maxPos, OptionalLong original) {
        try {
            switch (kind) {
                case "linear":
                case "proportional":
                    if (kind.equals("proportional") && factor.isEmpty()) {
                        return Optional.empty(); // transformers: factor defaults to 1
                    }
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
            f.warn(bn + ".factor is missing; using max_position_embeddings / original_max_position_embeddings,"
                    + " as transformers does");
        }
        double fast = orDefault(f.number(block, "beta_fast", bn + ".beta_fast"), Yarn.DEFAULT_BETA_FAST);
        double slow = orDefault(f.number(block, "beta_slow", bn + ".beta_slow"), Yarn.DEFAULT_BETA_SLOW);
        if (fast < slow) {
            f.warn(bn + ".beta_fast (" + Limits.plain(fast) + ") is below beta_slow (" + Limits.plain(slow)
                    + "): transformers only warns and computes the reversed ramp; so does RoPEScope");
        }
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
        if (fac.isEmpty() || low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (high.get() <= low.get() && low.get() > 0 && high.get() > 0) {
            String at = original.isPresent() ? " at " + Limits.plain(original.getAsLong() / low.get()) + " tokens" : "";
            f.warn(bn + ".high_freq_factor (" + Limits.plain(high.get()) + ") is not above low_freq_factor ("
                    + Limits.plain(low.get()) + "): transformers only warns and computes a plain step" + at
                    + " (longer wavelengths divided by the factor, shorter kept); so does RoPEScope");
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
