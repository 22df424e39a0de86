package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import org.ropescope.hfconfig.HfConfigException;
import org.ropescope.hfconfig.HfConfigReader;
import org.ropescope.hfconfig.HfModelConfig;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.presets.Preset;
import org.ropescope.presets.Presets;
import org.ropescope.model.MethodsModel;

/**
 * Commands on a model's configuration, its config.json: the Presets menu (the bundled models'
 * configurations), File &gt; Open model config…, its Layer type submenu and
 * Edit &gt; Copy as config.json. What they did, and what a file could not give, is said in the
 * window's {@link MessageBar}; nothing here blocks.
 *
 * <p>The file chooser is the {@link DialogService}'s, so tests (and other front ends) can replace it.
 */
final class ConfigJsonActions {

    private final MethodsModel model;
    private final MessageBar messages;
    private final CalculatorPane calculator;
    private List<Preset> presets = List.of(); // set by presetItems(), at once or once the warm-up has read them
    private DialogService dialogs;
    private Path lastFolder;
    private final Menu layerMenu = new Menu(); // its text and id are the command's (Command.LAYER_TYPE)

    private final java.util.function.Consumer<Runnable> group;

    /** @param group runs a change as one undo step (the window's undo history) */
    ConfigJsonActions(MethodsModel model, MessageBar messages, CalculatorPane calculator, DialogService dialogs,
            java.util.function.Consumer<Runnable> group) {
        this.group = group;
        this.model = model;
        this.messages = messages;
        this.calculator = calculator;
        this.dialogs = Objects.requireNonNull(dialogs);
        layerMenu.setDisable(true);
    }

    // ---- Views ------------------------------------------------------------------------------

    /**
     * Presets: one item per bundled model. In the app they are read when first wanted
     * ({@link StartupWarmup#presetsLater}): the menu opening asks for them, and until they are read it
     * holds one disabled "Loading presets…" item, which the items replace.
     */
    List<MenuItem> presetItems() {
        java.util.concurrent.CompletableFuture<List<Preset>> later = StartupWarmup.presetsLater();
        if (later == null || later.isDone()) {
            presets = StartupWarmup.presets();
            return items(presets);
        }
        MenuItem waiting = new MenuItem(text("presets.loading"));
        waiting.setId("presetsLoading");
        waiting.setDisable(true);
        waiting.parentMenuProperty().addListener((o, was, menu) -> {
            if (menu != null) {
                menu.addEventHandler(Menu.ON_SHOWING, e -> StartupWarmup.presetsWanted());
            }
        });
        later.whenComplete((read, failed) -> javafx.application.Platform.runLater(() -> {
            presets = StartupWarmup.presets();
            Menu menu = waiting.getParentMenu();
            if (menu != null) {
                int at = menu.getItems().indexOf(waiting);
                menu.getItems().remove(at);
                menu.getItems().addAll(at, items(presets));
            }
        }));
        return List.of(waiting);
    }

    private List<MenuItem> items(List<Preset> all) {
        List<MenuItem> items = new ArrayList<>();
        for (Preset p : all) {
            MenuItem item = new MenuItem(PresetTexts.name(p));
            item.setId("preset-" + p.id());
            item.setOnAction(e -> applyPreset(p));
            items.add(item);
        }
        return items;
    }

    /**
     * File > Layer type: the kinds of layers of the last opened file whose RoPE differs (Gemma 3's
     * sliding and full attention); choosing one reopens the file showing it. Disabled for other files.
     */
    Menu layerTypeMenu() {
        return layerMenu;
    }

    // ---- Commands ---------------------------------------------------------------------------

    List<Preset> presets() {
        return presets;
    }

    /** Shows the preset's model and methods, and names it and its source in the message bar. */
    void applyPreset(Preset p) {
        group.accept(() -> model.apply(p.context(), p.methods()));
        List<String> lines = new ArrayList<>();
        lines.add(text("preset.line", PresetTexts.name(p), PresetTexts.note(p), p.source()));
        p.config().warnings().forEach(w -> lines.add("• " + w));
        p.config().factorNote(p.context()).ifPresent(lines::add);
        messages.infoWhileUnchanged(String.join("\n", lines), model.tableProperty(),
                text("preset.changed", PresetTexts.name(p), p.source()));
        fillLayerMenu(p.config(), kind -> applyPreset(Presets.withLayerType(p, kind)));
    }

    /** Asks for a config.json and opens it. */
    void openConfig() {
        dialogs.chooseToOpen(new DialogService.FileQuestion(text("config.open.title"), List.of(
                new FileChooser.ExtensionFilter(text("config.filter.json"), "*.json"),
                new FileChooser.ExtensionFilter(text("config.filter.all"), "*.*")), lastFolder)).ifPresent(this::open);
    }

    /**
     * Reads {@code file} and shows what loaded, with one line per problem. A file that cannot be read
     * at all, or whose values RoPEScope cannot show, gives one line and changes nothing.
     */
    void open(Path file) {
        open(file, null);
    }

    /** Reads {@code file} showing the layers of {@code layerType} (null: full attention, when it has kinds). */
    void open(Path file, String layerType) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
        HfModelConfig c;
        ScalingContext ctx;
        try {
            c = HfConfigReader.read(file, layerType);
            ctx = c.context(model.inputs().getConfig());
        } catch (HfConfigException | InvalidConfigException e) {
            messages.show(List.of(text("config.cannotOpen", file.getFileName().toString(), e.getMessage())), true);
            return;
        }
        group.accept(() -> model.apply(ctx, c.methods()));
        List<String> lines = new ArrayList<>();
        lines.add(c.warnings().isEmpty() ? text("config.opened.all", file.getFileName().toString())
                : text("config.opened.some", file.getFileName().toString(), c.warnings().size()));
        c.warnings().forEach(w -> lines.add("• " + w));
        c.factorNote(ctx).ifPresent(lines::add);
        messages.show(lines, !c.warnings().isEmpty());
        fillLayerMenu(c, kind -> open(file, kind));
    }

    private void fillLayerMenu(HfModelConfig c, java.util.function.Consumer<String> show) {
        layerMenu.getItems().clear();
        ToggleGroup kinds = new ToggleGroup();
        for (String kind : c.layerTypes()) {
            RadioMenuItem item = new RadioMenuItem(kind);
            item.setId("layerType-" + kind);
            item.setToggleGroup(kinds);
            item.setSelected(kind.equals(c.layerType()));
            item.setOnAction(e -> show.accept(kind));
            layerMenu.getItems().add(item);
        }
        layerMenu.setDisable(c.layerTypes().isEmpty());
    }

    /** Copies the chosen method's rope_scaling block and says so. */
    void copyConfig() {
        String text = calculator.copyConfig();
        if (text == null) {
            messages.show(List.of(text("config.copy.nothing", MethodTexts.label(calculator.choice().getValue()))), true);
        } else {
            messages.info(text("config.copy.done", calculator.choice().getValue().id(),
                    Long.toString(text.lines().count())));
        }
    }

    /** Where File &gt; Open model config… asks (tests give a fake). */
    void setDialogs(DialogService d) {
        dialogs = Objects.requireNonNull(d);
    }
}
