package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ropescope.input.InputField;
import org.ropescope.input.Parsed;
import org.ropescope.text.Texts;

/**
 * One input: a title, a logarithmic slider and a text field, both showing the same model
 * property. Dragging updates the text; typing a value and pressing Enter (or leaving the field)
 * moves the slider. A value that is malformed or outside the field's rule marks the field invalid,
 * shows what is allowed underneath, and changes nothing else.
 */
final class ParameterControl extends VBox {

    /** The value field's width, in columns, for short values; longer ones widen it. */
    private static final int FIELD_COLUMNS = 6;
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final InputField field;
    private final Property<Number> value;
    private final SliderScale scale;
    private final DoubleFunction<String> crossCheck;
    private final DoubleFunction<String> display;

    private final Slider slider = new Slider();
    private final TextField text = new TextField();
    private final Label error = new Label();
    private final Label name = new Label();
    private final String title;
    private final String help;
    private boolean syncing;
    private java.util.function.DoubleBinaryOperator shiftStep;

    /**
     * @param id         the stem of the controls' ids: {@code <id>Slider}, {@code <id>Field}, {@code <id>Error}
     * @param crossCheck a rule that involves other inputs (m >= m_l); returns a message or {@code null}
     */
    ParameterControl(String id, String title, String help, InputField field, Property<Number> value,
            SliderScale scale, DoubleFunction<String> display, DoubleFunction<String> crossCheck) {
        this.field = field;
        this.value = value;
        this.scale = scale;
        this.display = display;
        this.crossCheck = crossCheck;
        this.title = title;
        this.help = help;
        getStyleClass().add("parameter");
        createView(id, title, help);
        init();
    }

    private void createView(String id, String title, String help) {
        name.setText(title);
        name.getStyleClass().add("parameter-title");
        name.setMinWidth(Region.USE_PREF_SIZE); // never cut: where it and the value do not fit, the value goes below
        name.setLabelFor(text);
        text.setId(id + "Field");
        text.getStyleClass().add("parameter-field");
        // as wide as its value and a column more: every digit shows (9 columns showed 23,000,000 as
        // "23,000,00"); where title and value do not fit one line, the value goes below (TitleLine)
        text.setPrefColumnCount(FIELD_COLUMNS);
        text.textProperty().addListener((obs, was, now) ->
                text.setPrefColumnCount(Math.max(FIELD_COLUMNS, now.length() + 1)));
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.setAlignment(Pos.CENTER_RIGHT);
        text.setAccessibleText(text("parameter.field.accessible", title, field.rule(Texts.language())));
        text.setAccessibleHelp(fieldHelp());
        text.setTooltip(new Tooltip(text("parameter.field.tooltip", help, field.rule(Texts.language()))));
        TitleLine head = new TitleLine(name, text, 8);

        slider.setId(id + "Slider");
        slider.setMin(scale.minPosition());
        slider.setMax(scale.maxPosition());
        slider.setMajorTickUnit(scale.majorTickUnit());
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        // the skin's tick axis fades its labels in over half a second: 35 extra frames after the first
        // one (each a full copy of the window's pixels on the software renderer) for nothing to see
        slider.skinProperty().addListener((o, was, skin) -> stillTicks(slider));
        slider.setAccessibleRoleDescription(text("parameter.slider.role"));
        slider.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> text("parameter.slider.accessible", title, display.apply(value.getValue().doubleValue())), value));
        slider.setAccessibleHelp(text("parameter.slider.help", help));
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return scale.tickLabel(position);
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });

        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setAccessibleRole(AccessibleRole.TEXT);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);

        getChildren().addAll(head, slider, error);
    }

    private void init() {
        showValue(value.getValue().doubleValue());
        ViewScope.listen(value, (obs, old, now) -> showValue(now.doubleValue()));
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                value.setValue(scale.toValue(now.doubleValue()));
                // the model may have clamped or snapped the value: show what it holds
                showValue(value.getValue().doubleValue());
            }
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::onSliderKey);
        text.setOnAction(e -> commitText());
        text.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !text.getText().equals(display.apply(value.getValue().doubleValue()))) {
                commitText();
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isEditing()) {
                showValue(value.getValue().doubleValue());
                e.consume();
            } else if (!isEditing() && (UNDO.match(e) || REDO.match(e))) {
                // nothing typed: Shortcut+Z is the window's undo, not the field's own text undo
                runWindowShortcut(e);
            }
        });
    }

    private String fieldHelp() {
        return text("parameter.field.help", help);
    }

    /** True while the field shows text other than the current value (a value being typed). */
    private boolean isEditing() {
        return !text.getText().equals(display.apply(value.getValue().doubleValue()));
    }

    private void runWindowShortcut(KeyEvent e) {
        if (getScene() == null) {
            return;
        }
        for (var entry : getScene().getAccelerators().entrySet()) {
            if (entry.getKey().match(e)) {
                entry.getValue().run();
                e.consume();
                return;
            }
        }
    }

    private void onSliderKey(KeyEvent e) {
        int direction = switch (e.getCode()) {
            case RIGHT, UP, KP_RIGHT, KP_UP, PAGE_UP -> 1;
            case LEFT, DOWN, KP_LEFT, KP_DOWN, PAGE_DOWN -> -1;
            default -> 0;
        };
        if (direction != 0 && e.isShiftDown() && shiftStep != null) {
            value.setValue(shiftStep.applyAsDouble(value.getValue().doubleValue(), direction));
            e.consume();
        } else if (direction != 0) {
            boolean large = e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN;
            value.setValue(scale.step(value.getValue().doubleValue(), direction, large));
            e.consume();
        }
    }

    private void commitText() {
        Parsed<Double> parsed = field.parse(text.getText(), Texts.language());
        String problem = parsed.isOk() ? crossCheck.apply(parsed.value()) : parsed.error();
        if (problem != null) {
            error.setText(problem);
            error.setVisible(true);
            text.setAccessibleHelp(problem); // a screen reader says what is wrong with the field
            text.pseudoClassStateChanged(INVALID, true);
            return;
        }
        value.setValue(parsed.value());
        showValue(value.getValue().doubleValue());
    }

    private void showValue(double v) {
        syncing = true;
        try {
            slider.setValue(scale.toPosition(v));
            text.setText(display.apply(v));
            error.setVisible(false);
            text.setAccessibleHelp(fieldHelp());
            text.pseudoClassStateChanged(INVALID, false);
        } finally {
            syncing = false;
        }
    }

    Slider slider() {
        return slider;
    }

    /**
     * Underlines {@code letter} in the title (the first word starting with it), so Alt and that letter
     * moves the focus to this input's text field.
     */
    ParameterControl withMnemonic(char letter) {
        int at = -1;
        for (int k = 0; k < title.length() && at < 0; k++) { // the start of a word, so not "Hea_d"
            if (title.charAt(k) == letter && (k == 0 || title.charAt(k - 1) == ' ')) {
                at = k;
            }
        }
        if (at < 0) { // a title in another script (基数  b): the letter after it, as Chinese menus do
            name.setText(text("parameter.mnemonic", title.replace("_", "__"), "_" + letter));
        } else {
            // JavaFX takes the first single underscore as the mnemonic: escape the ones before it (m_l)
            name.setText(title.substring(0, at).replace("_", "__") + "_" + title.substring(at));
        }
        name.setMnemonicParsing(true);
        return this;
    }

    /**
     * With Shift held, the arrow keys step by {@code step(value, direction)} instead (m: multiples of
     * m_l, "twice as long"); {@code help} is added to what a screen reader says.
     */
    ParameterControl withShiftStep(java.util.function.DoubleBinaryOperator step, String help) {
        shiftStep = (v, d) -> step.applyAsDouble(v, d);
        slider.setAccessibleHelp(slider.getAccessibleHelp() + " " + help);
        slider.setTooltip(new javafx.scene.control.Tooltip(help));
        return this;
    }

    /** True while the slider is being dragged: the changes of one drag make one undo step. */
    ReadOnlyBooleanProperty changingProperty() {
        return slider.valueChangingProperty();
    }

    TextField textField() {
        return text;
    }

    /** The slider's tick axis (the skin's, once it has one) without animation. */
    static void stillTicks(Slider slider) {
        for (Node n : slider.lookupAll(".axis")) {
            if (n instanceof javafx.scene.chart.Axis<?> axis) {
                axis.setAnimated(false);
            }
        }
    }
}
