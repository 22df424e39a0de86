package org.ropescope.math.scaling;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which scaling methods are set up and drawn, with all their parameters, and the share of each head
 * that rotates: the state a session file saves and an undo step puts back. Immutable, compared by value.
 *
 * @param partialRotaryFactor the rotating share of each head, in (0, 1]
 * @param methods             the method of each kind that has one, keyed by its kind; a kind left out
 *                            takes its default ({@code longrope} then has none)
 * @param drawn               the kinds drawn; each has a method in {@code methods}
 */
public record MethodSelection(double partialRotaryFactor, Map<MethodKind, ScalingMethod> methods,
        Set<MethodKind> drawn) {

    /**
     * What a new window shows: every kind but {@code longrope} at its defaults (factors following
     * {@code m / m_l}), the book's three drawn (original, PI, base scaling), every pair rotating.
     */
    public static MethodSelection book() {
        Map<MethodKind, ScalingMethod> m = new EnumMap<>(MethodKind.class);
        for (MethodKind k : MethodKind.values()) {
            if (k != MethodKind.LONGROPE) {
                m.put(k, MethodParameters.DEFAULTS.build(k));
            }
        }
        EnumSet<MethodKind> d = EnumSet.noneOf(MethodKind.class);
        ScalingMethod.bookMethods().forEach(b -> d.add(b.kind()));
        return new MethodSelection(1.0, m, d);
    }

    public MethodSelection {
        if (!(partialRotaryFactor > 0 && partialRotaryFactor <= 1)) {
            throw new IllegalArgumentException("partial_rotary_factor must be in (0, 1], got " + partialRotaryFactor);
        }
        EnumMap<MethodKind, ScalingMethod> m = new EnumMap<>(MethodKind.class);
        methods.forEach((k, v) -> {
            if (v.kind() != k) {
                throw new IllegalArgumentException(v.kind().id() + " method filed under " + k.id());
            }
            m.put(k, v);
        });
        EnumSet<MethodKind> d = EnumSet.noneOf(MethodKind.class);
        d.addAll(drawn);
        for (MethodKind k : d) {
            if (!m.containsKey(k)) {
                throw new IllegalArgumentException(k.id() + " is drawn but has no method");
            }
        }
        methods = Collections.unmodifiableMap(m);
        drawn = Collections.unmodifiableSet(d);
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof MethodSelection s && Double.compare(partialRotaryFactor, s.partialRotaryFactor) == 0
                && methods.equals(s.methods) && drawn.equals(s.drawn);
    }

    @Override
    public int hashCode() {
        return (31 * Double.hashCode(partialRotaryFactor) + methods.hashCode()) * 31 + drawn.hashCode();
    }
}
