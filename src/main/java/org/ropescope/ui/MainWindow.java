package org.ropescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.ropescope.AppInfo;
import org.ropescope.chart.PeriodChart;
import org.ropescope.chart.StretchChart;
import org.ropescope.format.Numbers;
import org.ropescope.input.InputField;
import org.ropescope.math.RopeConfig;
import org.ropescope.model.InputsModel;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.SchemesModel;
import org.ropescope.model.Theme;
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
    private final ToggleGroup themes = new ToggleGroup();
    private final CheckMenuItem zoomItem = new CheckMenuItem("_Zoom to the last pairs");
    private final StringBinding title;
    // issue 5: scaling methods, the stretch chart, presets, config.json, the calculator
    private final MethodsModel methods;
    private final StretchChart stretchChart;
    private final ChartViewer stretchViewer;
    private final MessageBar messages = new MessageBar();
    private java.util.function.Function<Path, String> folderOpener = FolderOpener::open;
    private final CalculatorPane calculator;
    private final DiagnosticsTabs diagnosticsTabs;
    private final ModelActions modelActions;
    private final AnimationTimer frameUpdate = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            periodChart.update(methods.tableProperty().get());
            updateStretchIfSeen();
        }
    };
    private Tab stretchTab;
    private RatioTab ratioTab;
    private final SlideActions slides;
    private boolean stretchStale;
    private ScrollPane sideScroll;
    private List<javafx.scene.Node> sideExtras;
    private PresentationLayout presentationLayout;
    private LectureActions lecture;

    /** The stretch chart follows the model only while its tab is seen; a hidden chart costs nothing. */
    private void updateStretchIfSeen() {
        if (stretchTab == null || stretchTab.isSelected()) {
            stretchChart.update(methods.tableProperty().get());
            stretchStale = false;
        } else {
            stretchStale = true;
        }
    }

    public MainWindow(InputsModel model) {
        this(new MethodsModel(model), new ViewSettings());
    }

    /** The window for {@code methods} and its inputs; undo covers both ({@link UndoHistory#of}). */
    public MainWindow(MethodsModel methods, ViewSettings settings) {
        this(methods, settings, new SchemesModel());
    }

    private MainWindow(MethodsModel methods, ViewSettings settings, SchemesModel schemes) {
        this(methods.inputs(), settings, UndoHistory.of(methods, schemes, settings.decayLogProperty()),
                new TeachingModel(methods.inputs()), methods, schemes);
    }

    /** The window for {@code model}, shown as {@code settings} say, recording changes in {@code history}. */
    public MainWindow(InputsModel model, ViewSettings settings, UndoHistory<?> history) {
        this(model, settings, history, new TeachingModel(model));
    }

    /** As above, with the teaching views' state ({@code lambda = s}, the selected pair, the rotation method). */
    public MainWindow(InputsModel model, ViewSettings settings, UndoHistory<?> history, TeachingModel teaching) {
        this(model, settings, history, teaching, new MethodsModel(model));
    }

    /** As above, drawing the scaling methods of {@code methods} (whose inputs are {@code model}). */
    public MainWindow(InputsModel model, ViewSettings settings, UndoHistory<?> history, TeachingModel teaching,
            MethodsModel methods) {
        this(model, settings, history, teaching, methods, new SchemesModel());
    }

    /** As above, with the Schemes view's settings in {@code schemes} (which {@code history} should watch). */
    public MainWindow(InputsModel model, ViewSettings settings, UndoHistory<?> history, TeachingModel teaching,
            MethodsModel methods, SchemesModel schemes) {
        this.schemes = schemes;
        this.model = model;
        this.settings = settings;
        this.history = history;
        this.teaching = teaching;
        this.methods = methods;
        this.sessions = new SessionActions(this, methods, settings, history);
        sessions.setSchemes(schemes);
        this.periodChart = new PeriodChart(methods.tableProperty().get());
        this.viewer = new LayeredChartViewer(periodChart.chart(), periodChart.liveLayers());
        this.exports = new ExportActions(periodChart, methods.tableProperty()::get, viewer);
        exports.setMethods(methods.tableProperty()::get);
        exports.setOnWritten(this::confirmExport);
        this.slides = new SlideActions(methods.tableProperty()::get, () -> periodChart.theme(),
                () -> teaching.lambdaEqualsSProperty().get(), () -> getScene() == null ? null : getScene().getWindow(),
                this::confirmExport);
        this.stretchChart = new StretchChart(methods.tableProperty().get());
        this.stretchViewer = new ChartViewer(stretchChart.chart());
        this.calculator = new CalculatorPane(methods);
        this.diagnosticsTabs = new DiagnosticsTabs(methods, settings, new DiagnosticsJob());
        this.modelActions = new ModelActions(methods, messages, calculator,
                () -> getScene() == null ? null : getScene().getWindow(), history::group);
        this.title = sessions.title();
        getStyleClass().add("main-window");
        createView();
        init();
    }

    private void createView() {
        javafx.scene.control.ToolBar exportBar = exports.toolBar();
        // presentation mode gives the chart the room: File has the same commands
        exportBar.visibleProperty().bind(settings.presentationProperty().not());
        exportBar.managedProperty().bind(exportBar.visibleProperty());
        setTop(new VBox(menuBar(), exportBar));

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
                    double s = org.ropescope.math.Teaching.nextScale(v / ml, (int) dir);
                    return Math.min(org.ropescope.math.Limits.LENGTH_MAX, Math.rint(s * ml));
                }, "Shift with the arrow keys steps m through 1, 1.5, 2, 3, 4, 6, 8, 12, 16, ... times m_l.");
        history.gestureProperty().bind(anyChanging(base, dim, orig, next)); // a drag is one undo step

        Label heading = new Label("Inputs");
        heading.getStyleClass().add("section-title");
        VBox side = new VBox(heading, base, dim, orig, next, new ReadoutPane(methods.rotaryConfigProperty())
                .notingWhenNotDrawn(methods.drawnProperty(org.ropescope.math.scaling.MethodKind.NTK)),
                calculator, new DiagnosticsReadout(methods, diagnosticsTabs.job()), new MethodsPane(methods));
        calculator.showBaseBound(diagnosticsTabs.job());
        side.getStyleClass().add("side-panel");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        uncacheViewport(scroll);
        setLeft(scroll);
        sideScroll = scroll;
        // presentation's strip keeps the four inputs; everything else in the panel makes way
        sideExtras = side.getChildren().stream().filter(n -> !(n instanceof ParameterControl)).toList();

        viewer.setId("periodChart");
        viewer.getStyleClass().add("chart-viewer");
        viewer.accessibleTextProperty().bind(Bindings.createStringBinding(() -> "Chart of the period of every "
                + "dimension pair for original RoPE, position interpolation and base scaling, at "
                + describe(model.getConfig()), model.configProperty()));
        centerTabs = new CenterTabs(periodChart, viewer, teaching, methods); // Periods | Rotation | Table
        stretchViewer.setId("stretchChart");
        stretchViewer.getStyleClass().add("chart-viewer");
        stretchViewer.setAccessibleText("Chart of the stretch of every dimension pair's period under each drawn"
                + " scaling method");
        stretchTab = new Tab("Stretch");
        CenterTabs.contentOnFirstShow(stretchTab, stretchViewer); // Periods | Stretch | Rotation | Table
        stretchTab.setId("stretchTab");
        stretchTab.selectedProperty().addListener((obs, was, is) -> {
            if (is && stretchStale) {
                updateStretchIfSeen();
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

    private static String describe(RopeConfig c) {
        return "b = " + Numbers.grouped(c.base()) + ", d = " + c.dim() + ", m_l = " + Numbers.grouped(c.originalLength())
                + ", m = " + Numbers.grouped(c.newLength());
    }

    private static BooleanBinding anyChanging(ParameterControl... controls) {
        return Bindings.createBooleanBinding(() -> Stream.of(controls).anyMatch(c -> c.changingProperty().get()),
                Stream.of(controls).map(ParameterControl::changingProperty).toArray(Observable[]::new));
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("openItem", "_Open session…", "Shortcut+O", sessions::chooseAndOpen),
                item("saveItem", "_Save session", "Shortcut+S", sessions::save),
                item("saveAsItem", "Save session _as…", "Shortcut+Shift+S", sessions::chooseAndSave),
                new SeparatorMenuItem(),
                item("resetItem", "_Reset to defaults", "Shortcut+R", () -> history.group(() -> {
                    model.reset();
                    methods.resetMethods();
                    schemes.reset();
                })),
                new SeparatorMenuItem(),
                item("quitItem", "_Quit", "Shortcut+Q", () -> getScene().getWindow().hide()));
        file.getItems().addAll(4, exports.menuItems()); // after the session items; they end with a separator
        file.getItems().addAll(4 + exports.menuItems().size() - 1, slides.menuItems()); // before their separator
        file.getItems().add(1, modelActions.openItem()); // after Open session…
        file.getItems().add(2, modelActions.layerTypeMenu());
        file.setId("fileMenu");

        MenuItem undo = item("undoItem", "_Undo", "Shortcut+Z", history::undo);
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item("redoItem", "_Redo", "Shortcut+Shift+Z", history::redo);
        redo.disableProperty().bind(history.canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), modelActions.copyConfigItem());
        edit.getItems().addAll(slides.copyItems());
        edit.setId("editMenu");

        zoomItem.setId("zoomItem");
        MenuItem addStep = item("addStepItem", "_Add current view as a step", "Shortcut+Shift+A", () -> lecture.addStep());
        MenuItem stepsList = item("lectureStepsItem", "Lecture _steps…", "Shortcut+Shift+L", () -> lecture.openList());
        MenuItem nextStep = new MenuItem("_Next step (Page Down in presentation mode)");
        nextStep.setId("nextStepItem");
        nextStep.setOnAction(e -> walkSteps(+1));
        MenuItem previousStep = new MenuItem("Pre_vious step (Page Up in presentation mode)");
        previousStep.setId("previousStepItem");
        previousStep.setOnAction(e -> walkSteps(-1));
        Menu view = new Menu("_View", null, themeItem(Theme.LIGHT, "_Light theme"), themeItem(Theme.DARK,
                "_Dark theme"), new SeparatorMenuItem(), presentationItem(), zoomItem, new SeparatorMenuItem(),
                addStep, stepsList, nextStep, previousStep);
        view.setId("viewMenu");

        MenuItem about = new MenuItem("About " + AppInfo.NAME);
        about.setId("aboutItem");
        about.setOnAction(e -> new AboutDialog(getScene().getWindow()).showAndWait());
        Menu help = new Menu("_Help", null, item("shortcutsItem", "_Keyboard shortcuts", "F1",
                () -> Shortcuts.show(this)), new SeparatorMenuItem(), about);
        help.setId("helpMenu");

        MenuBar bar = new MenuBar(file, edit, view, modelActions.presetsMenu(), help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private RadioMenuItem themeItem(Theme theme, String text) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(theme.id() + "ThemeItem");
        item.setToggleGroup(themes);
        item.setUserData(theme);
        item.setSelected(settings.getTheme() == theme);
        return item;
    }

    private CheckMenuItem presentationItem() {
        CheckMenuItem item = new CheckMenuItem("_Presentation mode");
        item.setId("presentationItem");
        item.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        item.selectedProperty().bindBidirectional(settings.presentationProperty());
        return item;
    }

    private void init() {
        methods.tableProperty().addListener(obs -> frameUpdate.start());
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.setTheme((Theme) now.getUserData());
            }
        });
        settings.themeProperty().addListener((obs, old, now) -> themes.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        new Appearance(this, settings, periodChart); // every chart follows the look: one way, Appearance.follow
        Appearance.follow(settings.lookProperty(), stretchChart);
        centerTabs.followTheme(settings.lookProperty());
        stretchChart.setShortcutShown(teaching.lambdaEqualsSProperty().get()); // the miss shows best here
        teaching.lambdaEqualsSProperty().addListener((obs, was, on) -> stretchChart.setShortcutShown(on));
        new PresentationMode(this, settings);
        presentationLayout = new PresentationLayout(this, settings, sideScroll, sideExtras, centerTabs, messages,
                periodChart);
        zoomItem.selectedProperty().bindBidirectional(presentationLayout.zoomedProperty());
        AltReleaseGuard.install(this);
        lecture = new LectureActions(this, sessions, teaching, centerTabs, settings, methods, messages);
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
        messages.info("Exported " + file.getFileName() + " to " + folder + ".", "Show in folder", () -> {
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

    ModelActions modelActions() {
        return modelActions;
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

    public PeriodChart periodChart() {
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
