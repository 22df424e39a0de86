package org.ropescope.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart with a hover read-out: a vertical crosshair and a card that follows the mouse. Both are
 * JavaFX nodes over the chart (mouse-transparent), so moving the mouse never redraws the chart.
 */
final class HoverCard extends StackPane {

    /** One line of the card: a colour swatch (or none), a name and values. */
    record Line3(java.awt.Paint paint, String name, String value, String extra) {
    }

    private final ChartViewer viewer;
    private final Pane overlay = new Pane();
    private final Line crosshair = new Line();
    private final VBox card = new VBox();
    private final Label title = new Label();
    private final GridPane grid = new GridPane();

    HoverCard(ChartViewer viewer, String cardId) {
        this.viewer = viewer;
        getStyleClass().add("hover-host");
        crosshair.getStyleClass().add("hover-crosshair");
        crosshair.setVisible(false);
        title.getStyleClass().add("hover-title");
        grid.getStyleClass().add("hover-grid");
        card.getChildren().addAll(title, grid);
        card.getStyleClass().add("hover-card");
        card.setId(cardId);
        card.setVisible(false);
        card.setManaged(false);
        overlay.getChildren().addAll(crosshair, card);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        getChildren().addAll(viewer, overlay);
        viewer.setOnMouseExited(e -> hide());
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** Shows the card near ({@code x}, {@code y}) with a crosshair at {@code lineX} from {@code top} to {@code bottom}. */
    void show(double x, double y, double lineX, double top, double bottom, String heading, List<Line3> lines) {
        crosshair.setStartX(lineX);
        crosshair.setEndX(lineX);
        crosshair.setStartY(top);
        crosshair.setEndY(bottom);
        crosshair.setVisible(true);
        title.setText(heading);
        grid.getChildren().clear();
        int r = 0;
        for (Line3 l : lines) {
            Rectangle swatch = new Rectangle(12, 4);
            swatch.setFill(l.paint() instanceof java.awt.Color c
                    ? Color.rgb(c.getRed(), c.getGreen(), c.getBlue()) : Color.TRANSPARENT);
            Label name = new Label(l.name());
            name.getStyleClass().add("hover-name");
            Label value = new Label(l.value());
            value.getStyleClass().add("hover-value");
            Label extra = new Label(l.extra());
            extra.getStyleClass().add("hover-extra");
            grid.addRow(r++, swatch, name, value, extra);
        }
        GridPane.setHalignment(grid, javafx.geometry.HPos.RIGHT);
        grid.setAlignment(Pos.CENTER_LEFT);
        card.setVisible(true);
        card.applyCss();
        card.autosize();
        double w = card.getWidth();
        double h = card.getHeight();
        double cx = x + 18 + w > getWidth() ? x - 18 - w : x + 18;
        double cy = Math.max(4, Math.min(y + 14, getHeight() - h - 4));
        card.relocate(Math.max(4, cx), cy);
    }

    void hide() {
        crosshair.setVisible(false);
        card.setVisible(false);
    }

    /** The card's text, line by line, as a viewer reads it (for tests and screen readers). */
    String text() {
        StringBuilder sb = new StringBuilder(title.getText());
        int col = 0;
        for (var n : grid.getChildren()) {
            if (n instanceof Label l) {
                sb.append(col++ % 3 == 0 ? "\n" : "  ").append(l.getText());
            }
        }
        return sb.toString();
    }

    boolean isShowing() {
        return card.isVisible();
    }
}
