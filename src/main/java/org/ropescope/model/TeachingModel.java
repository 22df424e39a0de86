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
import org.ropescope.math.Curve;
import org.ropescope.math.Teaching;

/**
 * The state of the teaching views, beside the {@link ExplorerModel} it explains: the "use lambda = s"
 * switch, the pair selected in the table or on the chart, and the method the rotation view compares
 * with original RoPE. Derived values (the shortcut's mismatch, the pairs that complete a turn) are
 * lazy bindings on the explorer's configuration.
 */
public final class TeachingModel {

    /** No pair selected. */
    public static final int NONE = -1;

    // ---- Properties -----------------------------------------------------------------------

    private final ExplorerModel explorer;

    private final BooleanProperty lambdaEqualsS = new SimpleBooleanProperty(this, "lambdaEqualsS", false);

    private final IntegerProperty selectedPair = new SimpleIntegerProperty(this, "selectedPair", NONE) {
        @Override
        public void set(int v) {
            super.set(v >= 0 && v < explorer.getConfig().pairs() ? v : NONE);
        }
    };

    private final ObjectProperty<Curve> rotationCurve = new SimpleObjectProperty<>(this, "rotationCurve",
            Curve.BASE_SCALED) {
        @Override
        public void set(Curve c) {
            super.set(c == null || c == Curve.ORIGINAL ? Curve.BASE_SCALED : c);
        }
    };

    // ---- Derived, read-only ---------------------------------------------------------------

    private final DoubleBinding mismatchPercent;
    private final IntegerBinding pairsCompletingTurn;

    public TeachingModel(ExplorerModel explorer) {
        this.explorer = explorer;
        mismatchPercent = Bindings.createDoubleBinding(
                () -> Teaching.naiveMismatchPercent(explorer.getConfig()), explorer.configProperty());
        pairsCompletingTurn = Bindings.createIntegerBinding(
                () -> Teaching.pairsCompletingTurn(explorer.getConfig()), explorer.configProperty());
        // a smaller d can leave the selection past the last pair
        explorer.dimProperty().addListener(obs -> selectedPair.set(selectedPair.get()));
    }

    public ExplorerModel explorer() {
        return explorer;
    }

    /** Draw and explain the shortcut {@code lambda = s} beside the correct rule. */
    public BooleanProperty lambdaEqualsSProperty() {
        return lambdaEqualsS;
    }

    /** The selected pair index, or {@link #NONE}; out-of-range values become {@link #NONE}. */
    public IntegerProperty selectedPairProperty() {
        return selectedPair;
    }

    /** The scaled method the rotation view shows beside original RoPE (never original itself). */
    public ObjectProperty<Curve> rotationCurveProperty() {
        return rotationCurve;
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
