package org.ropescope.model;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableIntegerValue;
import java.util.ArrayList;
import java.util.List;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.Teaching;

/**
 * The state of the teaching views, beside the {@link InputsModel} it explains: the "use lambda = s"
 * switch, the pair selected in the table or on the chart, and the method the rotation view compares
 * with original RoPE. Derived values (the shortcut's mismatch, the pairs that complete a turn) are
 * lazy bindings on the configuration of its inputs.
 */
public final class TeachingModel {

    /** No pair selected. */
    public static final int NONE = -1;

    // ---- Properties -----------------------------------------------------------------------

    private final InputsModel inputs;

    private final BooleanProperty lambdaEqualsS = new SimpleBooleanProperty(this, "lambdaEqualsS", false);

    private final IntegerProperty selectedPair = new SimpleIntegerProperty(this, "selectedPair", NONE) {
        @Override
        public void set(int v) {
            super.set(v >= 0 && v < inputs.getConfig().pairs() ? v : NONE);
        }
    };

    private final ObjectProperty<MethodKind> rotationMethod = new SimpleObjectProperty<>(this, "rotationMethod",
            MethodKind.NTK) {
        @Override
        public void set(MethodKind k) {
            super.set(k == null || k == MethodKind.DEFAULT ? MethodKind.NTK : k);
        }
    };

    // ---- Derived, read-only ---------------------------------------------------------------

    private final DoubleBinding mismatchPercent;
    private final IntegerBinding pairsCompletingTurn;

    public TeachingModel(InputsModel inputs) {
        this.inputs = inputs;
        mismatchPercent = Bindings.createDoubleBinding(
                () -> Teaching.naiveMismatchPercent(inputs.getConfig()), inputs.configProperty());
        pairsCompletingTurn = Bindings.createIntegerBinding(
                () -> Teaching.pairsCompletingTurn(inputs.getConfig()), inputs.configProperty());
        // a smaller d can leave the selection past the last pair
        inputs.dimProperty().addListener(obs -> selectedPair.set(selectedPair.get()));
    }

    public InputsModel inputs() {
        return inputs;
    }

    /** Draw and explain the shortcut {@code lambda = s} beside the correct rule. */
    public BooleanProperty lambdaEqualsSProperty() {
        return lambdaEqualsS;
    }

    /** The selected pair index, or {@link #NONE}; out-of-range values become {@link #NONE}. */
    public IntegerProperty selectedPairProperty() {
        return selectedPair;
    }

    /**
     * The kind of scaled method the rotation view shows beside original RoPE (never original itself);
     * {@link #rotationShown} says which it draws when this kind is not drawn.
     */
    public ObjectProperty<MethodKind> rotationMethodProperty() {
        return rotationMethod;
    }

    /**
     * The scaled methods the rotation view offers: the evaluated drawn methods other than original
     * RoPE, in drawing order; when none is drawn, the book's base scaling ({@code ntk} of
     * {@code methods}), so the view always has a scaled side.
     */
    public static List<ScaledFrequencies> rotationChoices(MethodTable drawn, ScalingMethod ntk) {
        List<ScaledFrequencies> out = new ArrayList<>();
        for (ScaledFrequencies f : drawn.results()) {
            if (f.method().kind() != MethodKind.DEFAULT) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            out.add(ntk.evaluate(drawn.context()));
        }
        return out;
    }

    /** What the rotation view draws: the choice of kind {@code chosen} if offered, else the first offered. */
    public static ScaledFrequencies rotationShown(MethodKind chosen, List<ScaledFrequencies> choices) {
        return choices.stream().filter(f -> f.method().kind() == chosen).findFirst().orElse(choices.get(0));
    }

    /** How far the last pair's period under {@code lambda = s} falls from PI's, in percent. */
    public ObservableDoubleValue mismatchPercentProperty() {
        return mismatchPercent;
    }

    /** How many pairs complete a full turn within {@code m_l} tokens. */
    public ObservableIntegerValue pairsCompletingTurnProperty() {
        return pairsCompletingTurn;
    }
}
