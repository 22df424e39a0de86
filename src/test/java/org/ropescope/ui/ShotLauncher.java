package org.ropescope.ui;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.ropescope.model.InputsModel;

/**
 * Not a test: opens the real window on one view for a README screenshot (run under gui-shot).
 * Arguments: {@code periods|rotation|table} and optional flags {@code dark}, {@code presentation},
 * {@code shortcut}, {@code select=N}, {@code method=ID} (draw that scaling method and choose it in the
 * rotation view), {@code rotary=F} (the rotating share),
 * {@code lang=zh-CN} (the window's language), {@code about} or {@code shortcuts} (that dialog over the window),
 * {@code hover=X,Y} (a hover at window coordinates of the chart, after layout), {@code config=FILE} (open a
 * config.json), {@code preset=ID}, {@code schemepreset=N} (the Schemes view's preset N).
 */
public final class ShotLauncher {

    private ShotLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window, set up as the arguments ask. */
    public static final class App extends Application {

    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        args.stream().filter(a -> a.startsWith("lang=")).findFirst().ifPresent(a -> Languages.use(
                org.ropescope.text.Language.forTag(a.substring(5)).orElseThrow()));
        MainWindow w = RoPEScopeApp.show(stage, new InputsModel());
        stage.setX(0);
        stage.setY(0);
        CenterTabs tabs = w.centerTabs();
        if (java.util.List.of("stretch", "ratio", "decay", "angles").contains(args.get(0))) {
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> (args.get(0) + "Tab").equals(t.getId())).findFirst().orElseThrow());
        } else {
            tabs.show(CenterTabs.View.valueOf(args.get(0).toUpperCase(java.util.Locale.ROOT)));
        }
        for (String a : args.subList(1, args.size())) {
            if (a.equals("dark")) {
                w.settings().themeProperty().set(org.ropescope.model.Theme.DARK);
            } else if (a.equals("side=diagnostics")) { // scroll the side panel to the diagnostics
                PauseTransition later = new PauseTransition(Duration.seconds(1.5));
                later.setOnFinished(e -> {
                    javafx.scene.Node n = w.lookup("#diagnosticsReadout");
                    javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) w.lookup(".side-scroll");
                    double content = sp.getContent().getBoundsInLocal().getHeight();
                    double view = sp.getViewportBounds().getHeight();
                    sp.setVvalue(Math.min(1, (n.getBoundsInParent().getMinY() - 8) / Math.max(1, content - view)));
                });
                later.play();
            } else if (a.equals("about") || a.equals("shortcuts")) { // the dialog over the window
                PauseTransition later = new PauseTransition(Duration.seconds(1.5));
                later.setOnFinished(e -> {
                    if (a.equals("about")) {
                        new AboutDialog(stage).show();
                    } else {
                        Shortcuts.show(w);
                    }
                });
                later.play();
            } else if (a.equals("log")) {
                w.settings().decayLogProperty().set(true);
            } else if (a.startsWith("dim=")) {
                w.model().dimProperty().set(Integer.parseInt(a.substring(4)));
            } else if (a.startsWith("new=")) {
                w.model().newLengthProperty().set(Long.parseLong(a.substring(4)));
            } else if (a.equals("presentation")) {
                w.settings().presentationProperty().set(true);
            } else if (a.equals("shortcut")) {
                w.teaching().lambdaEqualsSProperty().set(true);
            } else if (a.startsWith("method=")) {
                org.ropescope.math.scaling.MethodKind k = org.ropescope.math.scaling.MethodKind.byId(a.substring(7))
                        .orElseThrow();
                w.methods().drawnProperty(k).set(true);
                w.teaching().rotationMethodProperty().set(k);
            } else if (a.equals("animate")) { // with -Dprism.showdirty=true: what one update repaints
                javafx.animation.Timeline t = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                        Duration.millis(150), e -> w.model().newLengthProperty().set(
                                w.model().newLengthProperty().get() + 97)));
                t.setCycleCount(javafx.animation.Animation.INDEFINITE);
                t.play();
            } else if (a.startsWith("config=")) { // open a config.json as File > Open model config… does
                w.configJsonActions().open(java.nio.file.Path.of(a.substring(7)));
            } else if (a.startsWith("preset=")) {
                String id = a.substring(7);
                w.configJsonActions().applyPreset(w.configJsonActions().presets().stream().filter(p -> p.id().equals(id))
                        .findFirst().orElseThrow());
            } else if (a.startsWith("schemepreset=")) { // the Schemes view's preset of that index
                tabs.schemes().apply(org.ropescope.math.schemes.SchemePreset.all().get(Integer.parseInt(a.substring(13))));
            } else if (a.startsWith("rotary=")) {
                w.methods().partialRotaryFactorProperty().set(Double.parseDouble(a.substring(7)));
            } else if (a.startsWith("select=")) {
                PauseTransition later = new PauseTransition(Duration.seconds(1.5)); // as a person would: after layout
                later.setOnFinished(e -> {
                    w.teaching().selectedPairProperty().set(Integer.parseInt(a.substring(7)));
                });
                later.play();
            } else if (a.equals("menu")) { // the File menu open, to look at its frame in each theme
                PauseTransition later = new PauseTransition(Duration.seconds(2));
                later.setOnFinished(e -> ((javafx.scene.control.MenuBar) w.lookup("#menuBar")).getMenus().get(0).show());
                later.play();
            } else if (a.startsWith("hover=")) {
                String[] xy = a.substring(6).split(",");
                PauseTransition later = new PauseTransition(Duration.seconds(2));
                later.setOnFinished(e -> {
                    double x = Double.parseDouble(xy[0]);
                    double y = Double.parseDouble(xy[1]);
                    if (args.get(0).equals("rotation")) {
                        tabs.rotation().hoverForShot(x, y);
                    } else {
                        tabs.periods().hoverAt(x, y);
                    }
                });
                later.play();
            }
        }
    }

    }
}
