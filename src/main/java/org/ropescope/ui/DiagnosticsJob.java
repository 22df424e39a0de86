package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.ropescope.math.diagnostics.BaseBound;
import org.ropescope.math.diagnostics.FirstNegative;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The diagnostics too slow for a frame, computed off the FX thread: where each drawn curve first
 * falls below zero, then the base bound of Men et al. 2024 for {@code m} and for {@code m_l}.
 * {@link #restart} cancels the run in progress at once and starts one for the new methods once they
 * have held still for {@link #SETTLE} (a drag changes them every frame: a run per frame would take
 * the second core from the renderer, and its progress indicator would repaint every frame); results
 * arrive on the FX thread, the first negatives first, and a result for anything but the latest
 * methods is never shown. One daemon thread; the FX thread only ever submits and cancels.
 */
final class DiagnosticsJob {

    /**
     * What is known so far for {@code table}; {@code null} fields are still being computed.
     *
     * @param table       the methods the values are for
     * @param firsts      per method of {@code table}, where it first falls below zero
     * @param forNew      {@code b_min(m, d)}
     * @param forOriginal {@code b_min(m_l, d)}
     */
    record Result(MethodTable table, List<FirstNegative> firsts, BaseBound forNew, BaseBound forOriginal) {

        // each run's result is news to its listeners: compared by identity, not by its method tables
        // (a record's own equals compared them all on every set, and spun method-handle classes at
        // the first one, in the first frame's path)
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diagnostics");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Task<Result> task;
    private MethodTable latest;
    private boolean started;

    /** How long the methods must hold still before a run starts. */
    static final Duration SETTLE = Duration.millis(200);
    /**
     * How long the first methods wait: the window's first run would otherwise take the second core
     * while the window starts (70 ms later first frame on two cores, measured on the app image).
     */
    static final Duration FIRST_SETTLE = Duration.seconds(1);
    private final PauseTransition settle = new PauseTransition(SETTLE);

    DiagnosticsJob() {
        settle.setOnFinished(e -> start(latest));
    }

    /**
     * Starts over for {@code table}: the run in progress is cancelled now, the new one starts once
     * {@code table} has held still for {@link #SETTLE}; the FX thread only.
     */
    void restart(MethodTable table) {
        if (table.equals(latest)) {
            return;
        }
        latest = table;
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        running.set(false);
        message.set("");
        result.set(new Result(table, null, null, null));
        settle.setDuration(started ? SETTLE : FIRST_SETTLE);
        started = true;
        settle.playFromStart();
    }

    private void start(MethodTable table) {
        Task<Result> t = new Run(table);
        t.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now.table() == latest) {
                result.set(now);
            }
        });
        t.messageProperty().addListener((obs, was, now) -> {
            if (task == t) {
                message.set(now);
            }
        });
        t.runningProperty().addListener((obs, was, now) -> {
            if (task == t) {
                running.set(now);
            }
        });
        t.setOnFailed(e -> {
            if (task == t) {
                message.set("not computed: " + t.getException());
            }
        });
        task = t;
        running.set(true);
        executor.submit(t);
    }

    /** The latest values for the latest methods. */
    ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while a run is going. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the run is doing ("searching b = 1.23e5"). */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One run: first negatives, then the bound for m, then for m_l. */
    /** At most this often the running search says where it is. */
    static final long PROGRESS_EVERY_NS = 100_000_000L;

    private static final class Run extends Task<Result> {
        private final MethodTable table;

        Run(MethodTable table) {
            this.table = table;
        }

        @Override
        protected Result call() {
            ScalingContext c = table.context();
            updateMessage(text("diagnostics.job.firsts"));
            List<FirstNegative> firsts = new ArrayList<>();
            for (ScaledFrequencies f : table.results()) {
                if (isCancelled()) {
                    return null;
                }
                firsts.add(FirstNegative.search(f.invFreqs(), c.newLength()));
            }
            Result r = new Result(table, List.copyOf(firsts), null, null);
            updateValue(r);
            BaseBound forNew = bound(c.newLength(), c.rotaryDim(), "m");
            r = new Result(table, r.firsts(), forNew, null);
            updateValue(r);
            BaseBound forOriginal = bound(c.originalLength(), c.rotaryDim(), "m_l");
            updateMessage("");
            return new Result(table, r.firsts(), forNew, forOriginal);
        }

        /** When the progress message last changed ({@link System#nanoTime}). */
        private long said = System.nanoTime() - PROGRESS_EVERY_NS;

        private BaseBound bound(long length, int dim, String name) {
            return BaseBound.compute(length, dim, b -> {
                // the search tries thousands of bases a second: every one set the label's text on the FX
                // thread (about 3 a millisecond) and laid out the side panel every frame; ten a second read
                long now = System.nanoTime();
                if (now - said >= PROGRESS_EVERY_NS) {
                    said = now;
                    updateMessage(text("diagnostics.job.bound", name, String.format(Locale.ROOT, "%.3g", b)));
                }
            }, this::isCancelled);
        }
    }
}
