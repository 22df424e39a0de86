package org.ropescope.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The floor under every update figure: a window of the app's size holding one label, whose text
 * changes the way a drag changes a value, timed exactly as {@link UpdateBench} times the app (pulse
 * start to the end of the paint). What this costs, JavaFX spends on any frame in this set-up (the
 * pulse, synchronising the scene, copying the whole frame out of the software renderer); the app's
 * own share of an update is its figure minus this one.
 *
 * <p>A second floor is a step of m without the computing: a window of the app's layout whose step
 * changes the same areas with the same kinds of node, every picture drawn in advance
 * ({@link SweepPixels}). What it costs, any design that shows those views as they change pays; the
 * app's figure minus this one is the app's own work.
 */
final class FloorBench {

    private final int steps;
    private final Random random = new Random(7);

    FloorBench(int steps) {
        this.steps = steps;
    }

    void run(Report report) throws Exception {
        Label label = new Label("0");
        report.add(Result.of("update", "floor: one label in an empty 1280x800 window: pulse to paint",
                Stats.of(measure(new StackPane(label), k -> label.setText(Integer.toString(k + 1)))), "ms")
                .note("what any frame costs here; the app's share is its figure minus this"));
        SweepPixels pixels = new SweepPixels();
        report.add(Result.of("update", "floor: the m sweep's changing pixels, drawn in advance: pulse to paint",
                Stats.of(measure(pixels.root, pixels::show)), "ms")
                .note("images and texts the size of what a step of m changes, nothing computed"));
    }

    /** Pulse start to painted, for {@code steps} changes made by {@code change} (given the step number). */
    private List<Double> measure(Parent root, IntConsumer change) throws Exception {
        AtomicReference<CompletableFuture<Long>> pending = new AtomicReference<>();
        long[] pulse = new long[1];
        AnimationTimer clock = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse[0] = now;
            }
        };
        Stage stage = Fx.call(() -> {
            Stage s = new Stage();
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(Objects.requireNonNull(
                    FloorBench.class.getResource("/org/ropescope/app.css")).toExternalForm());
            s.setScene(scene);
            s.show();
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                CompletableFuture<Long> f = pending.getAndSet(null);
                if (f != null) {
                    f.complete(System.nanoTime());
                }
            });
            clock.start();
            return s;
        });
        try {
            List<Double> frame = new ArrayList<>();
            for (int k = 0; k < steps + 30; k++) {
                CompletableFuture<Long> painted = new CompletableFuture<>();
                int step = k;
                Fx.run(() -> {
                    change.accept(step);
                    pending.set(painted);
                });
                long end = painted.get(30, TimeUnit.SECONDS);
                long start = Fx.call(() -> pulse[0]);
                if (k >= 30 && end > start) {
                    frame.add((end - start) / 1e6);
                }
                LockSupport.parkNanos(random.nextInt(16_000_000));
            }
            return frame;
        } finally {
            Fx.run(() -> {
                clock.stop();
                stage.close();
            });
        }
    }

    /**
     * A window laid out as the app's (a side panel of cards in a scroll pane; a chart header, data area
     * and typeset equation beside it), in which a step changes what a step of m changes in the app, by
     * the same areas and kinds of node: the m slider and its field, eight read-out values (two wrapped),
     * the header's canvas, the data area's opaque image, the equation's image and the note beside it.
     * Every picture is drawn in advance (two of each, alternated), so a step computes nothing: what is
     * left is what JavaFX's software pipeline spends to lay out and put those pixels on the screen.
     */
    private static final class SweepPixels {
        final BorderPane root = new BorderPane();
        private final Slider slider = new Slider(12, 26.6, 12);
        private final TextField field = new TextField("4,096");
        private final List<Label> values = new ArrayList<>();
        private final Canvas header = new Canvas(942, 84);
        private final ImageView data = new ImageView();
        private final ImageView equation = new ImageView();
        private final Label note = new Label();
        private final Image[] dataImages = {picture(847, 236, true, 0), picture(847, 236, true, 1)};
        private final Image[] equationImages = {picture(711, 264, false, 0), picture(711, 264, false, 1)};

        SweepPixels() {
            VBox side = new VBox();
            side.getStyleClass().add("side-panel");
            VBox m = card("parameter", "New context  m");
            m.getChildren().addAll(field, slider);
            side.getChildren().add(m);
            for (int c = 0; c < 4; c++) {
                VBox card = card("readout", "Read-out " + (c + 1));
                for (int v = 0; v < 2; v++) {
                    Label value = new Label();
                    value.getStyleClass().add("readout-value");
                    value.setWrapText(v == 1 && c < 2);
                    values.add(value);
                    card.getChildren().add(value);
                }
                Label fixed = new Label("A sentence that stays the same, wrapped over two lines of the card as the"
                        + " explanations of the side panel are.");
                fixed.setWrapText(true);
                card.getChildren().add(fixed);
                side.getChildren().add(card);
            }
            ScrollPane scroll = new ScrollPane(side);
            scroll.getStyleClass().add("side-scroll");
            scroll.setFitToWidth(true);
            scroll.setPrefWidth(338);
            root.setLeft(scroll);

            Pane dataHolder = new Pane(data);
            dataHolder.setBackground(new Background(new BackgroundFill(
                    Color.TRANSPARENT, CornerRadii.EMPTY,
                    new Insets(0, Double.MAX_VALUE / 4, Double.MAX_VALUE / 4, 0))));
            dataHolder.setOpaqueInsets(Insets.EMPTY); // as the app's data area: nothing drawn beneath
            dataHolder.setMinSize(847, 236);
            dataHolder.setMaxSize(847, 236);
            VBox chart = new VBox(header, dataHolder);
            chart.getStyleClass().add("chart-viewer");
            chart.setPadding(new Insets(0, 0, 60, 0));
            note.setWrapText(true);
            note.setPrefWidth(190);
            HBox equationPane = new HBox(equation, note);
            equationPane.getStyleClass().add("equation-pane");
            root.setCenter(new VBox(chart, equationPane));
            show(0);
        }

        private static VBox card(String style, String title) {
            VBox card = new VBox(new Label(title));
            card.getStyleClass().add(style);
            return card;
        }

        /** Lines and text at random, opaque on a white ground for the data area, else on nothing. */
        private static Image picture(int w, int h, boolean opaque, int seed) {
            BufferedImage img = new BufferedImage(w, h,
                    BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (opaque) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            Random r = new Random(seed);
            g.setColor(new java.awt.Color(0x1F77B4));
            for (int k = 0; k < 7; k++) {
                g.drawLine(0, r.nextInt(h), w, r.nextInt(h));
            }
            g.setColor(java.awt.Color.DARK_GRAY);
            for (int y = 24; y < h; y += 40) {
                g.drawString("2\u03c0(\u03bbb)^((d-2)/d) = " + r.nextInt(100_000) + " tokens per turn of pair i", 12, y);
            }
            g.dispose();
            return SwingFXUtils.toFXImage(img, null);
        }

        void show(int k) {
            int m = 4096 + 1000 * k;
            slider.setValue(12 + (k % 100) * 0.07);
            field.setText(String.format(Locale.ROOT, "%,d", m));
            for (int v = 0; v < values.size(); v++) {
                values.get(v).setText(v % 2 == 0 ? "s = " + (m / 4096.0)
                        : "pairs 0 to " + (k % 4000) + " complete a full turn within " + m + " tokens; the rest do not");
            }
            GraphicsContext g = header.getGraphicsContext2D();
            g.clearRect(0, 0, header.getWidth(), header.getHeight());
            g.setFill(Color.BLACK);
            g.fillText("RoPE period of every dimension pair", 8, 20);
            g.fillText("b = 10,000   d = 8192   m_l = 4,096 -> m = " + m + "   s = " + (m / 4096.0), 8, 42);
            g.fillText("Original RoPE   Position interpolation (PI)   Base scaling (lambda b)", 8, 66);
            data.setImage(dataImages[k % 2]);
            equation.setImage(equationImages[k % 2]);
            note.setText("With lambda = s the last pair's period is off by " + (k % 97) + "." + (k % 10) + " %.");
        }
    }
}
