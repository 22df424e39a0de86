package org.ropescope.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.ropescope.chart.PeriodChart;
import org.ropescope.model.ViewSettings;

/**
 * Presentation mode's layout: the chart takes the screen. The side panel shrinks to a slim strip of
 * the four inputs (their values and sliders; the readout, calculator and methods make way), the
 * derivation under the chart and the message strip are put away, and single keys bring them back:
 * <b>S</b> the strip, <b>E</b> the derivation (equation), <b>N</b> the notes (on the chart and the
 * strip at the bottom), <b>Z</b> a zoom to the last pairs. The keys act in presentation mode only, and
 * never while a text field has the focus. Leaving presentation mode puts everything back.
 */
final class PresentationLayout {

    private final ViewSettings settings;
    private final Node side;
    private final List<Node> sideExtras;
    private final CenterTabs tabs;
    private final MessageBar messages;
    private final PeriodChart chart;
    private final BooleanProperty stripShown = new SimpleBooleanProperty(this, "stripShown", true);
    private final BooleanProperty derivationShown = new SimpleBooleanProperty(this, "derivationShown", false);
    private final BooleanProperty notesShown = new SimpleBooleanProperty(this, "notesShown", true);
    private final BooleanProperty zoomed = new SimpleBooleanProperty(this, "zoomed", false);

    /**
     * @param side       the side panel (its scroll pane)
     * @param sideExtras what the slim strip leaves out (all but the four inputs)
     */
    PresentationLayout(Node root, ViewSettings settings, Node side, List<Node> sideExtras, CenterTabs tabs,
            MessageBar messages, PeriodChart chart) {
        this.settings = settings;
        this.side = side;
        this.sideExtras = sideExtras;
        this.tabs = tabs;
        this.messages = messages;
        this.chart = chart;
        ViewScope.listen(settings.presentationProperty(), obs -> apply());
        stripShown.addListener(obs -> apply());
        derivationShown.addListener(obs -> apply());
        notesShown.addListener(obs -> apply());
        zoomed.addListener((obs, was, on) -> chart.setZoomedToLastPairs(on));
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        apply();
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || focusInText(e)) {
            return;
        }
        BooleanProperty toggled = e.getCode() == KeyCode.Z ? zoomed : null;
        if (settings.isPresentation()) {
            toggled = switch (e.getCode()) {
                case S -> stripShown;
                case E -> derivationShown;
                case N -> notesShown;
                case Z -> zoomed;
                default -> null;
            };
        }
        if (toggled != null) {
            toggled.set(!toggled.get());
            e.consume();
        }
    }

    private static boolean focusInText(KeyEvent e) {
        Object source = e.getSource();
        Scene scene = source instanceof Node n ? n.getScene() : null;
        return scene != null && scene.getFocusOwner() instanceof TextInputControl;
    }

    private void apply() {
        boolean on = settings.isPresentation();
        show(side, !on || stripShown.get());
        for (Node n : sideExtras) {
            show(n, !on);
        }
        tabs.setEquationShown(!on || derivationShown.get());
        messages.setSuppressed(on && !notesShown.get());
        chart.setNotesShown(!on || notesShown.get());
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    BooleanProperty stripShownProperty() {
        return stripShown;
    }

    BooleanProperty derivationShownProperty() {
        return derivationShown;
    }

    BooleanProperty notesShownProperty() {
        return notesShown;
    }

    /** The period chart shows only its last pairs (View > Zoom to the last pairs, or Z). */
    BooleanProperty zoomedProperty() {
        return zoomed;
    }
}
