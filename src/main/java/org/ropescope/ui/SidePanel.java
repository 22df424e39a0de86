package org.ropescope.ui;

import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.ropescope.format.Numbers;
import org.ropescope.input.InputField;
import org.ropescope.math.Limits;
import org.ropescope.math.Teaching;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.UndoHistory;

/**
 * The window's left side, scrolling: the four inputs (b, d, m_l, m), the readout, the calculator, the
 * diagnostics readout and the scaling methods. A drag of any input's slider is one undo step.
 */
final class SidePanel {

    private final ScrollPane scroll;
    private final List<Node> extras;

    SidePanel(MethodsModel methods, UndoHistory<?> history, CalculatorPane calculator, DiagnosticsTabs diagnostics) {
        InputsModel model = methods.inputs();
        ParameterControl base = new ParameterControl("base", "Base  b", "The RoPE base (rope_theta).",
                InputField.BASE, model.baseProperty(), SliderScale.base(), Numbers::grouped, v -> null)
                .withMnemonic('B');
        ParameterControl dim = new ParameterControl("dim", "Head dimension  d",
                "The dimension of one attention head; it rotates in d/2 pairs.",
                InputField.DIM, model.dimProperty(), SliderScale.dim(), v -> Integer.toString((int) v), v -> null)
                .withMnemonic('d');
        ParameterControl orig = new ParameterControl("orig", "Original context  m_l",
                "The context length the model was trained on. 4k = 4,096, 128k = 131,072, 1M = 1,048,576.",
                InputField.ORIGINAL_LENGTH, model.originalLengthProperty(), SliderScale.length(), Numbers::grouped,
                v -> null).withMnemonic('O');
        ParameterControl next = new ParameterControl("new", "New context  m",
                "The context length to stretch to; at least m_l. 4k = 4,096, 128k = 131,072, 1M = 1,048,576.",
                InputField.NEW_LENGTH, model.newLengthProperty(), SliderScale.length(), Numbers::grouped,
                v -> v < model.originalLengthProperty().get()
                        ? "m must be at least m_l (" + Numbers.grouped(model.originalLengthProperty().get())
                                + "); lower m_l first to shorten both"
                        : null).withMnemonic('N')
                .withShiftStep((v, dir) -> {
                    double ml = model.originalLengthProperty().get();
                    double s = Teaching.nextScale(v / ml, (int) dir);
                    return Math.min(Limits.LENGTH_MAX, Math.rint(s * ml));
                }, "Shift with the arrow keys steps m through 1, 1.5, 2, 3, 4, 6, 8, 12, 16, ... times m_l.");
        history.gestureProperty().bind(anyChanging(base, dim, orig, next)); // a drag is one undo step

        Label heading = new Label("Inputs");
        heading.getStyleClass().add("section-title");
        VBox side = new VBox(heading, base, dim, orig, next, new ReadoutPane(methods.rotaryConfigProperty())
                .notingWhenNotDrawn(methods.drawnProperty(MethodKind.NTK)),
                calculator, new DiagnosticsReadout(methods, diagnostics.job()), new MethodsPane(methods));
        calculator.showBaseBound(diagnostics.job());
        side.getStyleClass().add("side-panel");
        scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        uncacheViewport(scroll);
        // presentation's strip keeps the four inputs; everything else in the panel makes way
        extras = side.getChildren().stream().filter(n -> !(n instanceof ParameterControl)).toList();
    }

    /** The panel, in its scroll pane. */
    ScrollPane scroll() {
        return scroll;
    }

    /** Everything in the panel but the four inputs (presentation mode's strip hides these). */
    List<Node> extras() {
        return extras;
    }

    /**
     * JavaFX's scroll pane caches its viewport as one image, so a changed label inside it repaints the
     * whole side panel into that image on every frame of a drag. Without the cache only the changed
     * labels are repainted (prism's dirty regions).
     */
    private static void uncacheViewport(ScrollPane scroll) {
        scroll.skinProperty().addListener((obs, was, skin) -> {
            if (skin != null && scroll.lookup(".viewport") != null) {
                scroll.lookup(".viewport").setCache(false);
            }
        });
    }

    private static BooleanBinding anyChanging(ParameterControl... controls) {
        return Bindings.createBooleanBinding(() -> Stream.of(controls).anyMatch(c -> c.changingProperty().get()),
                Stream.of(controls).map(ParameterControl::changingProperty).toArray(Observable[]::new));
    }
}
