package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ropescope.math.Curve;

/** The teaching state needs no toolkit. */
class TeachingModelTest {

    private final ExplorerModel explorer = new ExplorerModel();
    private final TeachingModel teaching = new TeachingModel(explorer);

    @Test
    void derivedValuesFollowTheInputs() {
        assertEquals(46, teaching.pairsCompletingTurnProperty().get());
        assertEquals(-2.142793791229991, teaching.mismatchPercentProperty().get(), 1e-12);
        explorer.newLengthProperty().set(32768);
        assertEquals(-3.1969103253852826, teaching.mismatchPercentProperty().get(), 1e-12);
        explorer.originalLengthProperty().set(2048);
        assertEquals(41, teaching.pairsCompletingTurnProperty().get());
    }

    @Test
    void theSelectionIsAPairOrNone() {
        teaching.selectedPairProperty().set(63);
        assertEquals(63, teaching.selectedPairProperty().get());
        teaching.selectedPairProperty().set(64);
        assertEquals(TeachingModel.NONE, teaching.selectedPairProperty().get());
        teaching.selectedPairProperty().set(40);
        explorer.dimProperty().set(64); // 32 pairs: pair 40 is gone
        assertEquals(TeachingModel.NONE, teaching.selectedPairProperty().get());
    }

    @Test
    void theRotationViewComparesWithAScaledMethod() {
        assertEquals(Curve.BASE_SCALED, teaching.rotationCurveProperty().get());
        teaching.rotationCurveProperty().set(Curve.INTERPOLATED);
        assertEquals(Curve.INTERPOLATED, teaching.rotationCurveProperty().get());
        teaching.rotationCurveProperty().set(Curve.ORIGINAL); // original against itself shows nothing
        assertEquals(Curve.BASE_SCALED, teaching.rotationCurveProperty().get());
    }
}
