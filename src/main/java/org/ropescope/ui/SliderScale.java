package org.ropescope.ui;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.ropescope.format.Numbers;
import org.ropescope.math.Limits;

/**
 * How a slider's position maps to a value: logarithmic, snapped to values a person would type,
 * with "magnets" that make the common values (powers of two, common head sizes) easy to hit,
 * and a ladder of nice values for the arrow and page keys.
 */
final class SliderScale {

    private final double logBase;
    private final double minValue;
    private final double maxValue;
    private final double[] magnets;
    private final double magnetTolerance; // in positions (log units)
    private final DoubleUnaryOperator snap;
    private final double[] ladder;
    private final int largeStep;
    private final double majorTickUnit;

    private SliderScale(double logBase, double minValue, double maxValue, double[] magnets, double magnetTolerance,
            DoubleUnaryOperator snap, double[] ladder, int largeStep, double majorTickUnit) {
        this.logBase = logBase;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.magnets = magnets;
        this.magnetTolerance = magnetTolerance;
        this.snap = snap;
        this.ladder = ladder;
        this.largeStep = largeStep;
        this.majorTickUnit = majorTickUnit;
    }

    /** The base b: 100 to 1e10, two significant digits (10,000, 500,000 and 1e6 are all on it). */
    static SliderScale base() {
        TreeSet<Double> ladder = new TreeSet<>();
        double[] mantissas = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8};
        for (int e = 2; e <= 10; e++) {
            for (double m : mantissas) {
                double v = Math.rint(m * Math.pow(10, e));
                if (v <= Limits.BASE_MAX) {
                    ladder.add(v);
                }
            }
        }
        return new SliderScale(10, Limits.BASE_SLIDER_MIN, Limits.BASE_MAX, new double[0], 0,
                SliderScale::twoSignificantDigits, unbox(ladder), 10, 2);
    }

    /** The head dimension d: 4 to 8192, even; powers of two and 80, 96, 160, 192 are magnets. */
    static SliderScale dim() {
        TreeSet<Double> ladder = new TreeSet<>();
        for (int p = 4; p <= Limits.DIM_MAX; p *= 2) {
            ladder.add((double) p);
            if (p >= 16 && p < Limits.DIM_MAX) {
                ladder.add(p * 1.25);
                ladder.add(p * 1.5);
                ladder.add(p * 1.75);
            }
        }
        double[] magnets = {4, 8, 16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 256, 512, 1024, 2048, 4096, 8192};
        return new SliderScale(2, Limits.DIM_MIN, Limits.DIM_MAX, magnets, 0.06,
                v -> 2 * Math.rint(v / 2), unbox(ladder), 4, 2);
    }

    /** A context length: 16 to 1e8 tokens; powers of two are magnets and the arrow keys' steps. */
    static SliderScale length() {
        TreeSet<Double> ladder = new TreeSet<>();
        for (long p = Limits.LENGTH_SLIDER_MIN; p <= Limits.LENGTH_MAX; p *= 2) {
            ladder.add((double) p);
        }
        ladder.add((double) Limits.LENGTH_MAX);
        double[] magnets = unbox(ladder);
        return new SliderScale(2, Limits.LENGTH_SLIDER_MIN, Limits.LENGTH_MAX, magnets, 0.13,
                SliderScale::twoSignificantDigits, magnets, 4, 4);
    }

    double minPosition() {
        return toPosition(minValue);
    }

    double maxPosition() {
        return toPosition(maxValue);
    }

    double majorTickUnit() {
        return majorTickUnit;
    }

    /** The slider position of a value; values beyond the slider's ends sit at its ends. */
    double toPosition(double value) {
        double v = Math.max(minValue, Math.min(maxValue, value));
        return Math.log(v) / Math.log(logBase);
    }

    /** The value at a slider position: snapped, and pulled to a magnet when close to one. */
    double toValue(double position) {
        double raw = Math.pow(logBase, position);
        for (double m : magnets) {
            if (Math.abs(position - toPosition(m)) <= magnetTolerance) {
                return m;
            }
        }
        double v = snap.applyAsDouble(raw);
        return Math.max(minValue, Math.min(maxValue, v));
    }

    /** The next value on the ladder, up or down, one step or a large step (the Page keys). */
    double step(double value, int direction, boolean large) {
        double v = value;
        for (int k = 0; k < (large ? largeStep : 1); k++) {
            v = direction > 0 ? above(v) : below(v);
        }
        return v;
    }

    /**
     * Tick label for a slider position. JavaFX labels the slider's end even off the tick grid; that
     * label gives way when it would sit closer than three quarters of a tick step to the grid label
     * before it ("16M" and "100M", "4k" and "8k" touched). The grid label stays: JavaFX itself drops
     * an end label that overhangs the track (large type), so keeping the end one could leave neither.
     */
    String tickLabel(double position) {
        double end = maxPosition();
        double lastGrid = minPosition() + Math.floor((end - minPosition()) / majorTickUnit + 1e-9) * majorTickUnit;
        if (position > end - 1e-9 && end - lastGrid > 1e-9 && end - lastGrid < 0.75 * majorTickUnit) {
            return "";
        }
        double v = Math.rint(Math.pow(logBase, position));
        boolean powerOfTwo = logBase == 2 && Long.bitCount((long) v) == 1;
        return powerOfTwo ? Numbers.contextLength((long) v) : Numbers.compact(v);
    }

    private double above(double v) {
        int i = Arrays.binarySearch(ladder, v);
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < ladder.length ? ladder[next] : ladder[ladder.length - 1];
    }

    private double below(double v) {
        int i = Arrays.binarySearch(ladder, v);
        int prev = i >= 0 ? i - 1 : -i - 2;
        return prev >= 0 ? ladder[prev] : ladder[0];
    }

    private static double twoSignificantDigits(double v) {
        double unit = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.max(1, Math.rint(v / unit)) * unit;
    }

    private static double[] unbox(TreeSet<Double> set) {
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
