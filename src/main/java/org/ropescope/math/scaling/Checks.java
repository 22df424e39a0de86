package org.ropescope.math.scaling;

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
            throw new InvalidConfigException(name, kind.id() + " " + name
                    + " must be a number above 0 and at most 1e8, got " + Limits.plain(f));
        }
    }

    static void positive(MethodKind kind, String name, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new InvalidConfigException(name, kind.id() + " " + name
                    + " must be a finite number above 0, got " + Limits.plain(v));
        }
    }

    static void positive(MethodKind kind, String name, OptionalDouble v) {
        if (v.isPresent()) {
            positive(kind, name, v.getAsDouble());
        }
    }

    static void nonNegative(MethodKind kind, String name, OptionalDouble v) {
        if (v.isPresent() && !(v.getAsDouble() >= 0 && v.getAsDouble() < Double.POSITIVE_INFINITY)) {
            throw new InvalidConfigException(name, kind.id() + " " + name
                    + " must be a finite number of at least 0, got " + Limits.plain(v.getAsDouble()));
        }
    }

    static void length(MethodKind kind, String name, OptionalLong v) {
        if (v.isPresent() && (v.getAsLong() < Limits.LENGTH_MIN || v.getAsLong() > Limits.LENGTH_MAX)) {
            throw new InvalidConfigException(name, kind.id() + " " + name
                    + " must be a whole number of tokens from 1 to 100,000,000 (1e8), got " + v.getAsLong());
        }
    }

    static List<Double> factorList(MethodKind kind, String name, List<Double> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidConfigException(name, kind.id() + " " + name
                    + " must be a list of numbers, one per rotating pair, got none");
        }
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !(v > 0 && v < Double.POSITIVE_INFINITY)) {
                throw new InvalidConfigException(name, kind.id() + " " + name + "[" + i
                        + "] must be a finite number above 0, got " + (v == null ? "null" : Limits.plain(v)));
            }
        }
        return List.copyOf(values);
    }
}
