package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
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
 * clipboard (the menu items and toolbar buttons are {@link Command}s). The files themselves are
 * written by {@code org.ropescope.export}; this class only asks where and how large.
 *
 * <p>What is exported is the window's own {@link PeriodChart}, brought up to date with the model
 * and drawn afresh at the requested size. Vector files (SVG, PDF) use the on-screen size.
 *
 * <p>The file chooser, the size dialog and the error dialog are the {@link DialogService}'s, so tests
 * (and other front ends) can replace them: a native file chooser cannot be driven headless.
 */
public final class ExportActions {

    private final PeriodChart chart;
    private final Supplier<MethodTable> table;
    private Supplier<MethodTable> methods; // null: the table alone
    private final Region chartView;
    private DialogService dialogs = new FxDialogService(this::owner);
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

    // ---- Commands ---------------------------------------------------------------------------

    /**
     * Asks where (and, for PNG, how large), then writes the file. Returns the file written, or empty
     * if the person cancelled or the write failed (the failure is reported).
     */
    public Optional<Path> export(ExportFormat format) {
        Optional<ShownTable> table = format == ExportFormat.CSV ? shownTable.get() : Optional.empty();
        Shown front = format == ExportFormat.CSV ? new Shown(chart.chart(), table.map(ShownTable::name).orElse("periods"),
                chartView) : shown.get();
        PngSize size = new PngSize(screenWidth(front), screenHeight(front)); // vector files: the on-screen size
        if (format == ExportFormat.PNG) {
            Optional<PngSize> asked = dialogs.askPngSize(size.width(), size.height());
            if (asked.isEmpty()) {
                return Optional.empty();
            }
            size = asked.get();
        }
        MethodTable current = upToDate();
        Optional<Path> chosen = dialogs.chooseToSave(saveQuestion(format, lastFolder,
                ExportNames.of(front.name(), current.context().rotaryConfig(), format)));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = withExtension(chosen.get(), format);
        lastFolder = file.toAbsolutePath().getParent();
        settings.put(LAST_FOLDER_KEY, lastFolder.toString()); // remembered across runs
        String tooLarge = format == ExportFormat.PNG ? pngTooLarge(size, freeMemory.getAsLong()) : null;
        if (tooLarge != null) {
            dialogs.showError(text("export.failed"), tooLarge);
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
            dialogs.showError(text("export.failed"), text("export.notWritten", AtomicFiles.describe(file, e)));
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
        return text("export.tooLarge", Integer.toString(size.width()), Integer.toString(size.height()),
                Long.toString(needed >> 20), Long.toString(Math.max(0, free >> 20)));
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

    /** Where the export commands ask and report (tests give a fake). */
    void setDialogs(DialogService d) {
        dialogs = Objects.requireNonNull(d);
    }

    /** Told of every file written (the window confirms it with the file's name and "Show in folder"). */
    public void setOnWritten(java.util.function.Consumer<Path> onWritten) {
        written = Objects.requireNonNull(onWritten);
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

    /** The file chooser's question for an export in {@code format} (slides ask the same). */
    static DialogService.FileQuestion saveQuestion(ExportFormat format, Path folder, String proposedName) {
        return new DialogService.FileQuestion(format == ExportFormat.CSV ? text("export.csv.title")
                : text("export.chart.title", format.toString()), List.of(new FileChooser.ExtensionFilter(
                        text("export.filter." + format.extension()), "*." + format.extension())), folder, proposedName);
    }
}
