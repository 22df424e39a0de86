package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.jfree.chart.JFreeChart;
import org.ropescope.chart.ChartTheme;
import org.ropescope.chart.EquationTex;
import org.ropescope.chart.EquationTitle;
import org.ropescope.chart.PeriodChart;
import org.ropescope.chart.TexPicture;
import org.ropescope.export.AtomicFiles;
import org.ropescope.export.ChartExporter;
import org.ropescope.export.ExportFormat;
import org.ropescope.export.ExportNames;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodTable;

/**
 * File &gt; Export for slides: the period chart and the typeset derivation on one 16:9 page (PNG at
 * 1920 x 1080, or SVG/PDF of that size), drawn afresh in the window's theme with lambda = s as shown;
 * and Edit's Copy derivation as image / as LaTeX. It asks and reports through the {@link DialogService},
 * with the same file chooser as {@link ExportActions}.
 */
final class SlideActions {

    /** A slide's size: Full HD, 16:9. */
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private final Supplier<MethodTable> methods;
    private final Supplier<ChartTheme> theme;
    private final Supplier<Boolean> shortcut;
    private final Consumer<Path> written;
    private DialogService dialogs;
    private Path folder;

    SlideActions(Supplier<MethodTable> methods, Supplier<ChartTheme> theme, Supplier<Boolean> shortcut,
            DialogService dialogs, Consumer<Path> written) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.methods = methods;
        this.theme = theme;
        this.shortcut = shortcut;
        this.written = written;
    }

    /** The slide: a fresh period chart in the window's theme with the derivation under it. */
    JFreeChart slide() {
        MethodTable t = methods.get();
        PeriodChart chart = new PeriodChart(t);
        chart.applyTheme(theme.get());
        chart.setShortcutShown(shortcut.get());
        chart.chart().addSubtitle(new EquationTitle(latex(), theme.get()));
        return chart.chart();
    }

    /** The derivation's LaTeX as the Periods tab typesets it now. */
    String latex() {
        RopeConfig c = methods.get().context().rotaryConfig();
        return EquationTex.of(c, shortcut.get());
    }

    /** Asks where, then writes the slide; returns the file, or empty if cancelled or failed (reported). */
    Optional<Path> export(ExportFormat format) {
        RopeConfig c = methods.get().context().rotaryConfig();
        Optional<Path> chosen = dialogs.chooseToSave(ExportActions.saveQuestion(format, folder,
                ExportNames.of("slide", c, format)));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = chosen.get();
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())) {
            file = file.resolveSibling(name + "." + format.extension());
        }
        folder = file.toAbsolutePath().getParent();
        try {
            ChartExporter.write(format, slide(), file, WIDTH, HEIGHT);
        } catch (IOException e) {
            dialogs.showError(text("export.failed"), text("export.notWritten", AtomicFiles.describe(file, e)));
            return Optional.empty();
        }
        written.accept(file);
        return Optional.of(file);
    }

    /** The derivation alone, typeset at twice its on-screen size on the theme's background. */
    BufferedImage derivationImage() {
        ChartTheme t = theme.get();
        TexPicture p = new TexPicture(latex(), 34f, t.text());
        BufferedImage img = new BufferedImage(p.width() + 32, p.height() + 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(t.background());
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            p.draw(g, 16, 16);
        } finally {
            g.dispose();
        }
        return img;
    }

    void copyDerivationImage() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(derivationImage(), null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    void copyDerivationLatex() {
        ClipboardContent content = new ClipboardContent();
        content.putString(latex());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Where the slide commands ask and report (tests give a fake). */
    void setDialogs(DialogService d) {
        dialogs = Objects.requireNonNull(d);
    }
}
