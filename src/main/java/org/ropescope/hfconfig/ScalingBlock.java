package org.ropescope.hfconfig;

import static org.ropescope.text.Texts.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
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
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.Ntk;
import org.ropescope.math.scaling.Param;
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
    /** The keys each type reads: its {@link Param}s found in a config.json ({@code proportional} is linear). */
    private static final Map<String, Set<String>> KEYS = keys();
    private static final Set<String> PHIMOE_KEYS = Set.of("long_mscale", "short_mscale");

    private final Fields f;
    private final JsonNode block;
    private final String bn;

    private static Map<String, Set<String>> keys() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (MethodKind k : MethodKind.values()) {
            keys.put(k.id(), Param.configKeys(k));
        }
        keys.put("proportional", Param.configKeys(MethodKind.LINEAR));
        return Map.copyOf(keys);
    }

    ScalingBlock(Fields f, JsonNode block, String bn) {
        this.f = f;
        this.block = block;
        this.bn = bn;
    }

    /** The kind to build, or null (with a warning) when transformers has no such type. */
    String canonical(String type, String where) {
        String key = type.trim().toLowerCase(Locale.ROOT);
        if (key.equals("su")) {
            f.warn(text("config.su", where));
            return "longrope";
        }
        if (key.equals("mrope")) {
            return "default"; // transformers reads Qwen2-VL's "mrope" as default RoPE: the text rotary is unscaled
        }
        if (key.equals("ntk")) {
            f.warn(text("config.ntkType", where));
            return "ntk";
        }
        if (KEYS.containsKey(key)) {
            return key;
        }
        f.warn(text("config.unknownType", where, type, "default, linear, dynamic, yarn, llama3, longrope, proportional"));
        return null;
    }

    /** Keys transformers would call unrecognized for {@code kind}: one line each. */
    void warnUnknownKeys(String kind, boolean phimoe) {
        for (Iterator<String> it = block.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!COMMON_KEYS.contains(k) && !KEYS.get(kind).contains(k)
                    && !(phimoe && kind.equals("longrope") && PHIMOE_KEYS.contains(k))) {
                f.warn(text("config.unusedKey", bn + "." + k, kind));
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
            f.warn(text("config.factorBelow1", bn, Limits.plain(factor.getAsDouble())));
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
            f.warn(text("config.unusable", bn, e.getMessage()));
            return Optional.empty();
        }
    }

    /** A required number: a missing one gets its own warning (an ill-typed one was warned about already). */
    private Optional<Double> require(OptionalDouble v, String key, String kind) {
        if (v.isPresent()) {
            return Optional.of(v.getAsDouble());
        }
        if (!Fields.present(block, key)) {
            f.warn(text("config.required", bn + "." + key, kind));
        }
        return Optional.empty();
    }

    private ScalingMethod yarn(OptionalDouble factor, OptionalLong maxPos, OptionalLong original) {
        if (factor.isEmpty() && !Fields.present(block, "factor")) {
            f.warn(text("config.yarnFactorMissing", bn));
        }
        double fast = orDefault(number(Param.BETA_FAST), Yarn.DEFAULT_BETA_FAST);
        double slow = orDefault(number(Param.BETA_SLOW), Yarn.DEFAULT_BETA_SLOW);
        if (fast < slow) {
            f.warn(text("config.betaReversed", bn, Limits.plain(fast), Limits.plain(slow)));
        }
        boolean truncate = f.bool(block, Param.TRUNCATE.key(), bn + "." + Param.TRUNCATE.key()).orElse(true);
        OptionalDouble attention = number(Param.ATTENTION_FACTOR);
        OptionalDouble mscale = number(Param.MSCALE);
        OptionalDouble mscaleAll = number(Param.MSCALE_ALL_DIM);
        if (factor.isPresent() && original.isPresent() && maxPos.isPresent()) {
            double implicit = (double) maxPos.getAsLong() / original.getAsLong();
            if (implicit != 1 && implicit != factor.getAsDouble()) {
                f.warn(text("config.factorDiffers", bn, Limits.plain(factor.getAsDouble()), Limits.plain(implicit)));
            }
        }
        return new Yarn(factor, fast, slow, truncate, attention, mscale, mscaleAll);
    }

    /** The number under {@code p}'s key, warned about (and empty) when it is not one. */
    private OptionalDouble number(Param p) {
        return f.number(block, p.key(), bn + "." + p.key());
    }

    /** transformers reads {@code beta_fast or 32}: absent, null and 0 all mean the default. */
    private static double orDefault(OptionalDouble v, double dflt) {
        return v.isPresent() && v.getAsDouble() != 0 ? v.getAsDouble() : dflt;
    }

    private Optional<ScalingMethod> llama3(OptionalDouble factor, OptionalLong original) {
        Optional<Double> fac = require(factor, "factor", "llama3");
        Optional<Double> low = require(number(Param.LOW_FREQ_FACTOR), Param.LOW_FREQ_FACTOR.key(), "llama3");
        Optional<Double> high = require(number(Param.HIGH_FREQ_FACTOR), Param.HIGH_FREQ_FACTOR.key(), "llama3");
        if (fac.isEmpty() || low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (high.get() <= low.get() && low.get() > 0 && high.get() > 0) {
            f.warn(original.isPresent() ? text("config.llama3.step.at", bn, Limits.plain(high.get()),
                    Limits.plain(low.get()), Limits.plain(original.getAsLong() / low.get()))
                    : text("config.llama3.step", bn, Limits.plain(high.get()), Limits.plain(low.get())));
        }
        return Optional.of(Llama3.of(fac.get(), low.get(), high.get()));
    }

    private Optional<ScalingMethod> longrope(OptionalDouble factor) {
        Optional<List<Double>> longs = f.numbers(block, Param.LONG_FACTOR.key(), bn + "." + Param.LONG_FACTOR.key());
        Optional<List<Double>> shorts = f.numbers(block, Param.SHORT_FACTOR.key(), bn + "." + Param.SHORT_FACTOR.key());
        boolean missing = false;
        for (String key : List.of(Param.LONG_FACTOR.key(), Param.SHORT_FACTOR.key())) {
            if (!Fields.present(block, key)) {
                f.warn(text("config.required", bn + "." + key, "longrope"));
                missing = true;
            }
        }
        if (missing || longs.isEmpty() || shorts.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble attention = number(Param.ATTENTION_FACTOR);
        return Optional.of(new LongRope(longs.get(), shorts.get(), factor, attention, OptionalLong.empty()));
    }
}
