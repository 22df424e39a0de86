package org.ropescope.math.scaling;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A RoPE scaling method with its parameters: an immutable, validated value. Each implementation
 * is a record whose constructor rejects bad parameters with an
 * {@link org.ropescope.math.InvalidConfigException} naming the parameter, and whose
 * {@link #evaluate} follows Hugging Face transformers' {@code modeling_rope_utils.py} (the function
 * named in each record's documentation), in double precision.
 *
 * <p>Methods are independent of the model: the same method can be evaluated on any
 * {@link ScalingContext}, and any number of methods can be evaluated on one context and drawn side by
 * side (see {@link MethodTable}). A factor left empty follows the context's {@code s = m / m_l}, so
 * the book's curves keep up with the new-length slider.
 *
 * <pre>{@code
 * ScalingContext ctx = new ScalingContext(500_000, 128, 1.0, 8192, 131_072);
 * ScaledFrequencies f = Llama3.of(8, 1, 4).evaluate(ctx);
 * f.invFreq(20);          // 1.6560440081e-02
 * f.stretch(63);          // 8
 * }</pre>
 */
public sealed interface ScalingMethod permits DefaultRope, Linear, Ntk, DynamicNtk, Yarn, Llama3, LongRope {

    /** Which kind of method this is; its {@link MethodKind#id()} is the {@code rope_type}. */
    MethodKind kind();

    /**
     * Every rotating pair's inverse frequency, period and stretch on {@code context}, and the
     * attention factor where the method has one.
     *
     * @throws org.ropescope.math.InvalidConfigException if the parameters do not fit this context
     *         (a {@code long_factor} list of the wrong length, for instance); the message names the parameter
     */
    ScaledFrequencies evaluate(ScalingContext context);

    /**
     * The factor this method stretches by on {@code context}: its own {@code factor}, or the
     * context's {@code m / m_l} when it has none (1 for {@link DefaultRope}).
     */
    double factor(ScalingContext context);

    /** The attention factor on {@code context}, for {@code yarn} and {@code longrope}; empty otherwise. */
    default OptionalDouble attentionFactor(ScalingContext context) {
        return OptionalDouble.empty();
    }

    /** Shorthand for {@code kind().id()}. */
    default String id() {
        return kind().id();
    }

    /** Shorthand for {@code kind().label()}. */
    default String label() {
        return kind().label();
    }

    /**
     * The book's three curves, which are methods like the others: the original model, position
     * interpolation and base scaling, both following the context's {@code s = m / m_l}, in that order.
     * Each period is computed straight from its closed form ({@link org.ropescope.math.RopeMath}), so
     * every value is within a few ulps of the exact one.
     */
    static List<ScalingMethod> bookMethods() {
        return List.of(DefaultRope.INSTANCE, Linear.followingContext(), Ntk.followingContext());
    }

    /**
     * Whether this is one of the {@link #bookMethods() book's curves}: the original, or PI or base scaling
     * following {@code m / m_l} (legends name these without their parameters).
     */
    default boolean isBook() {
        return bookMethods().contains(this);
    }
}
