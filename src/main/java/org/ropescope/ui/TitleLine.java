package org.ropescope.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * An input's title and its value field: on one line, the title at the left and the field at the right;
 * when both do not fit the card's width (eleven digits beside "Original context m_l" in presentation
 * type), the field goes to a line of its own below, still at the right. The value is never cut short:
 * a field cut to "23,000,00" shows another number.
 */
final class TitleLine extends Region {

    private final Node title;
    private final Node field;
    private final double gap;

    TitleLine(Node title, Node field, double gap) {
        this.title = title;
        this.field = field;
        this.gap = gap;
        getChildren().addAll(title, field);
    }

    private boolean oneLine(double width) {
        return title.prefWidth(-1) + gap + field.prefWidth(-1) <= width;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(title.minWidth(-1), field.prefWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + title.prefWidth(-1) + gap + field.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        double th = title.prefHeight(-1);
        double fh = field.prefHeight(-1);
        double h = oneLine(inner) ? Math.max(th, fh) : th + gap / 2 + fh;
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double tw = title.prefWidth(-1);
        double th = title.prefHeight(-1);
        double fw = field.prefWidth(-1);
        double fh = field.prefHeight(-1);
        if (oneLine(w)) {
            double h = Math.max(th, fh);
            title.resizeRelocate(snapPositionX(x), snapPositionY(y + (h - th) / 2), tw, th);
            field.resizeRelocate(snapPositionX(x + w - fw), snapPositionY(y + (h - fh) / 2), fw, fh);
        } else {
            title.resizeRelocate(snapPositionX(x), snapPositionY(y), Math.min(tw, w), th);
            field.resizeRelocate(snapPositionX(x + Math.max(0, w - fw)), snapPositionY(y + th + gap / 2), fw, fh);
        }
    }
}
