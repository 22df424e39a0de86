package org.ropescope.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import org.ropescope.chart.PeriodChart;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.presets.Preset;
import org.ropescope.presets.Presets;

/**
 * Start-up work done on a second thread while JavaFX starts and the window is built, so the first
 * frame comes sooner on a machine with more than one core. A start of {@code java -jar} loads about
 * 7,000 classes, and the FX thread used to load them one after the other: the skins of the controls,
 * JFreeChart and Java2D, JLaTeXMath's tables, Jackson for the presets, the XML reader of the
 * preferences. Here a daemon thread loads and initialises what is safe to touch off the FX thread
 * (class loading, pure objects, thread-safe services) a little ahead of the FX thread; whatever it
 * has not reached yet, the FX thread does itself, as before. Nothing it makes is shown; only the
 * presets are handed over ({@link #presets}).
 */
public final class StartupWarmup {

    /** JavaFX skins and behaviours the window creates at its first CSS pass: loaded, not initialised. */
    private static final List<String> SKINS = List.of(
            "javafx.scene.control.skin.MenuBarSkin", "javafx.scene.control.skin.MenuButtonSkin",
            "javafx.scene.control.skin.LabelSkin", "javafx.scene.control.skin.ToolBarSkin",
            "javafx.scene.control.skin.ButtonSkin", "javafx.scene.control.skin.SeparatorSkin",
            "javafx.scene.control.skin.ScrollPaneSkin", "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.SliderSkin", "javafx.scene.control.skin.ComboBoxListViewSkin",
            "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.ListCellSkin",
            "javafx.scene.control.skin.ScrollBarSkin", "javafx.scene.control.skin.TitledPaneSkin",
            "javafx.scene.control.skin.CheckBoxSkin", "javafx.scene.control.skin.TabPaneSkin",
            "javafx.scene.control.skin.SplitPaneSkin", "javafx.scene.control.skin.TableViewSkin",
            "javafx.scene.control.skin.ChoiceBoxSkin", "javafx.scene.control.skin.ContextMenuSkin",
            "javafx.scene.control.skin.TooltipSkin", "javafx.scene.control.skin.RadioButtonSkin",
            "javafx.scene.control.skin.ToggleButtonSkin", "javafx.scene.control.skin.VirtualFlow",
            "javafx.scene.control.skin.TableHeaderRow", "javafx.scene.control.skin.TableColumnHeader",
            "javafx.scene.chart.NumberAxis", "com.sun.javafx.scene.control.behavior.TextFieldBehavior",
            "com.sun.javafx.scene.control.behavior.SliderBehavior",
            "com.sun.javafx.scene.control.behavior.TabPaneBehavior",
            "com.sun.javafx.scene.control.behavior.TitledPaneBehavior",
            "com.sun.javafx.scene.control.behavior.ScrollPaneBehavior",
            "com.sun.javafx.scene.control.behavior.ComboBoxListViewBehavior",
            "com.sun.javafx.scene.control.behavior.TableViewBehavior",
            "com.sun.javafx.css.StyleManager", "javafx.css.CssParser");

    private static volatile CompletableFuture<List<Preset>> presets;
    private static volatile CompletableFuture<Void> tex;

    private StartupWarmup() {
    }

    /** Starts the warm-up thread; call once, before launching JavaFX. */
    public static void start() {
        SoftwareRendering.applyBeforeToolkit(); // before GTK and JavaFX start: their renderer is chosen then
        CompletableFuture<List<Preset>> bundled = new CompletableFuture<>();
        presets = bundled;
        CompletableFuture<Void> texTables = new CompletableFuture<>();
        tex = texTables;
        CompletableFuture<Void> asked = wanted;
        Thread t = new Thread(() -> run(bundled, texTables, asked), "ropescope-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The bundled presets: the warm-up's, or read now when there was no warm-up (tests) or it failed. */
    static List<Preset> presets() {
        CompletableFuture<List<Preset>> f = presets;
        if (f != null) {
            try {
                return f.join();
            } catch (RuntimeException e) {
                // fall through: read them here, where a broken file is reported as before
            }
        }
        return Presets.load();
    }

    /**
     * Done once the warm-up has initialised JLaTeXMath (or failed to); null when there was no warm-up.
     * Until then the window shows no formula rather than wait ({@code TexView}).
     */
    static CompletableFuture<Void> texReady() {
        return tex;
    }

    /**
     * The bundled presets once they are read, or null when there was no warm-up (tests: read them with
     * {@link #presets}). They are read when first wanted ({@link #presetsWanted}: the Presets menu is
     * opened, or the pointer comes onto the menu bar), not at every start: Jackson's 460 classes cost
     * 10 MB of resident memory (before the first frame, 60 ms as well; over a drag of m at d = 8192,
     * peak 183.5 -> 172.5 and 183.5 -> 174.9 MB without them, app image).
     */
    static CompletableFuture<List<Preset>> presetsLater() {
        return presets;
    }

    /** Tests: presets that arrive when {@code later} completes, as the warm-up hands them over; null: none. */
    static void presetsFrom(CompletableFuture<List<Preset>> later) {
        presets = later;
        wanted = new CompletableFuture<>();
    }

    /** Someone is about to want the presets (the menu opens, or may): the warm-up thread reads them now. */
    static void presetsWanted() {
        wanted.complete(null);
    }

    /** Done once the presets were asked for ({@link #presetsWanted}). */
    static CompletableFuture<Void> wanted() {
        return wanted;
    }

    private static volatile CompletableFuture<Void> wanted = new CompletableFuture<>();

    private static void run(CompletableFuture<List<Preset>> bundled, CompletableFuture<Void> texTables,
            CompletableFuture<Void> asked) {
        try {
            warm(texTables);
        } finally {
            try {
                asked.join(); // a daemon thread: a window closed before anyone asked just ends
                bundled.complete(Presets.load()); // Jackson, for the Presets menu
            } catch (RuntimeException e) {
                bundled.completeExceptionally(e);
            }
        }
    }

    private static void warm(CompletableFuture<Void> texTables) {
        quietly(() -> Preferences.userNodeForPackage(ExportActions.class).get("lastExportFolder", null));
        quietly(() -> load(SKINS, false));
        // JFreeChart, Java2D's loops and AWT's fonts: a throwaway chart drawn into a small image
        quietly(() -> new PeriodChart(MethodTable.book(ScalingContext.DEFAULT)).chart().createBufferedImage(160, 100));
        // JLaTeXMath's tables (class initialisation only: its typesetting caches are not shared with care)
        try {
            quietly(() -> load(List.of("org.scilab.forge.jlatexmath.TeXFormula",
                    "org.scilab.forge.jlatexmath.DefaultTeXFont", "org.scilab.forge.jlatexmath.TeXIcon"), true));
        } finally {
            texTables.complete(null);
        }
    }

    private static void load(List<String> names, boolean initialise) {
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        for (String name : names) {
            try {
                Class.forName(name, initialise, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // another JavaFX version: nothing to warm, the FX thread loads what it needs
            }
        }
    }

    private static void quietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | LinkageError e) {
            // a warm-up only: the FX thread does the same work later and reports what fails there
        }
    }
}
