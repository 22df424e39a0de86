package org.ropescope.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.MethodSelection;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * Which scaling methods the window draws, each with its parameters, and the share of each head that
 * rotates; on top of the four inputs of an {@link InputsModel}.
 *
 * <p>Every kind of method has one slot: a validated {@link ScalingMethod} (built from
 * {@link MethodParameters}, so a slot never holds a bad parameter) and whether it is drawn. The
 * book's three are drawn at first: the original, PI and base scaling, both following {@code m / m_l}.
 * {@code longrope} has no method until a preset or a config.json brings its lists, and cannot be
 * drawn before.
 *
 * <p>The derived {@link #tableProperty() method table} is a lazy binding, like
 * {@link InputsModel#configProperty()}: a drag invalidates it many times and computes it once,
 * when the frame asks. A drawn method that does not fit the context (a {@code long_factor} list of
 * the wrong length after {@code d} changed) is left out of the table and named in
 * {@link #problemsProperty()}.
 */
public final class MethodsModel {

    private final InputsModel inputs;

    // ---- Properties -----------------------------------------------------------------------

    private final DoubleProperty partialRotaryFactor = new SimpleDoubleProperty(this, "partialRotaryFactor", 1.0) {
        @Override
        public void set(double v) {
            if (v > 0) { // NaN and values <= 0 are ignored
                super.set(Math.min(v, 1.0));
            }
        }
    };

    private final Map<MethodKind, ObjectProperty<ScalingMethod>> methods = new EnumMap<>(MethodKind.class);
    private final Map<MethodKind, BooleanProperty> drawn = new EnumMap<>(MethodKind.class);

    // ---- Derived, read-only ---------------------------------------------------------------

    private final ObjectBinding<ScalingContext> context;
    private final ObjectBinding<RopeConfig> rotaryConfig;
    private final ObjectBinding<List<ScalingMethod>> drawnMethods;
    private final ObjectBinding<Evaluated> evaluated;
    private final ObjectBinding<MethodTable> table;
    private final ObjectBinding<List<String>> problems;

    private record Evaluated(MethodTable table, List<String> problems) {
    }

    public MethodsModel(InputsModel inputs) {
        this.inputs = inputs;
        List<Observable> deps = new ArrayList<>();
        for (MethodKind k : MethodKind.values()) {
            ObjectProperty<ScalingMethod> m = new SimpleObjectProperty<>(this, k.id() + "Method", defaultMethod(k));
            BooleanProperty d = new SimpleBooleanProperty(this, k.id() + "Drawn") {
                @Override
                public void set(boolean v) {
                    super.set(v && m.get() != null); // nothing to draw without a method
                }
            };
            methods.put(k, m);
            drawn.put(k, d);
            deps.add(m);
            deps.add(d);
        }
        context = Bindings.createObjectBinding(() -> contextFor(inputs.getConfig(), partialRotaryFactor.get()),
                inputs.configProperty(), partialRotaryFactor);
        rotaryConfig = Bindings.createObjectBinding(() -> context.get().rotaryConfig(), context);
        drawnMethods = Bindings.createObjectBinding(this::collectDrawn, deps.toArray(Observable[]::new));
        evaluated = Bindings.createObjectBinding(() -> evaluate(context.get(), drawnMethods.get()), context,
                drawnMethods);
        table = Bindings.createObjectBinding(() -> evaluated.get().table(), evaluated);
        problems = Bindings.createObjectBinding(() -> evaluated.get().problems(), evaluated);
        resetMethods();
    }

    /** What each slot holds at first: {@link MethodParameters#DEFAULTS} built, none for {@code longrope}. */
    static ScalingMethod defaultMethod(MethodKind k) {
        return k == MethodKind.LONGROPE ? null : MethodParameters.DEFAULTS.build(k);
    }

    /**
     * The context for {@code c} with {@code p} of each head rotating. When {@code int(d * p)} is odd or
     * below 4 (a {@code d} dragged to where the factor no longer fits), the rotated dimension is rounded
     * down to an even number of at least 4.
     */
    public static ScalingContext contextFor(RopeConfig c, double p) {
        int rotary = (int) (c.dim() * p);
        if (rotary >= 4 && rotary % 2 == 0) {
            return ScalingContext.of(c, p);
        }
        int fixed = Math.min(c.dim(), Math.max(4, rotary - rotary % 2));
        double q = fixed == c.dim() ? 1.0 : Math.nextUp((double) fixed / c.dim());
        return ScalingContext.of(c, q);
    }

    private List<ScalingMethod> collectDrawn() {
        List<ScalingMethod> out = new ArrayList<>();
        for (MethodKind k : MethodKind.values()) {
            if (drawn.get(k).get() && methods.get(k).get() != null) {
                out.add(methods.get(k).get());
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Evaluated evaluate(ScalingContext c, List<ScalingMethod> ms) {
        List<ScaledFrequencies> fit = new ArrayList<>(); // each evaluated once: the table keeps these
        List<String> problems = new ArrayList<>();
        for (ScalingMethod m : ms) {
            try {
                fit.add(m.evaluate(c));
            } catch (InvalidConfigException e) {
                problems.add(m.label() + " is not drawn: " + e.getMessage());
            }
        }
        return new Evaluated(MethodTable.ofResults(c, fit), List.copyOf(problems));
    }

    public InputsModel inputs() {
        return inputs;
    }

    /** The share of each head that rotates, in (0, 1]; 1 for most models, 0.25 for GPT-NeoX. */
    public DoubleProperty partialRotaryFactorProperty() {
        return partialRotaryFactor;
    }

    /** The method of kind {@code k} with its parameters; {@code null} only for {@code longrope} before it is loaded. */
    public ReadOnlyObjectProperty<ScalingMethod> methodProperty(MethodKind k) {
        return methods.get(k);
    }

    /** Whether the method of kind {@code k} is drawn; stays false while the kind has no method. */
    public BooleanProperty drawnProperty(MethodKind k) {
        return drawn.get(k);
    }

    /** The context every method is evaluated on: the four inputs and the rotating share. */
    public ObservableObjectValue<ScalingContext> contextProperty() {
        return context;
    }

    /**
     * The book's set-up for the rotating part: the inputs with {@code d} the rotated dimension; equal to
     * {@link InputsModel#configProperty()} when every pair rotates. The period-matching readout shows it.
     */
    public ObservableObjectValue<RopeConfig> rotaryConfigProperty() {
        return rotaryConfig;
    }

    /** The drawn methods, in {@link MethodKind} order (so each keeps its colour). */
    public ObservableObjectValue<List<ScalingMethod>> drawnMethodsProperty() {
        return drawnMethods;
    }

    /** Every drawn method that fits evaluated on the context; computed when first asked after a change. */
    public ObservableObjectValue<MethodTable> tableProperty() {
        return table;
    }

    /** One line per drawn method that does not fit the context, saying why; empty when all fit. */
    public ObservableObjectValue<List<String>> problemsProperty() {
        return problems;
    }

    /** Every property a change of methods goes through (slots, drawn flags, rotating share): undo watches these. */
    public List<Observable> observables() {
        List<Observable> out = new ArrayList<>();
        out.add(partialRotaryFactor);
        for (MethodKind k : MethodKind.values()) {
            out.add(methods.get(k));
            out.add(drawn.get(k));
        }
        return out;
    }

    /** The methods as they are now, with all their parameters, which are drawn, and the rotating share. */
    public MethodSelection selection() {
        Map<MethodKind, ScalingMethod> set = new EnumMap<>(MethodKind.class);
        EnumSet<MethodKind> on = EnumSet.noneOf(MethodKind.class);
        for (MethodKind k : MethodKind.values()) {
            if (methods.get(k).get() != null) {
                set.put(k, methods.get(k).get());
            }
            if (drawn.get(k).get()) {
                on.add(k);
            }
        }
        return new MethodSelection(partialRotaryFactor.get(), set, on);
    }

    // ---- Commands -------------------------------------------------------------------------

    /** Puts {@code m} (already validated by its record) in the slot of its kind. */
    public void setMethod(ScalingMethod m) {
        methods.get(m.kind()).set(m);
    }

    /**
     * Shows a model: its context (inputs and rotating share) and exactly {@code toDraw}, each put in
     * its slot; the other slots keep their parameters and are not drawn.
     */
    public void apply(ScalingContext c, List<? extends ScalingMethod> toDraw) {
        inputs.apply(RopeConfig.of(c.base(), c.headDim(), c.originalLength(), c.newLength()));
        partialRotaryFactor.set(c.partialRotaryFactor());
        for (ScalingMethod m : toDraw) {
            setMethod(m);
        }
        for (MethodKind k : MethodKind.values()) {
            drawn.get(k).set(toDraw.stream().anyMatch(m -> m.kind() == k));
        }
    }

    /**
     * Puts {@code s} back exactly: every slot it names holds its method, every other slot its default
     * (none for {@code longrope}), and exactly its kinds are drawn.
     */
    public void restore(MethodSelection s) {
        partialRotaryFactor.set(s.partialRotaryFactor());
        for (MethodKind k : MethodKind.values()) {
            methods.get(k).set(s.methods().containsKey(k) ? s.methods().get(k) : defaultMethod(k));
        }
        for (MethodKind k : MethodKind.values()) {
            drawn.get(k).set(s.drawn().contains(k));
        }
    }

    /** Every slot back to its defaults, the book's three drawn, every pair rotating. */
    public void resetMethods() {
        partialRotaryFactor.set(1.0);
        for (MethodKind k : MethodKind.values()) {
            if (k != MethodKind.LONGROPE || methods.get(k).get() == null) {
                methods.get(k).set(defaultMethod(k));
            }
            drawn.get(k).set(ScalingMethod.bookMethods().stream().anyMatch(m -> m.kind() == k));
        }
    }
}
