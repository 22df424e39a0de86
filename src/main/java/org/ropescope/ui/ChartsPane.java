package org.ropescope.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/** The period chart above the stretch chart, the divider draggable; the period chart gets more room. */
final class ChartsPane extends SplitPane {

    ChartsPane(Region periods, Region stretch) {
        super(periods, stretch);
        setId("chartsPane");
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.62);
        getStyleClass().add("charts-pane");
        periods.setMinHeight(200);
        stretch.setMinHeight(150);
    }
}
