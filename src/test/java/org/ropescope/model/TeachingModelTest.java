package org.ropescope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingMethod;

/** The teaching state needs no toolkit. */
class TeachingModelTest {

    private final InputsModel explorer = new InputsModel();
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
        assertEquals(MethodKind.NTK, teaching.rotationMethodProperty().get());
        teaching.rotationMethodProperty().set(MethodKind.YARN);
        assertEquals(MethodKind.YARN, teaching.rotationMethodProperty().get());
        teaching.rotationMethodProperty().set(MethodKind.DEFAULT); // original against itself shows nothing
        assertEquals(MethodKind.NTK, teaching.rotationMethodProperty().get());
    }

    @Test
    void theRotationViewOffersEveryDrawnScaledMethodAndFallsBackToTheFirst() {
        MethodsModel methods = new MethodsModel(explorer);
        methods.drawnProperty(MethodKind.YARN).set(true);
        methods.drawnProperty(MethodKind.LLAMA3).set(true);
        ScalingMethod ntk = methods.methodProperty(MethodKind.NTK).get();
        List<ScaledFrequencies> choices = TeachingModel.rotationChoices(methods.tableProperty().get(), ntk);
        assertEquals(List.of(MethodKind.LINEAR, MethodKind.NTK, MethodKind.YARN, MethodKind.LLAMA3),
                choices.stream().map(f -> f.method().kind()).toList());
        assertEquals(MethodKind.YARN, TeachingModel.rotationShown(MethodKind.YARN, choices).method().kind());
        assertEquals(MethodKind.LINEAR, TeachingModel.rotationShown(MethodKind.DYNAMIC, choices).method().kind());

        for (MethodKind k : List.of(MethodKind.LINEAR, MethodKind.NTK, MethodKind.YARN, MethodKind.LLAMA3)) {
            methods.drawnProperty(k).set(false);
        }
        choices = TeachingModel.rotationChoices(methods.tableProperty().get(), ntk);
        assertEquals(List.of(MethodKind.NTK), choices.stream().map(f -> f.method().kind()).toList(),
                "only original drawn: the book's base scaling, so there is a scaled side");
    }
}
