package org.ropescope.math.scaling;

import static org.ropescope.text.Texts.text;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.Limits;

/** Parameter checks shared by the method records; every failure names the method and the parameter. */
final class Checks {

    /** The largest stretch factor: {@code m/m_l} can never exceed it within {@link Limits}. */
    static final double FACTOR_MAX = Limits.LENGTH_MAX;

    private Checks() {
    }

    static void factor(MethodKind kind, OptionalDouble factor) {
        if (factor.isPresent()) {
            factor(kind, "factor", factor.getAsDouble());
        }
    }

    static void factor(MethodKind kind, String name, double f) {
        if (!(f > 0 && f <= FACTOR_MAX)) {
            throw new InvalidConfigException(name, text("check.factor", kind.id() + " " + name, Limits.plain(f)));
        }
    }

    static void positive(MethodKind kind, String name, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new InvalidConfigException(name, text("check.positive", kind.id() + " " + name, Limits.plain(v)));
        }
    }

    static void positive(MethodKind kind, String name, OptionalDouble v) {
        if (v.isPresent()) {
            positive(kind, name, v.getAsDouble());
        }
    }

    static void nonNegative(MethodKind kind, String name, OptionalDouble v) {
        if (v.isPresent() && !(v.getAsDouble() >= 0 && v.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new InvalidConfigException(name, text("check.nonNegative", kind.id() + " " + name,
                    Limits.plain(v.getAsDouble())));
        }
    }

    static void length(MethodKind kind, String name, OptionalLong v) {
        if (v.isPresent() && (v.getAsLong() < Limits.LENGTH_MIN || v.getAsLong() > Limits.LENGTH_MAX)) {
            throw new InvalidConfigException(name, text("check.length", kind.id() + " " + name,
                    Long.toString(v.getAsLong())));
        }
    }

    static List<Double> factorList(MethodKind kind, String name, List<Double> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidConfigException(name, text("check.list", kind.id() + " " + name));
        }
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !(v > 0 && v < Double.POSITIVE_INFINITY)) {
                throw new InvalidConfigException(name, text("check.positive", kind.id() + " " + name + "[" + i + "]",
                        v == null ? "null" : Limits.plain(v)));
            }
        }
        return List.copyOf(values);
    }
}
