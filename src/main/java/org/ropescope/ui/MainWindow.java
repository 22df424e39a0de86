package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.fx.ChartViewer;
import org.ropescope.chart.PeriodChart;
import org.ropescope.chart.StretchChart;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.SchemesModel;
import org.ropescope.model.UndoHistory;
import org.ropescope.model.ViewSettings;
import org.ropescope.model.TeachingModel;

/**
 * The explorer window's content: the controls and the readout on the left, the period chart in
 * the middle (in {@link CenterTabs}, beside the teaching views). It binds to the {@link InputsModel} and holds no math.
 *
 * <p>The chart follows the model at most once per frame: a change of any input only marks the
 * chart stale; an {@link AnimationTimer} (which runs in the next pulse, before it is painted)
 * takes the latest period table and shows it. A drag that fires many value changes between two
 * frames therefore costs one recompute and one repaint, and the latest value always wins.
 */
public final class MainWindow extends BorderPane {

    private final WindowModels models;
    /** Every listener this view put on the models, taken off by {@link #retire()}. */
    private final ViewScope scope;
    private final InputsModel model;
    private final ViewSettings settings;
    private final UndoHistory<?> history;
    private final SessionActions sessions;
    private final TeachingModel teaching;
    private final SchemesModel schemes;
    private CenterTabs centerTabs;
    private final PeriodChart periodChart;
    private final ChartViewer viewer;
    private final ExportActions exports;
    private final StringBinding title;
    // issue 5: scaling methods, the stretch chart, presets, config.json, the calculator
    private final MethodsModel methods;
    private final StretchChart stretchChart;
    private final ChartViewer stretchViewer;
    private final MessageBar messages = new MessageBar();
    private java.util.function.Function<Path, String> folderOpener = FolderOpener::open;
    private final CalculatorPane calculator;
    private final DiagnosticsTabs diagnosticsTabs;
    private final ConfigJsonActions configJsonActions;
    private final AnimationTimer frameUpdate = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            periodView.changed();
            stretchView.changed();
        }
    };
    private Tab stretchTab;
    private RatioTab ratioTab;
    private final SlideActions slides;
    private SidePanel side;
    private PresentationLayout presentationLayout;
    private LectureActions lecture;

    /**
     * The period chart follows the model while the Periods or Table tab is in front, the stretch chart
     * while its tab is; each catches up when its tab comes back ({@link WhileSeen}), the period chart
     * also whenever it is asked for ({@link #periodChart()}; exports bring it up to date themselves).
     */
    private final WhileSeen periodView;
    private final WhileSeen stretchView;

    public MainWindow(InputsModel model) {
        this(new MethodsModel(model), new ViewSettings());
    }

    /** The window for {@code methods} and its inputs; undo covers both ({@link UndoHistory#of}). */
    public MainWindow(MethodsModel methods, ViewSettings settings) {
        this(WindowModels.of(methods, settings));
    }

    /**
     * A view over {@code models}: a second window built over the same models shows the same state (the
     * app builds the models once; see {@link RoPEScopeApp#view}).
     */
    MainWindow(WindowModels models) {
        scope = ViewScope.open();
        try {
            this.models = models;
            this.schemes = models.schemes();
            this.model = models.model();
            this.settings = models.settings();
            this.history = models.history();
            this.teaching = models.teaching();
            this.methods = models.methods();
            // first of this window's listeners, so the chart's update is the frame's first timer: its data
            // area is then drawn beside the other updates (equation, read-outs, layout), not after them
            ViewScope.listen(methods.tableProperty(), obs -> frameUpdate.start());
            DialogService dialogs = new FxDialogService(() -> getScene() == null ? null : getScene().getWindow());
            this.sessions = new SessionActions(dialogs, models);
            this.periodChart = new PeriodChart(methods.tableProperty().get());
            this.viewer = new LayeredChartViewer(periodChart.chart(), periodChart.liveLayers());
            this.exports = new ExportActions(periodChart, methods.tableProperty()::get, viewer);
            exports.setMethods(methods.tableProperty()::get);
            exports.setOnWritten(this::confirmExport);
            exports.setDialogs(dialogs);
            this.slides = new SlideActions(methods.tableProperty()::get, () -> periodChart.theme(),
                    () -> teaching.lambdaEqualsSProperty().get(), dialogs, this::confirmExport);
            this.stretchChart = new StretchChart(methods.tableProperty().get());
            this.stretchViewer = new ImageChartViewer(stretchChart.chart());
            this.periodView = new WhileSeen(() -> centerTabs == null || centerTabs.showsPeriodChart(),
                    () -> periodChart.update(methods.tableProperty().get()));
            this.stretchView = new WhileSeen(() -> stretchTab == null || stretchTab.isSelected(),
                    () -> stretchChart.update(methods.tableProperty().get()));
            this.calculator = new CalculatorPane(methods);
            this.diagnosticsTabs = new DiagnosticsTabs(methods, settings, new DiagnosticsJob());
            this.configJsonActions = new ConfigJsonActions(methods, messages, calculator, dialogs, history::group);
            this.title = sessions.title();
            getStyleClass().add("main-window");
            createView();
            init();
        } finally {
            scope.close();
        }
    }

    /**
     * Ends this view: its listeners come off the models and its background work stops, so a view that
     * replaced it (View &gt; Language) is the only one following them.
     */
    void retire() {
        scope.retire();
    }

    /** How many listeners this view has on the models (for tests). */
    int scopeSize() {
        return scope.size();
    }

    /** Where every command asks and reports (tests give a fake {@link DialogService}). */
    void setDialogs(DialogService dialogs) {
        sessions.setDialogs(dialogs);
        exports.setDialogs(dialogs);
        slides.setDialogs(dialogs);
        configJsonActions.setDialogs(dialogs);
    }

    private void createView() {
        side = new SidePanel(methods, history, calculator, diagnosticsTabs);
        setLeft(side.scroll());

        viewer.setId("periodChart");
        viewer.getStyleClass().add("chart-viewer");
        viewer.accessibleTextProperty().bind(Bindings.createStringBinding(() -> text("window.periods.accessible",
                describe(model.getConfig())), model.configProperty()));
        centerTabs = new CenterTabs(periodChart, viewer, teaching, methods); // Periods | Rotation | Table
        centerTabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            periodView.catchUp();
        });
        stretchViewer.setId("stretchChart");
        stretchViewer.getStyleClass().add("chart-viewer");
        stretchViewer.setAccessibleText(text("window.stretch.accessible"));
        stretchTab = new Tab(text("tab.stretch"));
        CenterTabs.contentOnFirstShow(stretchTab, stretchViewer); // Periods | Stretch | Rotation | Table
        stretchTab.setId("stretchTab");
        stretchTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                stretchView.catchUp();
            }
        });
        centerTabs.getTabs().add(1, stretchTab);
        ratioTab = new RatioTab(methods, teaching, settings);
        centerTabs.getTabs().add(2, ratioTab.tab()); // Periods | Stretch | Ratio | ...
        centerTabs.getTabs().addAll(diagnosticsTabs.tabs()); // ... | Decay | Angles
        centerTabs.addSchemes(new SchemesPane(methods, schemes, history::group));
        exports.setShownTable(() -> { // the Schemes view's CSV is its own table, as the schemes command writes it
            Tab front = centerTabs.getSelectionModel().getSelectedItem();
            if (front == null || !"schemesTab".equals(front.getId())) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ExportActions.ShownTable("schemes", centerTabs.schemes()::writeTable));
        });
        exports.setShownChart(() -> { // the chart commands draw the chart in front
            Tab front = centerTabs.getSelectionModel().getSelectedItem();
            if (diagnosticsTabs.shown() != null) {
                return diagnosticsTabs.shown();
            }
            if (front == ratioTab.tab()) {
                return new ExportActions.Shown(ratioTab.chart().chart(), "ratio", ratioTab.viewer());
            }
            if (front == stretchTab) {
                return new ExportActions.Shown(stretchChart.chart(), "stretch", stretchViewer);
            }
            if (front != null && "schemesTab".equals(front.getId())) {
                return new ExportActions.Shown(centerTabs.schemes().chart().chart(), "schemes",
                        centerTabs.schemes().viewer());
            }
            if (front != null && "rotationTab".equals(front.getId())) {
                return new ExportActions.Shown(centerTabs.rotation().chart().chart(), "rotation",
                        centerTabs.rotation().viewer());
            }
            return new ExportActions.Shown(periodChart.chart(), "periods", viewer);
        });
        setCenter(centerTabs);
        setBottom(messages);
    }

    private static String describe(RopeConfig c) {
        return "b = " + Numbers.grouped(c.base()) + ", d = " + c.dim() + ", m_l = " + Numbers.grouped(c.originalLength())
                + ", m = " + Numbers.grouped(c.newLength());
    }

    private void init() {
        new Appearance(this, settings, periodChart); // every chart follows the look: one way, Appearance.follow
        Appearance.follow(settings.lookProperty(), stretchChart);
        centerTabs.followTheme(settings.lookProperty());
        stretchChart.setShortcutShown(teaching.lambdaEqualsSProperty().get()); // the miss shows best here
        ViewScope.listen(teaching.lambdaEqualsSProperty(), (obs, was, on) -> stretchChart.setShortcutShown(on));
        new PresentationMode(this, settings);
        presentationLayout = new PresentationLayout(this, settings, side.scroll(), side.extras(), centerTabs, messages,
                periodChart);
        AltReleaseGuard.install(this);
        lecture = new LectureActions(this, sessions, teaching, centerTabs, settings, methods, messages);
        setTop(WindowCommands.top(this, sessions, lecture));
    }

    /** lambda = s, the tab in front, the selected pair and presentation mode, as a session keeps them. */
    org.ropescope.session.ViewState viewState() {
        return lecture.viewState();
    }

    /** View > Add current view as a step. */
    void addStep() {
        lecture.addStep();
    }

    /** Shows the next ({@code +1}) or previous ({@code -1}) lecture step, if there is one. */
    boolean walkSteps(int direction) {
        return lecture.walk(direction);
    }

    LectureSteps lectureSteps() {
        return sessions.steps();
    }

    /** Says which file an export wrote, with a button that shows its folder. */
    private void confirmExport(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        messages.info(text("window.exported", file.getFileName().toString(), folder.toString()), text("window.showInFolder"), () -> {
            String failed = folderOpener.apply(folder);
            if (failed != null) {
                messages.show(List.of(failed), true);
            }
        });
    }

    /** How "Show in folder" opens a folder (tests replace it); returns why it could not, or null. */
    void setFolderOpener(java.util.function.Function<Path, String> opener) {
        folderOpener = java.util.Objects.requireNonNull(opener);
    }

    /** The ratio chart (the Ratio tab). */
    org.ropescope.chart.RatioChart ratioChart() {
        return ratioTab.chart();
    }

    /** The stretch chart (the Stretch tab). */
    public StretchChart stretchChart() {
        return stretchChart;
    }

    /** The Schemes view's settings (ALiBi heads, T5 buckets, d_model). */
    public SchemesModel schemes() {
        return schemes;
    }

    /** The drawn methods and their parameters. */
    public MethodsModel methods() {
        return methods;
    }

    SlideActions slideActions() {
        return slides;
    }

    ConfigJsonActions configJsonActions() {
        return configJsonActions;
    }

    /** The models this window shows (a new window over them shows the same state). */
    WindowModels models() {
        return models;
    }

    CalculatorPane calculator() {
        return calculator;
    }

    MessageBar messages() {
        return messages;
    }

    /** Opens a session file as one undoable step; a bad file shows one message and changes nothing. */
    public boolean openSession(Path file) {
        return sessions.open(file);
    }

    /** Saves the whole state to {@code file} (written atomically); a failure shows one message. */
    public boolean saveSession(Path file) {
        return sessions.saveTo(file);
    }

    /** The window title: the session's file name, if any, and the app's name. */
    public ObservableStringValue titleProperty() {
        return title;
    }

    public ViewSettings settings() {
        return settings;
    }

    public UndoHistory<?> history() {
        return history;
    }

    /** The chart shown in the window (and drawn to files by export). */
    /** The period chart's viewer (drawn in layers). */
    public LayeredChartViewer periodViewer() {
        return (LayeredChartViewer) viewer;
    }

    /** The period chart, showing the model's latest values (brought up to date if its tab is hidden). */
    public PeriodChart periodChart() {
        periodView.catchUp();
        return periodChart;
    }

    /** The export commands of the File menu and the toolbar. */
    public ExportActions exportActions() {
        return exports;
    }

    public InputsModel model() {
        return model;
    }

    /** The teaching views' state (the lambda = s switch, the selected pair, the rotation view's method). */
    public TeachingModel teaching() {
        return teaching;
    }

    /** The Decay and Angles tabs. */
    public DiagnosticsTabs diagnosticsTabs() {
        return diagnosticsTabs;
    }

    PresentationLayout presentationLayout() {
        return presentationLayout;
    }

    CenterTabs centerTabs() {
        return centerTabs;
    }
}
