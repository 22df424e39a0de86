package org.ropescope.model;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableObjectValue;
import org.ropescope.math.Limits;
import org.ropescope.math.RopeConfig;

/**
 * The four inputs every view starts from ({@code b}, {@code d}, {@code m_l}, {@code m}) as JavaFX
 * properties, and the values derived from them. The curves drawn from them, the book's among the
 * other methods, are the {@link MethodsModel}'s {@link MethodsModel#tableProperty() method table}.
 *
 * <p>Each input property holds only valid values: it clamps or ignores what it is given, in one
 * place, so no view has to. Raising {@code m_l} past {@code m} carries {@code m} along, and
 * {@code m} never falls below {@code m_l}. Derived values are lazy bindings: a slider drag that
 * changes an input a hundred times between two frames invalidates them a hundred times but
 * computes them once, when the frame asks.
 */
public final class InputsModel {

    // ---- Properties -----------------------------------------------------------------------

    private final DoubleProperty base = new SimpleDoubleProperty(this, "base", RopeConfig.DEFAULT.base()) {
        @Override
        public void set(double v) {
            if (v > Limits.BASE_EXCLUSIVE_MIN) { // NaN and values <= 1 are ignored
                super.set(Math.min(v, Limits.BASE_MAX));
            }
        }
    };

    private final IntegerProperty dim = new SimpleIntegerProperty(this, "dim", RopeConfig.DEFAULT.dim()) {
        @Override
        public void set(int v) {
            int even = v % 2 == 0 ? v : v + 1;
            super.set(Math.max(Limits.DIM_MIN, Math.min(Limits.DIM_MAX, even)));
        }
    };

    private final LongProperty newLength = new SimpleLongProperty(this, "newLength", RopeConfig.DEFAULT.newLength()) {
        @Override
        public void set(long v) {
            super.set(Math.max(originalLengthOrDefault(), Math.min(Limits.LENGTH_MAX, v)));
        }
    };

    private final LongProperty originalLength = new SimpleLongProperty(this, "originalLength",
            RopeConfig.DEFAULT.originalLength()) {
        @Override
        public void set(long v) {
            super.set(Math.max(Limits.LENGTH_MIN, Math.min(Limits.LENGTH_MAX, v)));
        }

        @Override
        protected void invalidated() {
            if (newLength.get() < get()) {
                newLength.set(get()); // carry m along
            }
        }
    };

    // ---- Derived, read-only ---------------------------------------------------------------

    private final ObjectBinding<RopeConfig> config = Bindings.createObjectBinding(
            () -> RopeConfig.of(base.get(), dim.get(), originalLength.get(), newLength.get()),
            base, dim, originalLength, newLength);

    private final DoubleBinding scale = Bindings.createDoubleBinding(() -> config.get().scale(), config);
    private final DoubleBinding lambda = Bindings.createDoubleBinding(() -> config.get().lambda(), config);
    private final DoubleBinding newBase = Bindings.createDoubleBinding(() -> config.get().newBase(), config);

    public InputsModel() {
    }

    public InputsModel(RopeConfig initial) {
        apply(initial);
    }

    private long originalLengthOrDefault() {
        // newLength's set() runs once inside the super constructor chain before originalLength exists
        return originalLength == null ? Limits.LENGTH_MIN : originalLength.get();
    }

    public DoubleProperty baseProperty() {
        return base;
    }

    public IntegerProperty dimProperty() {
        return dim;
    }

    public LongProperty originalLengthProperty() {
        return originalLength;
    }

    public LongProperty newLengthProperty() {
        return newLength;
    }

    /** The current configuration; always valid; a lazy binding, computed when first asked after a change. */
    public ObservableObjectValue<RopeConfig> configProperty() {
        return config;
    }

    public ObservableDoubleValue scaleProperty() {
        return scale;
    }

    public ObservableDoubleValue lambdaProperty() {
        return lambda;
    }

    public ObservableDoubleValue newBaseProperty() {
        return newBase;
    }

    public RopeConfig getConfig() {
        return config.get();
    }

    // ---- Commands -------------------------------------------------------------------------

    /** Sets all four inputs from a valid configuration (lengths first, so m is never clamped). */
    public void apply(RopeConfig c) {
        if (c.originalLength() > newLength.get()) {
            newLength.set(c.newLength());
            originalLength.set(c.originalLength());
        } else {
            originalLength.set(c.originalLength());
            newLength.set(c.newLength());
        }
        base.set(c.base());
        dim.set(c.dim());
    }

    /** Back to the defaults: b = 10,000, d = 128, 4k stretched to 16k. */
    public void reset() {
        apply(RopeConfig.DEFAULT);
    }
}
