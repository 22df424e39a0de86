package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.jfree.chart.fx.ChartViewer;
import org.ropescope.chart.SchemesChart;
import org.ropescope.input.NumberText;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.schemes.SchemeFacts;
import org.ropescope.math.schemes.SchemePreset;
import org.ropescope.math.schemes.SchemeSettings;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.SchemesModel;
import org.ropescope.text.Texts;

/**
 * The Schemes view: RoPE beside ALiBi, T5's relative buckets and the sinusoidal encoding for the same
 * {@code m_l} and {@code m}. A bar of the schemes' settings and model presets, the four-panel
 * {@link SchemesChart}, and the side-by-side facts of going from {@code m_l} to {@code m}. A value the
 * settings refuse is named beside the fields and never drawn. Redraws at most once per frame, only while
 * showing.
 */
final class SchemesPane extends BorderPane {

    private final MethodsModel methods;
    private final SchemesModel schemes;
    private final Consumer<Runnable> group;
    private final SchemesChart chart;
    private final ChartViewer viewer;
    private final ComboBox<SchemePreset> preset = new ComboBox<>(FXCollections.observableArrayList(SchemePreset.all()));
    private final Spinner<Integer> heads = spinner("alibiHeads", 1, 1024, 1);
    private final Spinner<Integer> buckets = spinner("t5Buckets", 4, 1024, 2);
    private final TextField maxDistance = new TextField();
    private final CheckBox bidirectional = new CheckBox(text("schemes.t5.bidirectional"));
    private final Spinner<Integer> dModel = spinner("dModel", 4, 8192, 2);
    private final TextField shownHeads = new TextField();
    private final Label error = new Label();
    private final GridPane facts = new GridPane();
    private final WhenShown refresh = new WhenShown(this::refresh, true); // the facts are built on first show
    private boolean listing; // the controls are being set from the model

    /** @param group runs a change as one undoable step (a preset sets several values) */
    SchemesPane(MethodsModel methods, SchemesModel schemes, Consumer<Runnable> group) {
        this.methods = methods;
        this.schemes = schemes;
        this.group = group;
        this.chart = new SchemesChart(methods.tableProperty().get(), schemes.getSettings());
        this.viewer = new ChartViewer(chart.chart());
        getStyleClass().add("schemes-pane");
        setId("schemesPane");
        createView();
        showSettings(schemes.getSettings());
        schemes.settingsProperty().addListener((obs, was, now) -> {
            showSettings(now);
            request();
        });
        methods.tableProperty().addListener(obs -> request());
    }

    private void createView() {
        preset.setId("schemesPreset");
        preset.setPromptText(text("schemes.preset.prompt"));
        preset.setTooltip(new Tooltip(text("schemes.preset.tooltip")));
        preset.setOnAction(e -> {
            if (!listing && preset.getValue() != null) {
                apply(preset.getValue());
            }
        });
        maxDistance.setId("t5MaxDistance");
        maxDistance.setPrefColumnCount(7);
        maxDistance.setOnAction(e -> commit());
        maxDistance.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        shownHeads.setId("alibiShownHeads");
        shownHeads.setPrefColumnCount(6);
        shownHeads.setTooltip(new Tooltip(text("schemes.alibi.shown.tooltip")));
        shownHeads.setOnAction(e -> commit());
        shownHeads.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        bidirectional.setId("t5Bidirectional");
        bidirectional.selectedProperty().addListener(obs -> commit());
        for (Spinner<Integer> s : List.of(heads, buckets, dModel)) {
            s.valueProperty().addListener(obs -> commit());
        }
        error.setId("schemesError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FlowPane bar = new FlowPane(8, 6, labelled(text("schemes.preset"), preset),
                labelled(text("schemes.alibi.heads"), heads), labelled(text("schemes.alibi.shown"), shownHeads),
                labelled(text("schemes.t5.buckets"), buckets), labelled(text("schemes.t5.maxDistance"), maxDistance),
                bidirectional, labelled(text("schemes.sinusoidal.dModel"), dModel), error);
        bar.getStyleClass().add("view-toolbar");
        setTop(bar);

        viewer.setId("schemesChart");
        viewer.setMinHeight(460); // four panels need the height; the facts scroll
        viewer.getStyleClass().add("chart-viewer");
        viewer.setAccessibleText(text("schemes.chart.accessible"));
        facts.setId("schemesFacts");
        facts.getStyleClass().add("schemes-facts");
        facts.setHgap(14);
        facts.setVgap(6);
        ScrollPane factsScroll = new ScrollPane(facts);
        factsScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(viewer, factsScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        setCenter(split);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(new IntegerSpinnerValueFactory(min, max, min, step));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(95);
        return s;
    }

    private static javafx.scene.layout.HBox labelled(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(5, l, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** The controls' values as settings, or the reason they are refused, shown beside them. */
    private void commit() {
        if (listing) {
            return;
        }
        BigDecimal md = NumberText.parse(maxDistance.getText(), NumberText.Suffixes.BINARY);
        if (md == null || md.stripTrailingZeros().scale() > 0 || md.abs().compareTo(BigDecimal.valueOf(1e12)) > 0) {
            error.setText(text("schemes.t5.maxDistance.invalid", NumberText.echo(maxDistance.getText().strip(), Texts.language())));
            return;
        }
        try {
            int h = heads.getValue();
            SchemeSettings now = schemes.getSettings();
            List<Integer> shown = h != now.heads() && shownHeads.getText().strip().equals(now.shownText())
                    ? now.shownHeads().stream().filter(k -> k <= h).toList() // fewer heads: drop the ones gone
                    : SchemeSettings.parseShown(shownHeads.getText(), h);
            schemes.setSettings(new SchemeSettings(h, buckets.getValue(), md.longValue(),
                    bidirectional.isSelected(), dModel.getValue(), shown));
            error.setText("");
        } catch (InvalidConfigException e) {
            error.setText(e.getMessage());
        }
    }

    private void showSettings(SchemeSettings s) {
        listing = true;
        try {
            heads.getValueFactory().setValue(s.heads());
            buckets.getValueFactory().setValue(s.t5Buckets());
            maxDistance.setText(Long.toString(s.t5MaxDistance()));
            bidirectional.setSelected(s.t5Bidirectional());
            dModel.getValueFactory().setValue(s.dModel());
            shownHeads.setText(s.shownText());
            error.setText("");
        } finally {
            listing = false;
        }
    }

    /** A preset: its scheme's settings and, where it has them, b, d and m_l (m kept at least m_l); one step. */
    void apply(SchemePreset p) {
        group.accept(() -> {
            schemes.setSettings(p.applyTo(schemes.getSettings()));
            RopeConfig c = methods.inputs().getConfig();
            double b = p.base().orElse(c.base());
            int d = p.dim().orElse(c.dim());
            long ml = p.trainingLength().orElse(c.originalLength());
            methods.inputs().apply(RopeConfig.of(b, d, ml, Math.max(ml, c.newLength())));
        });
    }

    /** Called by the tab pane: draw only what is seen. */
    void setShowing(boolean now) {
        refresh.setShowing(now);
    }

    private void request() {
        refresh.request();
    }

    private void refresh() {
        chart.update(methods.tableProperty().get(), schemes.getSettings());
        showFacts(SchemeFacts.of(methods.tableProperty().get().context().rotaryConfig(), schemes.getSettings()));
    }

    private void showFacts(List<SchemeFacts> rows) {
        facts.getChildren().clear();
        facts.getColumnConstraints().clear();
        ColumnConstraints head = new ColumnConstraints(110);
        facts.getColumnConstraints().add(head);
        String[] rowNames = {"", text("schemes.facts.beyond"), text("schemes.facts.retrofit"), text("schemes.facts.cost"),
            text("schemes.facts.source")};
        for (int r = 0; r < rowNames.length; r++) {
            Label name = new Label(rowNames[r]);
            name.getStyleClass().add("section-title");
            name.setWrapText(true);
            facts.add(name, 0, r);
        }
        for (int k = 0; k < rows.size(); k++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setHgrow(Priority.ALWAYS);
            col.setMinWidth(100);
            col.setPrefWidth(150);
            facts.getColumnConstraints().add(col);
            SchemeFacts f = rows.get(k);
            String[] texts = {text("schemes.name." + f.scheme().replaceAll("[^A-Za-z0-9]", "")), f.beyond(), f.retrofit(),
                f.cost(), f.paper()};
            for (int r = 0; r < texts.length; r++) {
                Label l = new Label(texts[r]);
                l.setWrapText(true);
                l.setMinWidth(0);
                l.setPrefWidth(150);
                l.getStyleClass().add(r == 0 ? "section-title" : r == 4 ? "readout-note" : "schemes-fact");
                l.setId(r == 0 ? null : "fact" + f.scheme().replaceAll("[^A-Za-z0-9]", "") + r);
                facts.add(l, k + 1, r);
            }
        }
    }

    /** The most a table written from the window may take; larger ones are for the command line. */
    static final long WINDOW_TABLE_BYTES = 256L << 20;

    /**
     * Writes the view's table (as the schemes command does) to {@code file}; a table too large to write
     * without freezing the window (1,024 heads and 100,001 rows are about 2 GB) is refused with the
     * command that writes it.
     */
    void writeTable(java.nio.file.Path file) throws java.io.IOException {
        org.ropescope.math.scaling.ScalingContext c = methods.contextProperty().get();
        SchemeSettings s = schemes.getSettings();
        long bytes = org.ropescope.export.SchemesCsv.estimatedBytes(c.newLength(), s.heads());
        if (bytes > WINDOW_TABLE_BYTES) {
            String command = "java -jar ropescope.jar schemes --base " + org.ropescope.math.Limits.plain(c.base())
                    + " --dim " + c.rotaryDim() + " --orig " + c.originalLength() + " --new " + c.newLength()
                    + " --heads " + s.heads() + " --t5-buckets " + s.t5Buckets() + " --t5-max-distance "
                    + s.t5MaxDistance() + (s.t5Bidirectional() ? " --t5-bidirectional" : "") + " --d-model "
                    + s.dModel() + " --csv FILE"; // a command line, not words: the same in every language
            throw new java.io.IOException(text("schemes.table.tooLarge", Long.toString(bytes >> 20), command));
        }
        org.ropescope.export.SchemesCsv.write(c.base(), c.rotaryDim(), c.newLength(), s, file);
    }

    SchemesChart chart() {
        return chart;
    }

    /** The viewer showing the chart (what the export commands measure when this view is in front). */
    ChartViewer viewer() {
        return viewer;
    }

    /** The facts as shown: one label per scheme and row. */
    GridPane facts() {
        return facts;
    }
}
