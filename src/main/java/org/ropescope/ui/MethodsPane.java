package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.ropescope.chart.ChartStyle;
import org.ropescope.chart.MethodDataset;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.scaling.LongRope;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.Param;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;
import org.ropescope.math.scaling.Yarn;
import org.ropescope.model.MethodsModel;
import org.ropescope.text.Texts;

/**
 * The scaling methods in the side panel: the rotating share of each head, then one collapsible
 * section per kind of method with a check box (drawn or not), its line as the charts draw it, a
 * one-line summary and its parameters. A typed parameter is built into a method by the math layer;
 * if it is rejected the field is marked invalid with the one-line reason and nothing changes.
 */
final class MethodsPane extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final MethodsModel model;

    MethodsPane(MethodsModel model) {
        this.model = model;
        getStyleClass().add("methods-pane");
        createView();
    }

    private void createView() {
        Label heading = new Label(text("methods.heading"));
        heading.getStyleClass().add("section-title");
        Label problems = new Label();
        problems.setId("methodProblems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", model.problemsProperty().get()), model.problemsProperty()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        getChildren().addAll(heading, rotaryControl(), problems);
        for (MethodKind k : MethodKind.values()) {
            getChildren().add(section(k));
        }
    }

    // ---- partial rotary -------------------------------------------------------------------------

    private VBox rotaryControl() {
        Label name = new Label(text("methods.rotary.title"));
        name.getStyleClass().add("parameter-title");
        TextField text = new TextField();
        text.setId("rotaryField");
        text.getStyleClass().add("parameter-field");
        text.setPrefColumnCount(6);
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.setAlignment(Pos.CENTER_RIGHT);
        text.setTooltip(new Tooltip(text("methods.rotary.tooltip")));
        name.setLabelFor(text);
        Label error = errorLabel("rotaryError");
        Label note = new Label();
        note.setId("rotaryNote");
        note.getStyleClass().add("readout-note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> rotaryNote(model.contextProperty().get()),
                model.contextProperty()));

        Runnable show = () -> {
            text.setText(org.ropescope.math.Limits.plain(model.partialRotaryFactorProperty().get()));
            valid(text, error);
        };
        show.run();
        model.partialRotaryFactorProperty().addListener(obs -> show.run());
        Runnable commit = () -> {
            String t = text.getText() == null ? "" : text.getText().strip();
            java.math.BigDecimal v = org.ropescope.input.NumberText.parse(t,
                    org.ropescope.input.NumberText.Suffixes.DECIMAL);
            if (v == null) {
                invalid(text, error, text("methods.rotary.invalid", org.ropescope.input.NumberText.echo(t, Texts.language())));
                return;
            }
            try {
                ScalingContext.of(model.inputs().getConfig(), v.doubleValue()); // the math's own check
            } catch (InvalidConfigException e) {
                invalid(text, error, e.getMessage());
                return;
            }
            model.partialRotaryFactorProperty().set(v.doubleValue());
            show.run();
        };
        wire(text, commit, show,
                () -> org.ropescope.math.Limits.plain(model.partialRotaryFactorProperty().get()));
        HBox head = new HBox(8, name, spacer(), text);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, note, error);
        box.getStyleClass().add("parameter");
        return box;
    }

    static String rotaryNote(ScalingContext c) {
        if (!c.isPartial()) {
            return text("methods.rotary.all", Integer.toString(c.headDim()));
        }
        return text("methods.rotary.partial", Integer.toString(c.rotaryDim()), Integer.toString(c.headDim()),
                Integer.toString(c.pairs() - 1), Integer.toString(c.pairs()), Integer.toString(c.headPairs() - 1));
    }

    // ---- one section per kind -------------------------------------------------------------------

    private TitledPane section(MethodKind k) {
        CheckBox drawn = new CheckBox();
        drawn.setId(k.id() + "Drawn");
        drawn.selectedProperty().bindBidirectional(model.drawnProperty(k));
        drawn.disableProperty().bind(model.methodProperty(k).isNull());
        drawn.setAccessibleText(text("methods.draw.accessible", MethodTexts.label(k)));
        Line sample = new Line(0, 0, 30, 0);
        java.awt.Color awt = (java.awt.Color) ChartStyle.paint(k);
        sample.setStroke(Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
        sample.setStrokeWidth(2.6);
        if (k == MethodKind.LONGROPE) {
            sample.getStyleClass().add("method-swatch-text"); // black in the light chart: the text colour here
        }
        float[] dash = ((BasicStroke) ChartStyle.stroke(k)).getDashArray();
        if (dash != null) {
            for (float f : dash) {
                sample.getStrokeDashArray().add((double) f);
            }
        }
        Label title = new Label(MethodTexts.label(k));
        HBox graphic = new HBox(8, drawn, sample, title);
        graphic.setAlignment(Pos.CENTER_LEFT);

        // the parameters are built when the section is first opened: closed, as at start, they would
        // be a third of the window's nodes, styled, laid out and their summaries retyped on every change
        TitledPane pane = new TitledPane(null, null);
        pane.setId(k.id() + "Pane");
        pane.setGraphic(graphic);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add("method-section");
        pane.expandedProperty().addListener((obs, was, open) -> {
            if (open && pane.getContent() == null) {
                pane.setContent(content(k));
            }
        });
        return pane;
    }

    /** A section's parameters: the method's summary, a field per parameter, YaRN's truncate switch. */
    private VBox content(MethodKind k) {
        VBox content = new VBox(6);
        content.getStyleClass().add("method-content");
        Label summary = new Label();
        summary.setId(k.id() + "Summary");
        summary.getStyleClass().add("readout-note");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(k), model.methodProperty(k),
                model.contextProperty()));
        content.getChildren().add(summary);
        List<Runnable> refresh = new ArrayList<>();
        for (Param p : Param.typed(k)) {
            content.getChildren().add(field(k, p, refresh));
        }
        if (k == MethodKind.YARN) {
            CheckBox truncate = new CheckBox(MethodTexts.help(Param.TRUNCATE));
            truncate.setId("yarnTruncate");
            truncate.setWrapText(true);
            Runnable show = () -> truncate.setSelected(((Yarn) model.methodProperty(k).get()).truncate());
            show.run();
            refresh.add(show);
            truncate.setOnAction(e -> model.setMethod(current(k).with(Param.TRUNCATE, Optional.of(truncate.isSelected()))
                    .build(k)));
            content.getChildren().add(truncate);
        }
        model.methodProperty(k).addListener(obs -> refresh.forEach(Runnable::run));
        return content;
    }

    private String summary(MethodKind k) {
        ScalingMethod m = model.methodProperty(k).get();
        if (m == null) {
            return k == MethodKind.LONGROPE ? text("methods.longrope.empty") : "";
        }
        String s = MethodDataset.legendLabel(m, model.contextProperty().get());
        if (k == MethodKind.DEFAULT) {
            return text("methods.default.summary");
        }
        if (m instanceof LongRope) {
            s = text("methods.longrope.loaded", s, Integer.toString(((LongRope) m).longFactor().size()));
        }
        return s;
    }

    private MethodParameters current(MethodKind k) {
        ScalingMethod m = model.methodProperty(k).get();
        return m == null ? MethodParameters.DEFAULTS : MethodParameters.of(m);
    }

    private VBox field(MethodKind k, Param p, List<Runnable> refresh) {
        String id = ParamText.id(k, p);
        Label name = new Label(MethodTexts.title(p));
        name.getStyleClass().add("method-parameter-name");
        TextField text = new TextField();
        text.setId(id + "Field");
        text.getStyleClass().add("parameter-field");
        text.setPrefColumnCount(8);
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.setAlignment(Pos.CENTER_RIGHT);
        text.setTooltip(new Tooltip(MethodTexts.help(p)));
        text.setAccessibleText(text("methods.parameter.accessible", MethodTexts.label(k), MethodTexts.title(p),
                MethodTexts.help(p)));
        if (p == Param.FACTOR && k != MethodKind.DYNAMIC) {
            text.setPromptText("m / m_l");
        } else if (p == Param.SEQ_LEN) {
            text.setPromptText("m");
        } else {
            text.setPromptText(text("methods.parameter.default"));
        }
        name.setLabelFor(text);
        Label error = errorLabel(id + "Error");
        Runnable show = () -> {
            text.setText(ParamText.text(p, current(k)));
            valid(text, error);
        };
        show.run();
        refresh.add(show);
        Runnable commit = () -> {
            if (model.methodProperty(k).get() == null) {
                invalid(text, error, text("methods.parameter.noMethod", k.id()));
                return;
            }
            ScalingMethod built;
            try {
                built = ParamText.parse(p, current(k), text.getText()).build(k);
            } catch (IllegalArgumentException e) { // InvalidConfigException too: the math's one line
                invalid(text, error, e.getMessage());
                return;
            }
            if (!built.equals(model.methodProperty(k).get())) {
                model.setMethod(built);
            }
            show.run();
        };
        wire(text, commit, show, () -> ParamText.text(p, current(k)));
        HBox row = new HBox(8, name, spacer(), text);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, row, error);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void wire(TextField text, Runnable commit, Runnable show,
            java.util.function.Supplier<String> shown) {
        text.setOnAction(e -> commit.run());
        text.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !text.getText().equals(shown.get())) {
                commit.run();
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show.run();
                e.consume();
            }
        });
    }

    private static Label errorLabel(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setAccessibleRole(AccessibleRole.TEXT);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        return error;
    }

    private static void invalid(TextField text, Label error, String message) {
        error.setText(message);
        error.setVisible(true);
        text.pseudoClassStateChanged(INVALID, true);
    }

    private static void valid(TextField text, Label error) {
        error.setVisible(false);
        text.pseudoClassStateChanged(INVALID, false);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
