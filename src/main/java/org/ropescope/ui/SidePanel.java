package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

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
        ParameterControl base = new ParameterControl("base", text("side.base.title"), text("side.base.help"),
                InputField.BASE, model.baseProperty(), SliderScale.base(), Numbers::grouped, v -> null)
                .withMnemonic('B');
        ParameterControl dim = new ParameterControl("dim", text("side.dim.title"), text("side.dim.help"),
                InputField.DIM, model.dimProperty(), SliderScale.dim(), v -> Integer.toString((int) v), v -> null)
                .withMnemonic('d');
        ParameterControl orig = new ParameterControl("orig", text("side.orig.title"), text("side.orig.help"),
                InputField.ORIGINAL_LENGTH, model.originalLengthProperty(), SliderScale.length(), Numbers::grouped,
                v -> null).withMnemonic('O');
        ParameterControl next = new ParameterControl("new", text("side.new.title"), text("side.new.help"),
                InputField.NEW_LENGTH, model.newLengthProperty(), SliderScale.length(), Numbers::grouped,
                v -> v < model.originalLengthProperty().get()
                        ? text("side.new.belowOriginal", Numbers.grouped(model.originalLengthProperty().get()))
                        : null).withMnemonic('N')
                .withShiftStep((v, dir) -> {
                    double ml = model.originalLengthProperty().get();
                    double s = Teaching.nextScale(v / ml, (int) dir);
                    return Math.min(Limits.LENGTH_MAX, Math.rint(s * ml));
                }, text("side.new.shiftStep"));
        history.gestureProperty().bind(anyChanging(base, dim, orig, next)); // a drag is one undo step

        Label heading = new Label(text("side.heading"));
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
