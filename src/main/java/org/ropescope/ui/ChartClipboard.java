package org.ropescope.ui;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.jfree.chart.JFreeChart;
import org.ropescope.export.ChartExporter;

/** Puts a chart on the system clipboard as an image, drawn afresh at a given size. */
final class ChartClipboard {

    private ChartClipboard() {
    }

    /** Draws {@code chart} at {@code width x height} and puts the image on the clipboard; returns it. */
    static WritableImage copy(JFreeChart chart, int width, int height) {
        BufferedImage awt = ChartExporter.toImage(chart, width, height);
        WritableImage image = SwingFXUtils.toFXImage(awt, null);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        return image;
    }
}
