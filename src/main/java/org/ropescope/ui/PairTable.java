package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.plot.XYPlot;
import org.ropescope.chart.PairReadout;
import org.ropescope.chart.PeriodChart;
import org.ropescope.format.Numbers;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.model.TeachingModel;

/**
 * The per-pair numbers of every series drawn on the period chart: sortable, copyable (Ctrl+C copies
 * the selected rows as tab-separated text with a header), and synchronised with the chart through the
 * {@link TeachingModel}'s selected pair.
 */
final class PairTable extends VBox {

    /**
     * One pair: its index, and through {@link Reading} its frequency and every drawn series' period and
     * stretch, read from the chart when asked. The rows stay while d does: a new list on every frame of
     * a drag made the table index and style every cell on the screen again (13 ms a frame at d = 8192).
     */
    record Row(int pair, Reading reading) {
        double theta() {
            return reading.original.invFreq(pair);
        }

        PairReadout.Drawn drawn() {
            return reading.drawn;
        }

        List<PairReadout.Row> series() {
            return reading.drawn.at(pair);
        }
    }

    /** What every row reads: the chart's frequencies and drawn series as of its last update. */
    static final class Reading {
        private ScaledFrequencies original;
        private PairReadout.Drawn drawn;
    }

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final PeriodChart chart;
    private final TeachingModel teaching;
    private final TableView<Row> table = new TableView<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Reading reading = new Reading();
    private javafx.scene.control.skin.VirtualFlow<?> flow; // the table skin's, found once
    /** The number cells made so far (weakly: a rebuilt column's cells go): each shows its row anew. */
    private final java.util.Set<NumberCell> numberCells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private List<String> shownSeries = List.of();
    private List<String> shownHeaders = List.of(); // the columns' names: the series' names without their parameters
    private MethodTable shownTable; // the chart's book(): a new object after every update
    private boolean shownShortcut;
    private boolean syncing;

    PairTable(PeriodChart chart, TeachingModel teaching) {
        this.chart = chart;
        this.teaching = teaching;
        getStyleClass().add("pair-table-pane");
        settled.setOnFinished(e -> fitColumns(rows));
        createView();
        refresh();
        chart.chart().addChangeListener(e -> refresh());
        ViewScope.listen(teaching.selectedPairProperty(), (obs, was, now) -> selectPair(now.intValue()));
    }

    private void createView() {
        Label heading = new Label(text("table.heading"));
        heading.getStyleClass().add("section-title");
        Label hint = new Label(text("table.hint"));
        hint.getStyleClass().add("readout-note");
        hint.setWrapText(true);
        hint.fontProperty().addListener((obs, was, f) -> {
            hintFont = f;
            fitColumns(rows); // presentation mode's larger type
        });
        table.setId("pairTable");
        table.setItems(rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // every column as wide as its widest number (fitColumns); many series scroll sideways instead
        // of being squeezed to "6…"
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(text("table.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                teaching.selectedPairProperty().set(now.pair());
            }
        });
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
        MenuItem copy = new MenuItem(text("table.copy"));
        copy.setOnAction(e -> copySelection());
        table.setContextMenu(new ContextMenu(copy));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, hint, table);
    }

    /** Called by the tab pane: the rows follow the chart only while the table is seen. */
    void setShowing(boolean now) {
        showing = now;
        if (showing) {
            refresh();
        }
    }

    /**
     * Shows the chart's new numbers: new columns when the series' names change, new rows when d does,
     * else each number cell reads its row again; keeps the selected pair.
     */
    private void refresh() {
        if (!showing) {
            return; // hidden: a drag on another tab costs nothing here; setShowing(true) catches up
        }
        if (chart.book() == shownTable && chart.isShortcutShown() == shownShortcut) {
            return; // a highlight or another change that leaves the numbers as they are
        }
        shownTable = chart.book();
        ScaledFrequencies original = shownTable.first(MethodKind.DEFAULT);
        shownShortcut = chart.isShortcutShown();
        XYPlot plot = chart.chart().getXYPlot();
        List<String> series = PairReadout.series(plot);
        shownSeries = series;
        List<String> headers = series.stream().map(PairTable::header).toList();
        boolean fit = false; // whether the columns need fitting to the rows on the screen
        if (!headers.equals(shownHeaders)) { // a method's parameters follow m: its name stays, its column too
            shownHeaders = headers;
            rebuildColumns();
            fit = true;
        }
        reading.original = original;
        reading.drawn = PairReadout.drawn(plot);
        syncing = true;
        try {
            if (rows.size() != original.size()) { // d changed: other pairs
                List<Row> next = new ArrayList<>(original.size());
                for (int i = 0; i < original.size(); i++) {
                    next.add(new Row(i, reading));
                }
                rows.setAll(next);
                table.sort();
                fit = true;
            } else {
                if (!table.getSortOrder().isEmpty() && !sorted()) {
                    table.sort(); // sorted by a column whose order the change altered
                }
                for (NumberCell cell : numberCells) {
                    fit |= cell.showValue(); // a number grown past its column: fitted in this frame
                }
            }
            if (fit) {
                fitColumns(seenRows());
            }
            settled.playFromStart(); // every row measured once the numbers stop changing
        } finally {
            syncing = false;
        }
        selectPair(teaching.selectedPairProperty().get());
    }

    /** Whether the rows are in the order of the table's sort columns (a sort fires a change even when not). */
    private boolean sorted() {
        java.util.Comparator<Row> order = table.getComparator();
        for (int r = 1; r < rows.size(); r++) {
            if (order.compare(rows.get(r - 1), rows.get(r)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows on the screen and a few either side: what a frame of a drag must fit (measuring the
     * text of every row of every column was 48 ms a frame at d = 8192, finding every column's largest
     * and smallest value 2.5 ms); all rows when the table is not laid out yet.
     */
    private List<Row> seenRows() {
        if ((flow == null || flow.getScene() == null)
                && table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> f) {
            flow = f; // a lookup each frame walked every cell
        }
        if (flow != null && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            int from = Math.max(0, flow.getFirstVisibleCell().getIndex() - 8);
            int to = Math.min(rows.size(), flow.getLastVisibleCell().getIndex() + 9);
            if (from < to) {
                return rows.subList(from, to);
            }
        }
        return rows;
    }

    /** Fits the columns to every row a moment after the last change (a drag's end, a typed value). */
    private final PauseTransition settled = new PauseTransition(Duration.millis(250));

    private boolean showing;
    private javafx.scene.text.Font hintFont = javafx.scene.text.Font.getDefault();

    private void rebuildColumns() {
        List<TableColumn<Row, ?>> cols = new ArrayList<>();
        TableColumn<Row, Integer> index = new TableColumn<>("i");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pair()));
        index.setPrefWidth(40);
        index.setMinWidth(40);
        index.setId("pairColumn");
        // fitted as the numbers are: "4095" was cut to "4…" in a 40-pixel column at d = 8192
        index.getProperties().put(TEXT_OF, (java.util.function.Function<Row, String>) r -> Integer.toString(r.pair()));
        index.getProperties().put(VALUE_OF, (java.util.function.ToDoubleFunction<Row>) Row::pair);
        cols.add(index);
        TableColumn<Row, Number> theta = number("θᵢ", Row::theta,
                v -> v >= 0.01 ? Numbers.significant(v, 4)
                        : String.format(java.util.Locale.ROOT, "%.3e", v).replace("e-0", "e-")); // 2.371e-3
        theta.setPrefWidth(84);
        theta.setMinWidth(80); // "2.371e-3" in full
        cols.add(theta);
        for (int k = 0; k < shownSeries.size(); k++) {
            int s = k;
            TableColumn<Row, Number> period = number(twoLines(header(shownSeries.get(k))),
                    r -> r.drawn().period(s, r.pair()), Numbers::tokens);
            if (k > 0) {
                TableColumn<Row, Number> stretch = number(text("table.stretch"), r -> r.drawn().stretch(s, r.pair()),
                        v -> "×" + Numbers.significant(v, 4));
                stretch.setPrefWidth(72);
                stretch.setMinWidth(70); // "×2.576" and its header in full
                TableColumn<Row, Number> group = new TableColumn<>(twoLines(header(shownSeries.get(k))));
                period.setText(text("table.period"));
                group.getColumns().add(period);
                group.getColumns().add(stretch);
                cols.add(group);
            } else {
                cols.add(period);
            }
        }
        numberCells.clear(); // the old columns' cells go with them: no frame reads their rows again
        table.getColumns().setAll(cols);
    }

    /**
     * A column's name: a series' legend text up to its parameters ("YaRN: factor 4, beta_fast 32, ..."
     * is "YaRN"); the legend beside the table carries the parameters.
     */
    static String header(String series) {
        int colon = series.indexOf(':') > 0 ? series.indexOf(':') : series.indexOf('：'); // English, Chinese
        return colon > 0 ? series.substring(0, colon) : series;
    }

    /** A series name on two balanced lines, so a narrow header shows it whole: "Position\ninterpolation (PI)". */
    static String twoLines(String name) {
        int best = -1;
        int bestLength = name.length();
        for (int at = name.indexOf(' '); at > 0; at = name.indexOf(' ', at + 1)) {
            int longest = Math.max(at, name.length() - at - 1);
            if (longest < bestLength) {
                best = at;
                bestLength = longest;
            }
        }
        return name.length() > 10 && best > 0 ? name.substring(0, best) + "\n" + name.substring(best + 1) : name;
    }

    private TableColumn<Row, Number> number(String name, java.util.function.ToDoubleFunction<Row> value,
            java.util.function.DoubleFunction<String> text) {
        TableColumn<Row, Number> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        col.setCellFactory(c -> new NumberCell(value, text));
        col.getStyleClass().add("number-column");
        col.setPrefWidth(80);
        col.getProperties().put(TEXT_OF, (java.util.function.Function<Row, String>) r -> text.apply(value.applyAsDouble(r)));
        col.getProperties().put(VALUE_OF, value);
        return col;
    }

    /** A number of its row, shown again by {@link #showValue} when the chart changes and the row stays. */
    private final class NumberCell extends TableCell<Row, Number> {
        private final java.util.function.ToDoubleFunction<Row> value;
        private final java.util.function.DoubleFunction<String> text;

        NumberCell(java.util.function.ToDoubleFunction<Row> value, java.util.function.DoubleFunction<String> text) {
            this.value = value;
            this.text = text;
            numberCells.add(this);
        }

        @Override
        protected void updateItem(Number v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : text.apply(v.doubleValue()));
        }

        /**
         * Reads this cell's row again and lays out this cell alone: a number changes within its column's
         * width (fitted to every number) and a line's height, so the row and the table's flow above it
         * stay as they are. A request passed up made the flow index its rows again and restyle each
         * row's every cell (setCellIndex's applyCss), about 6 ms a frame at d = 8192. True when the
         * number no longer fits its column.
         */
        boolean showValue() {
            Row row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || isEmpty()) {
                return false;
            }
            String was = getText();
            quiet = true;
            try {
                updateItem(value.applyAsDouble(row), false);
                if (java.util.Objects.equals(was, getText())) {
                    return false;
                }
                layoutChildren();
            } finally {
                quiet = false;
            }
            for (javafx.scene.Node n : getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.text.Text shown && !shown.getText().equals(getText())) {
                    return true; // drawn cut ("6…"): the column must grow
                }
            }
            return false;
        }

        private boolean quiet;

        @Override
        public void requestLayout() {
            if (!quiet) {
                super.requestLayout();
            }
        }
    }

    private static final String TEXT_OF = "ropescope.textOf";
    private static final String VALUE_OF = "ropescope.valueOf";

    /**
     * Makes every number column as wide as its widest text among {@code shown} (every row, or those on
     * the screen): the rows with the largest and smallest value, which format longest, and the longest
     * text; a group at least as wide as its two-line header.
     */
    @SuppressWarnings("unchecked")
    private void fitColumns(List<Row> shown) {
        if (shown.isEmpty()) {
            return;
        }
        javafx.scene.text.Font font = javafx.scene.text.Font.font(hintFont.getFamily(), hintFont.getSize() / 0.923);
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(hintFont.getFamily(),
                javafx.scene.text.FontWeight.BOLD, hintFont.getSize() / 0.923);
        for (TableColumn<Row, ?> top : table.getColumns()) {
            double sum = 0;
            List<TableColumn<Row, ?>> leaves = top.getColumns().isEmpty() ? List.of(top) : top.getColumns();
            for (TableColumn<Row, ?> col : leaves) {
                var textOf = (java.util.function.Function<Row, String>) col.getProperties().get(TEXT_OF);
                var valueOf = (java.util.function.ToDoubleFunction<Row>) col.getProperties().get(VALUE_OF);
                if (textOf == null) {
                    sum += col.getWidth();
                    continue;
                }
                Row big = shown.get(0);
                Row small = shown.get(0);
                double bigValue = valueOf.applyAsDouble(big);
                double smallValue = bigValue;
                String longest = textOf.apply(big); // "×2.576" is longer than the largest, "×4"
                for (Row r : shown) {
                    double v = valueOf.applyAsDouble(r);
                    if (v > bigValue) {
                        big = r;
                        bigValue = v;
                    } else if (v < smallValue) {
                        small = r;
                        smallValue = v;
                    }
                    String t = textOf.apply(r);
                    longest = t.length() > longest.length() ? t : longest;
                }
                double w = Math.max(Math.max(Math.max(width(textOf.apply(big), font), width(textOf.apply(small), font)),
                        width(longest, font)), width(col.getText(), bold) + 8) + 22;
                col.setMinWidth(w);
                col.setPrefWidth(w);
                sum += w;
            }
            if (leaves.size() > 1) {
                double header = 0;
                for (String line : top.getText().split("\n")) {
                    header = Math.max(header, width(line, font) + 16);
                }
                if (header > sum) {
                    TableColumn<Row, ?> first = leaves.get(0);
                    first.setMinWidth(first.getMinWidth() + header - sum);
                    first.setPrefWidth(first.getMinWidth());
                }
            }
        }
    }

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private void selectPair(int pair) {
        Row current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.pair() == pair) {
            return;
        }
        syncing = true;
        try {
            if (pair < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).pair() == pair) {
                    table.getSelectionModel().clearAndSelect(r);
                    table.scrollTo(Math.max(0, r - 3));
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** The selected rows as tab-separated text (header first), as Ctrl+C copies them. */
    String selectionAsText() {
        List<Integer> pairs = table.getSelectionModel().getSelectedItems().stream().map(Row::pair).sorted().toList();
        return PairReadout.tabSeparated(chart.chart().getXYPlot(), pairs, i -> shownTable.first(MethodKind.DEFAULT).invFreq(i));
    }

    private void copySelection() {
        if (table.getSelectionModel().isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(selectionAsText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    TableView<Row> table() {
        return table;
    }
}
