package org.ropescope.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.ropescope.chart.PeriodChart;
import org.ropescope.export.AtomicFiles;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.CsvExporter;
import org.ropescope.export.ExportFormat;
import org.ropescope.export.ExportNames;
import org.ropescope.math.scaling.MethodTable;

/**
 * The window's export commands: chart as PNG, SVG or PDF, data as CSV, and the chart copied to the
 * clipboard; as menu items (with shortcuts) and as toolbar buttons. The files themselves are
 * written by {@code org.ropescope.export}; this class only asks where and how large.
 *
 * <p>What is exported is the window's own {@link PeriodChart}, brought up to date with the model
 * and drawn afresh at the requested size. Vector files (SVG, PDF) use the on-screen size.
 *
 * <p>The file chooser, the size dialog and the error dialog sit behind small interfaces so tests
 * (and other front ends) can replace them: a native file chooser cannot be driven headless.
 */
public final class ExportActions {

    /** Asks where to save; {@code folder} is the last folder used (may be {@code null}). */
    @FunctionalInterface
    public interface FilePrompt {
        Optional<Path> choose(Window owner, ExportFormat format, Path folder, String proposedName);
    }

    /** Asks for a PNG's size, starting from the on-screen size. */
    @FunctionalInterface
    public interface SizePrompt {
        Optional<PngSize> ask(Window owner, int screenWidth, int screenHeight);
    }

    /** Tells a person that something failed: a title and one line. */
    @FunctionalInterface
    public interface ErrorReport {
        void show(Window owner, String title, String message);
    }

    private final PeriodChart chart;
    private final Supplier<MethodTable> table;
    private Supplier<MethodTable> methods; // null: the table alone
    private final Region chartView;
    private FilePrompt filePrompt = ExportActions::chooseWithFileChooser;
    private SizePrompt sizePrompt = PngSizeDialog::ask;
    private ErrorReport errorReport = ExportActions::showError;
    private java.util.function.Consumer<Path> written = f -> { };
    private LongSupplier freeMemory = ExportActions::freeHeap;
    private final Preferences settings;
    private Path lastFolder;
    private Supplier<Shown> shown;

    /**
     * The chart the chart commands (PNG, SVG, PDF, copy) draw: the one in front, with the word its
     * file names carry ("periods", "stretch", "rotation") and the node showing it (its size is the
     * on-screen size).
     */
    public record Shown(JFreeChart chart, String name, Region view) {
    }

    /** A table the view in front writes as its CSV instead of the period table: the word its file name carries. */
    public record ShownTable(String name, TableWriter writer) {
    }

    /** Writes a table to a file (atomically). */
    @FunctionalInterface
    public interface TableWriter {
        void write(Path file) throws IOException;
    }

    private Supplier<Optional<ShownTable>> shownTable = Optional::empty;

    /** The CSV of the view in front, when it has its own (the Schemes view); empty: the period table. */
    public void setShownTable(Supplier<Optional<ShownTable>> front) {
        shownTable = Objects.requireNonNull(front);
    }

    /**
     * @param chart     the chart the window shows
     * @param table     the methods to draw and export until {@link #setMethods} gives the drawn ones
     * @param chartView the node showing the chart: its size is the "on-screen size"
     */
    public ExportActions(PeriodChart chart, Supplier<MethodTable> table, Region chartView) {
        this(chart, table, chartView, Preferences.userNodeForPackage(ExportActions.class));
    }

    /** @param settings where the last export folder is remembered across runs */
    ExportActions(PeriodChart chart, Supplier<MethodTable> table, Region chartView, Preferences settings) {
        this.chart = chart;
        this.table = table;
        this.chartView = chartView;
        this.settings = settings;
        this.shown = () -> new Shown(chart.chart(), "periods", chartView);
        String remembered = settings.get(LAST_FOLDER_KEY, null);
        this.lastFolder = remembered == null ? null : Path.of(remembered);
    }

    private static final String LAST_FOLDER_KEY = "lastExportFolder";

    // ---- Views ------------------------------------------------------------------------------

    /** The File menu's export items: PNG (Shortcut+E), SVG, PDF, CSV, Copy chart (Shortcut+Shift+C). */
    public List<MenuItem> menuItems() {
        MenuItem png = item("exportPngItem", "Export chart as PNG…", () -> export(ExportFormat.PNG));
        png.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        MenuItem svg = item("exportSvgItem", "Export chart as SVG…", () -> export(ExportFormat.SVG));
        MenuItem pdf = item("exportPdfItem", "Export chart as PDF…", () -> export(ExportFormat.PDF));
        MenuItem csv = item("exportCsvItem", "Export data as CSV…", () -> export(ExportFormat.CSV));
        MenuItem copy = item("copyChartItem", "Copy chart", this::copyChart);
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        return List.of(png, svg, pdf, csv, new SeparatorMenuItem(), copy, new SeparatorMenuItem());
    }

    /** A toolbar with the same commands as buttons. */
    public ToolBar toolBar() {
        Label label = new Label("Export");
        label.getStyleClass().add("toolbar-label");
        ToolBar bar = new ToolBar(label,
                button("exportPngButton", "PNG", "Export the chart as a PNG image (Ctrl/Cmd+E)",
                        () -> export(ExportFormat.PNG)),
                button("exportSvgButton", "SVG", "Export the chart as an SVG vector drawing",
                        () -> export(ExportFormat.SVG)),
                button("exportPdfButton", "PDF", "Export the chart as a PDF page", () -> export(ExportFormat.PDF)),
                button("exportCsvButton", "CSV", "Export the periods of every pair as a CSV table",
                        () -> export(ExportFormat.CSV)),
                new Separator(Orientation.VERTICAL),
                button("copyChartButton", "Copy chart", "Copy the chart to the clipboard as an image (Ctrl/Cmd+Shift+C)",
                        this::copyChart));
        bar.setId("exportToolBar");
        bar.getStyleClass().add("export-toolbar");
        return bar;
    }

    // ---- Commands ---------------------------------------------------------------------------

    /**
     * Asks where (and, for PNG, how large), then writes the file. Returns the file written, or empty
     * if the person cancelled or the write failed (the failure is reported).
     */
    public Optional<Path> export(ExportFormat format) {
        Window owner = owner();
        Optional<ShownTable> table = format == ExportFormat.CSV ? shownTable.get() : Optional.empty();
        Shown front = format == ExportFormat.CSV ? new Shown(chart.chart(), table.map(ShownTable::name).orElse("periods"),
                chartView) : shown.get();
        PngSize size = new PngSize(screenWidth(front), screenHeight(front)); // vector files: the on-screen size
        if (format == ExportFormat.PNG) {
            Optional<PngSize> asked = sizePrompt.ask(owner, size.width(), size.height());
            if (asked.isEmpty()) {
                return Optional.empty();
            }
            size = asked.get();
        }
        MethodTable current = upToDate();
        Optional<Path> chosen = filePrompt.choose(owner, format, lastFolder,
                ExportNames.of(front.name(), current.context().rotaryConfig(), format));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = withExtension(chosen.get(), format);
        lastFolder = file.toAbsolutePath().getParent();
        settings.put(LAST_FOLDER_KEY, lastFolder.toString()); // remembered across runs
        String tooLarge = format == ExportFormat.PNG ? pngTooLarge(size, freeMemory.getAsLong()) : null;
        if (tooLarge != null) {
            errorReport.show(owner, "Export failed", tooLarge);
            return Optional.empty();
        }
        try {
            if (table.isPresent()) {
                table.get().writer().write(file);
            } else if (format == ExportFormat.CSV) {
                CsvExporter.write(current.context(), extraColumns(), file);
            } else {
                ChartExporter.write(format, front.chart(), file, size.width(), size.height());
            }
            written.accept(file);
            return Optional.of(file);
        } catch (IOException e) {
            errorReport.show(owner, "Export failed", AtomicFiles.describe(file, e)
                    + ". Nothing was written; an existing file of that name is unchanged.");
            return Optional.empty();
        }
    }

    /**
     * Why a PNG of {@code size} cannot be made in this window's memory, or {@code null} when it can: the
     * image and its encoding take about 8 bytes a pixel, and the window runs with a capped heap (see the
     * README). Checked before drawing, so a person gets a sentence instead of an out-of-memory crash.
     */
    static String pngTooLarge(PngSize size, long free) {
        long needed = 8L * size.width() * size.height();
        if (needed <= free) {
            return null;
        }
        return "a PNG of " + size.width() + " x " + size.height() + " pixels needs about " + (needed >> 20)
                + " MB of memory and the window has " + Math.max(0, free >> 20) + " MB free. Nothing was written; "
                + "choose a smaller size, or make it with the command line (java -jar ropescope.jar export --help).";
    }

    /** Heap this JVM can still allocate: its cap minus what is in use. */
    private static long freeHeap() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** Copies the chart, drawn at twice the on-screen size, to the clipboard as an image. */
    public void copyChart() {
        upToDate();
        Shown front = shown.get();
        ChartClipboard.copy(front.chart(), 2 * screenWidth(front), 2 * screenHeight(front));
    }

    // ---- Properties -------------------------------------------------------------------------

    /** The folder of the last file exported, proposed by the next file chooser; {@code null} at first. */
    public Path lastFolder() {
        return lastFolder;
    }

    /**
     * Draws and exports the given methods instead of the book's three: the chart shows them, and the
     * CSV appends a {@code period_<method>} column for each one that is not a book curve.
     */
    public void setMethods(Supplier<MethodTable> m) {
        methods = Objects.requireNonNull(m);
    }

    public void setFilePrompt(FilePrompt p) {
        filePrompt = Objects.requireNonNull(p);
    }

    public void setSizePrompt(SizePrompt p) {
        sizePrompt = Objects.requireNonNull(p);
    }

    /** Told of every file written (the window confirms it with the file's name and "Show in folder"). */
    public void setOnWritten(java.util.function.Consumer<Path> onWritten) {
        written = Objects.requireNonNull(onWritten);
    }

    public void setErrorReport(ErrorReport r) {
        errorReport = Objects.requireNonNull(r);
    }

    /** How much memory a PNG may take (tests give the installed app's figure, whatever the test JVM has). */
    void setFreeMemory(LongSupplier free) {
        freeMemory = Objects.requireNonNull(free);
    }

    /** The chart's on-screen width in pixels (at least the smallest exportable size). */
    /** Which chart the chart commands draw (the window: the one of the tab in front). */
    public void setShownChart(Supplier<Shown> front) {
        shown = Objects.requireNonNull(front);
    }

    /** The name of the chart the chart commands draw now ("periods", "stretch", "ratio", ...). */
    String shownName() {
        return shown.get().name();
    }

    public int screenWidth() {
        return screenWidth(shown.get());
    }

    public int screenHeight() {
        return screenHeight(shown.get());
    }

    private static int screenWidth(Shown s) {
        return Math.max(ChartExporter.MIN_SIZE, (int) Math.round(s.view().getWidth()));
    }

    private static int screenHeight(Shown s) {
        return Math.max(ChartExporter.MIN_SIZE, (int) Math.round(s.view().getHeight()));
    }

    // ---- Helpers ----------------------------------------------------------------------------

    /** The chart shows the model's latest table (the window updates it once per frame). */
    private MethodTable upToDate() {
        MethodTable m = methods != null ? methods.get() : table.get();
        if (chart.methods() != m) {
            chart.update(m);
        }
        return m;
    }

    /** The drawn methods that are not already among the CSV's five columns; {@code null} for none. */
    private MethodTable extraColumns() {
        if (methods == null) {
            return null;
        }
        MethodTable m = methods.get();
        return MethodTable.of(m.context(), m.results().stream().map(r -> r.method())
                .filter(x -> !x.isBook()).toList());
    }

    private Window owner() {
        return chartView.getScene() == null ? null : chartView.getScene().getWindow();
    }

    static Path withExtension(Path file, ExportFormat format) {
        return ExportFormat.of(file).isPresent() ? file
                : file.resolveSibling(file.getFileName() + "." + format.extension());
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false); // Tab keeps walking the inputs; the menu has the shortcuts
        b.setOnAction(e -> action.run());
        return b;
    }

    static Optional<Path> chooseWithFileChooser(Window owner, ExportFormat format, Path folder, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(format == ExportFormat.CSV ? "Export data as CSV" : "Export chart as " + format);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(name);
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    static void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
