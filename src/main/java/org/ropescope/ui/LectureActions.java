package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.ropescope.model.MethodsModel;
import org.ropescope.model.TeachingModel;
import org.ropescope.model.ViewSettings;
import org.ropescope.session.LectureStep;
import org.ropescope.session.ViewState;

/**
 * The window's side of a lecture: the view a session and a step keep (lambda = s, the tab by its id,
 * the selected pair, presentation mode), View &gt; Add current view as a step, the steps' list, and
 * Page Down / Page Up (or the arrows outside sliders and fields) in presentation mode.
 */
final class LectureActions {

    private final Node root;
    private final SessionActions sessions;
    private final TeachingModel teaching;
    private final CenterTabs tabs;
    private final ViewSettings settings;
    private final MethodsModel methods;
    private final MessageBar messages;

    LectureActions(Node root, SessionActions sessions, TeachingModel teaching, CenterTabs tabs, ViewSettings settings,
            MethodsModel methods, MessageBar messages) {
        this.root = root;
        this.sessions = sessions;
        this.teaching = teaching;
        this.tabs = tabs;
        this.settings = settings;
        this.methods = methods;
        this.messages = messages;
        sessions.setViewAccess(this::viewState, this::showView);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    ViewState viewState() {
        Tab front = tabs.getSelectionModel().getSelectedItem();
        return new ViewState(teaching.lambdaEqualsSProperty().get(), front == null ? null : front.getId(),
                teaching.selectedPairProperty().get(), settings.isPresentation());
    }

    /** Shows {@code v}: a tab id this version does not have leaves the tab as it is. */
    void showView(ViewState v) {
        teaching.lambdaEqualsSProperty().set(v.lambdaEqualsS());
        tabs.getTabs().stream().filter(t -> t.getId() != null && t.getId().equals(v.tab())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        teaching.selectedPairProperty().set(v.selectedPair() < methods.inputs().getConfig().pairs()
                ? v.selectedPair() : -1);
        settings.setPresentation(v.presentation());
    }

    private LectureStep current(String name) {
        return new LectureStep(name, methods.inputs().getConfig(), methods.selection(), viewState());
    }

    void addStep() {
        LectureSteps steps = sessions.steps();
        steps.add(current(text("lecture.stepName", Integer.toString(steps.items().size() + 1))));
        messages.info(text("lecture.added", Integer.toString(steps.items().size())));
    }

    void openList() {
        LectureStepsPane.open(root.getScene().getWindow(),
                () -> new LectureStepsPane(sessions.steps(), this::current, sessions::show), root.getScene());
    }

    /** Shows the next ({@code +1}) or previous ({@code -1}) step, if there is one; presenting stays on. */
    boolean walk(int direction) {
        boolean presenting = settings.isPresentation();
        var step = sessions.steps().walk(direction);
        step.ifPresent(sessions::show);
        if (presenting) {
            settings.setPresentation(true); // walking a lecture on the projector stays there
        }
        return step.isPresent();
    }

    private void onKey(KeyEvent e) {
        if (!settings.isPresentation() || sessions.steps().items().isEmpty() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean inControl = focus instanceof Slider || focus instanceof TextInputControl;
        int direction = switch (e.getCode()) {
            case PAGE_DOWN -> 1;
            case PAGE_UP -> -1;
            case RIGHT, DOWN -> inControl ? 0 : 1;
            case LEFT, UP -> inControl ? 0 : -1;
            default -> 0;
        };
        if (direction != 0) {
            walk(direction);
            e.consume();
        }
    }
}
