package org.ropescope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ropescope.hfconfig.HfConfigException;
import org.ropescope.hfconfig.HfConfigReader;
import org.ropescope.hfconfig.HfModelConfig;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.presets.Preset;
import org.ropescope.model.MethodsModel;

/**
 * Commands that load a whole model: the Presets menu, File > Open model config… and
 * Edit > Copy as config.json. What they did, and what a file could not give, is said in the
 * window's {@link MessageBar}; nothing here blocks.
 *
 * <p>The file chooser sits behind {@link ConfigPrompt} so tests (and other front ends) can replace it.
 */
final class ModelActions {

    /** Asks which config.json to open; {@code folder} is the last folder used (may be {@code null}). */
    @FunctionalInterface
    interface ConfigPrompt {
        Optional<Path> choose(Window owner, Path folder);
    }

    private final MethodsModel model;
    private final MessageBar messages;
    private final CalculatorPane calculator;
    private final Supplier<Window> owner;
    private final List<Preset> presets = StartupWarmup.presets();
    private ConfigPrompt prompt = ModelActions::chooseWithFileChooser;
    private Path lastFolder;

    private final java.util.function.Consumer<Runnable> group;

    /** @param group runs a change as one undo step (the window's undo history) */
    ModelActions(MethodsModel model, MessageBar messages, CalculatorPane calculator, Supplier<Window> owner,
            java.util.function.Consumer<Runnable> group) {
        this.group = group;
        this.model = model;
        this.messages = messages;
        this.calculator = calculator;
        this.owner = owner;
    }

    // ---- Views ------------------------------------------------------------------------------

    /** Presets > one item per bundled model. */
    Menu presetsMenu() {
        Menu menu = new Menu("_Presets");
        menu.setId("presetsMenu");
        for (Preset p : presets) {
            MenuItem item = new MenuItem(p.name());
            item.setId("preset-" + p.id());
            item.setOnAction(e -> applyPreset(p));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** File > Open model config… (Shortcut+Shift+O). */
    MenuItem openItem() {
        MenuItem open = new MenuItem("Open model config…");
        open.setId("openConfigItem");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        open.setOnAction(e -> openConfig());
        return open;
    }

    /** Edit > Copy as config.json (Shortcut+Shift+J). */
    MenuItem copyConfigItem() {
        MenuItem copy = new MenuItem("Copy as config.json");
        copy.setId("copyConfigItem");
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+J"));
        copy.setOnAction(e -> copyConfig());
        return copy;
    }

    // ---- Commands ---------------------------------------------------------------------------

    List<Preset> presets() {
        return presets;
    }

    /** Shows the preset's model and methods, and names it and its source in the message bar. */
    void applyPreset(Preset p) {
        group.accept(() -> model.apply(p.context(), p.methods()));
        messages.infoWhileUnchanged(p.name() + ": " + p.note() + "  Source: " + p.source(), model.tableProperty(),
                "Changed since the preset " + p.name() + ": its note no longer describes the chart.  Source: "
                        + p.source());
    }

    /** Asks for a config.json and opens it. */
    void openConfig() {
        prompt.choose(owner.get(), lastFolder).ifPresent(this::open);
    }

    /**
     * Reads {@code file} and shows what loaded, with one line per problem. A file that cannot be read
     * at all, or whose values RoPEScope cannot show, gives one line and changes nothing.
     */
    void open(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
        HfModelConfig c;
        ScalingContext ctx;
        try {
            c = HfConfigReader.read(file);
            ctx = c.context(model.inputs().getConfig());
        } catch (HfConfigException | InvalidConfigException e) {
            messages.show(List.of("Could not open " + file.getFileName() + ": " + e.getMessage()
                    + ". Nothing was changed."), true);
            return;
        }
        group.accept(() -> model.apply(ctx, c.methods()));
        List<String> lines = new ArrayList<>();
        lines.add("Opened " + file.getFileName() + (c.warnings().isEmpty() ? ": everything loaded."
                : ": loaded what it could; " + c.warnings().size() + (c.warnings().size() == 1 ? " problem:"
                        : " problems:")));
        c.warnings().forEach(w -> lines.add("• " + w));
        messages.show(lines, !c.warnings().isEmpty());
    }

    /** Copies the chosen method's rope_scaling block and says so. */
    void copyConfig() {
        String text = calculator.copyConfig();
        if (text == null) {
            messages.show(List.of("Nothing copied: " + calculator.choice().getValue().label()
                    + " has no parameters yet (it needs a preset or a config.json)."), true);
        } else {
            messages.info("Copied the " + calculator.choice().getValue().id() + " block as config.json: "
                    + text.lines().count() + " lines on the clipboard.");
        }
    }

    void setConfigPrompt(ConfigPrompt p) {
        prompt = Objects.requireNonNull(p);
    }

    private static Optional<Path> chooseWithFileChooser(Window owner, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a model's config.json");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Model configuration (*.json)",
                "*.json"), new FileChooser.ExtensionFilter("All files", "*.*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
