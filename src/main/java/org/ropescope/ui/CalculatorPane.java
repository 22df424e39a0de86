package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ropescope.format.Numbers;
import org.ropescope.hfconfig.RopeScalingJson;
import org.ropescope.input.InputField;
import org.ropescope.input.Parsed;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.diagnostics.BaseBound;
import org.ropescope.math.scaling.RopeCalculator;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.model.MethodsModel;
import org.ropescope.text.Texts;

/**
 * The RoPE calculator. One way is the readout above (type the context you want as {@code m}, read
 * {@code lambda*b}); the other is here: type a base and read the context it matches,
 * {@code m = m_l * (b'/b)^((d-2)/d)}. Below it, "Copy as config.json" puts the {@code rope_scaling}
 * block of the chosen method, with its parameters, on the clipboard.
 */
final class CalculatorPane extends VBox {

    private final MethodsModel model;
    private final TextField baseField = new TextField();
    private final Label contextValue = new Label();
    private final ComboBox<MethodKind> choice = new ComboBox<>();
    private List<MethodKind> lastDrawn = List.of();
    private Consumer<String> clipboard = CalculatorPane::toSystemClipboard;

    CalculatorPane(MethodsModel model) {
        this.model = model;
        getStyleClass().add("readout");
        createView();
    }

    private void createView() {
        Label heading = new Label(text("calculator.heading"));
        heading.getStyleClass().add("section-title");
        Label how = new Label(text("calculator.how"));
        how.getStyleClass().add("readout-note");
        how.setWrapText(true);

        Label name = new Label(text("calculator.base"));
        name.setLabelFor(baseField);
        baseField.setId("calcBaseField");
        baseField.getStyleClass().add("parameter-field");
        baseField.setPrefColumnCount(10);
        baseField.setAlignment(Pos.CENTER_RIGHT);
        baseField.setPromptText(text("calculator.base.prompt"));
        baseField.setTooltip(new Tooltip(text("calculator.base.tooltip")));
        contextValue.setId("calcContextValue");
        contextValue.getStyleClass().add("readout-value");
        contextValue.setWrapText(true);
        contextValue.textProperty().bind(Bindings.createStringBinding(this::matched, baseField.textProperty(),
                model.contextProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, name, spacer, baseField);
        row.setAlignment(Pos.CENTER_LEFT);

        choice.setId("copyMethodChoice");
        choice.setItems(FXCollections.observableArrayList(MethodKind.values()));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(MethodKind k) {
                return k == null ? "" : MethodTexts.label(k);
            }

            @Override
            public MethodKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        model.drawnMethodsProperty().addListener(obs -> followDrawn());
        followDrawn(); // the book's three: base scaling
        Button copy = new Button(text("calculator.copy"));
        copy.setId("copyConfigButton");
        copy.setTooltip(new Tooltip(text("calculator.copy.tooltip")));
        copy.setOnAction(e -> copyConfig());
        choice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(choice, Priority.ALWAYS);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        Label copyName = new Label(text("calculator.copy.of"));
        copyName.setLabelFor(choice);
        copyName.getStyleClass().add("readout-note");
        VBox copyRow = new VBox(6, choice, copy);

        getChildren().addAll(heading, how, row, contextValue, copyName, copyRow);
    }

    /**
     * The chosen method follows the drawing: a method just drawn becomes the choice, and a choice no
     * longer drawn gives way to the last one drawn; so Copy gives what the charts show.
     */
    private void followDrawn() {
        List<MethodKind> now = model.drawnMethodsProperty().get().stream().map(ScalingMethod::kind).toList();
        List<MethodKind> added = now.stream().filter(k -> !lastDrawn.contains(k) && k != MethodKind.DEFAULT)
                .toList();
        if (!added.isEmpty()) {
            choice.setValue(added.get(added.size() - 1));
        } else if (!now.isEmpty() && !now.contains(choice.getValue())) {
            choice.setValue(now.get(now.size() - 1));
        }
        lastDrawn = now;
    }

    private String matched() {
        String t = baseField.getText();
        if (t == null || t.isBlank()) {
            return "";
        }
        Parsed<Double> b = InputField.BASE.parse(t, Texts.language());
        if (!b.isOk()) {
            return b.error().replaceFirst("^b ", "b′ ");
        }
        ScalingContext c = model.contextProperty().get();
        try {
            double m = RopeCalculator.contextForBase(c, b.value());
            return text("calculator.matches", Numbers.grouped(Math.round(m)),
                    Numbers.significant(m / c.originalLength(), 6));
        } catch (InvalidConfigException e) {
            return e.getMessage();
        }
    }

    /**
     * Adds "base for a context" from the bound of Men et al. 2024 beside the period-matching
     * {@code lambda*b}: the smallest base that keeps the long-term decay non-negative up to {@code m}.
     */
    void showBaseBound(DiagnosticsJob job) {
        Label bound = new Label();
        bound.setId("calcBoundValue");
        bound.getStyleClass().add("readout-value");
        bound.setWrapText(true);
        Runnable show = () -> {
            DiagnosticsJob.Result r = job.resultProperty().get();
            ScalingContext c = model.contextProperty().get();
            boolean current = r != null && r.table() == model.tableProperty().get();
            BaseBound b = current ? r.forNew() : null;
            String tokens = Numbers.grouped(c.newLength());
            String matching = Numbers.significant(c.rotaryConfig().newBase(), 6);
            if (b == null) {
                bound.setText(text("calculator.bound.computing", tokens, matching));
            } else if (b.status() == BaseBound.Status.EXACT) {
                bound.setText(text("calculator.bound.exact", tokens, DiagnosticsReadout.scientific(b.base()), matching));
            } else {
                bound.setText(text("calculator.bound.notComputed", tokens, DiagnosticsReadout.reason(b), matching));
            }
        };
        job.resultProperty().addListener(obs -> show.run());
        model.tableProperty().addListener(obs -> show.run());
        show.run();
        getChildren().add(2, bound);
    }

    /** The text "Copy as config.json" puts on the clipboard for the chosen method, or a reason it cannot. */
    String configText() {
        MethodKind k = choice.getValue();
        ScalingMethod m = model.methodProperty(k).get();
        if (m == null) {
            return null;
        }
        return RopeScalingJson.render(m, model.contextProperty().get());
    }

    /** Copies {@link #configText()}; returns it, or {@code null} when the chosen kind has no method yet. */
    String copyConfig() {
        String text = configText();
        if (text != null) {
            clipboard.accept(text);
        }
        return text;
    }

    ComboBox<MethodKind> choice() {
        return choice;
    }

    /** Replaces the system clipboard (tests). */
    void setClipboard(Consumer<String> c) {
        clipboard = c;
    }

    private static void toSystemClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
