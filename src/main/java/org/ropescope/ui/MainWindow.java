package org.ropescope.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.ropescope.chart.PeriodChart;
import org.ropescope.format.Numbers;
import org.ropescope.input.InputField;
import org.ropescope.model.ExplorerModel;

/**
 * The explorer window's content: the controls and the readout on the left, the period chart in
 * the middle. It binds to the {@link ExplorerModel} and holds no math.
 *
 * <p>The chart follows the model at most once per frame: a change of any input only marks the
 * chart stale; an {@link AnimationTimer} (which runs in the next pulse, before it is painted)
 * takes the latest period table and shows it. A drag that fires many value changes between two
 * frames therefore costs one recompute and one repaint, and the latest value always wins.
 */
public final class MainWindow extends BorderPane {

    private final ExplorerModel model;
    private final PeriodChart periodChart;
    private final ChartViewer viewer;
    private final ExportActions exports;
    private final AnimationTimer frameUpdate = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            periodChart.update(model.tableProperty().get());
        }
    };

    public MainWindow(ExplorerModel model) {
        this.model = model;
        this.periodChart = new PeriodChart(model.tableProperty().get());
        this.viewer = new ChartViewer(periodChart.chart());
        this.exports = new ExportActions(periodChart, model.tableProperty()::get, viewer);
        getStyleClass().add("main-window");
        createView();
        init();
    }

    private void createView() {
        setTop(new VBox(menuBar(), exports.toolBar()));

        ParameterControl base = new ParameterControl("base", "Base  b", "The RoPE base (rope_theta).",
                InputField.BASE, model.baseProperty(), SliderScale.base(), Numbers::grouped, v -> null);
        ParameterControl dim = new ParameterControl("dim", "Head dimension  d",
                "The dimension of one attention head; it rotates in d/2 pairs.",
                InputField.DIM, model.dimProperty(), SliderScale.dim(), v -> Integer.toString((int) v), v -> null);
        ParameterControl orig = new ParameterControl("orig", "Original context  m_l",
                "The context length the model was trained on. 4k = 4,096, 128k = 131,072, 1M = 1,048,576.",
                InputField.ORIGINAL_LENGTH, model.originalLengthProperty(), SliderScale.length(), Numbers::grouped,
                v -> null);
        ParameterControl next = new ParameterControl("new", "New context  m",
                "The context length to stretch to; at least m_l. 4k = 4,096, 128k = 131,072, 1M = 1,048,576.",
                InputField.NEW_LENGTH, model.newLengthProperty(), SliderScale.length(), Numbers::grouped,
                v -> v < model.originalLengthProperty().get()
                        ? "m must be at least m_l (" + Numbers.grouped(model.originalLengthProperty().get())
                                + "); raise m_l first to shorten both"
                        : null);

        Label heading = new Label("Inputs");
        heading.getStyleClass().add("section-title");
        VBox side = new VBox(heading, base, dim, orig, next, new ReadoutPane(model));
        side.getStyleClass().add("side-panel");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        setLeft(scroll);

        viewer.setId("periodChart");
        viewer.getStyleClass().add("chart-viewer");
        viewer.setAccessibleText("Chart of the period of every dimension pair for original RoPE, "
                + "position interpolation and base scaling");
        setCenter(viewer);
    }

    private MenuBar menuBar() {
        MenuItem reset = new MenuItem("Reset to defaults");
        reset.setId("resetItem");
        reset.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reset.setOnAction(e -> model.reset());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().hide());
        Menu file = new Menu("_File", null, reset, new SeparatorMenuItem(), quit);
        file.getItems().addAll(0, exports.menuItems());
        file.setId("fileMenu");
        MenuBar bar = new MenuBar(file);
        bar.setId("menuBar");
        return bar;
    }

    private void init() {
        model.tableProperty().addListener(obs -> frameUpdate.start());
    }

    /** The chart shown in the window (and drawn to files by export). */
    public PeriodChart periodChart() {
        return periodChart;
    }

    /** The export commands of the File menu and the toolbar. */
    public ExportActions exportActions() {
        return exports;
    }

    public ExplorerModel model() {
        return model;
    }
}
