package org.ropescope.math.scaling;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * One method evaluated on one {@link ScalingContext}: for every rotating pair {@code i}
 * ({@code 0 <= i < context.pairs()}) its inverse frequency (radians per token), its period
 * {@code T'_i = 2*pi / inv_freq_i} in tokens and its stretch {@code T'_i / T_i} against the
 * unscaled model; plus the attention factor where the method has one.
 *
 * <p>Immutable: array accessors hand out copies. Every value is finite and positive (the methods'
 * parameters are validated before they get here), so a chart can draw all of them on log axes.
 * Pairs of a partially rotating head beyond {@code context.pairs()} are not listed: they never
 * rotate, their period is unbounded, and {@link ScalingContext#headPairs()} says how many there are.
 */
public final class ScaledFrequencies {

    private final ScalingMethod method;
    private final ScalingContext context;
    private final double[] invFreq;
    private final double[] period;
    private final double[] stretch;
    private final OptionalDouble attentionFactor;
    private final OptionalDouble scaledBase;
    // taken in the constructor's check of every value: a drag asks for them on every frame
    private final double minPeriod;
    private final double maxPeriod;
    private final double minStretch;
    private final double maxStretch;

    /**
     * Package-private: only the method records build these. {@code stretch} may be null, in which
     * case it is {@code period[i] / (2*pi*b^(2i/d))}. The arrays are taken over, not copied.
     */
    ScaledFrequencies(ScalingMethod method, ScalingContext context, double[] invFreq, double[] period,
            double[] stretch, OptionalDouble attentionFactor, OptionalDouble scaledBase) {
        this.method = method;
        this.context = context;
        this.invFreq = invFreq;
        this.period = period;
        if (stretch == null) {
            stretch = new double[period.length];
            double[] original = Spectra.sharedPeriod(context.base(), context.rotaryDim());
            for (int i = 0; i < period.length; i++) {
                stretch[i] = period[i] / original[i];
            }
        }
        this.stretch = stretch;
        this.attentionFactor = attentionFactor;
        this.scaledBase = scaledBase;
        double loP = Double.POSITIVE_INFINITY;
        double hiP = 0;
        double loS = Double.POSITIVE_INFINITY;
        double hiS = 0;
        for (int i = 0; i < invFreq.length; i++) {
            if (!(invFreq[i] > 0 && Double.isFinite(invFreq[i]) && period[i] > 0 && Double.isFinite(period[i])
                    && stretch[i] > 0 && Double.isFinite(stretch[i]))) {
                throw new IllegalStateException(method.kind().id() + " gave a non-finite value at pair " + i);
            }
            loP = Math.min(loP, period[i]);
            hiP = Math.max(hiP, period[i]);
            loS = Math.min(loS, stretch[i]);
            hiS = Math.max(hiS, stretch[i]);
        }
        boolean none = invFreq.length == 0;
        this.minPeriod = none ? Double.NaN : loP;
        this.maxPeriod = none ? Double.NaN : hiP;
        this.minStretch = none ? Double.NaN : loS;
        this.maxStretch = none ? Double.NaN : hiS;
    }

    /** The method (with its parameters) that produced these values. */
    public ScalingMethod method() {
        return method;
    }

    /** The context the method was evaluated on. */
    public ScalingContext context() {
        return context;
    }

    /** Number of rotating pairs, the length of every array here. */
    public int size() {
        return invFreq.length;
    }

    /** Inverse frequency of pair {@code i}, radians per token ({@code inv_freq[i]} in transformers). */
    public double invFreq(int i) {
        return invFreq[i];
    }

    /** Period of pair {@code i} in tokens, {@code 2*pi / invFreq(i)}. */
    public double period(int i) {
        return period[i];
    }

    /** Stretch of pair {@code i}: its period divided by the unscaled period {@code 2*pi*b^(2i/d)}. */
    public double stretch(int i) {
        return stretch[i];
    }

    /** A copy of every inverse frequency, pair 0 first. */
    public double[] invFreqs() {
        return Arrays.copyOf(invFreq, invFreq.length);
    }

    /** A copy of every period, pair 0 first. */
    public double[] periods() {
        return Arrays.copyOf(period, period.length);
    }

    /** A copy of every stretch, pair 0 first. */
    public double[] stretches() {
        return Arrays.copyOf(stretch, stretch.length);
    }

    /**
     * The factor by which the method scales cos and sin (and so the attention logits' temperature),
     * for {@code yarn} and {@code longrope}; empty for methods that leave it at 1.
     */
    public OptionalDouble attentionFactor() {
        return attentionFactor;
    }

    /** The base the method ends up using, for {@code ntk} and {@code dynamic}; empty otherwise. */
    public OptionalDouble scaledBase() {
        return scaledBase;
    }

    /** Smallest period over the pairs. */
    public double minPeriod() {
        return minPeriod;
    }

    /** Largest period over the pairs. */
    public double maxPeriod() {
        return maxPeriod;
    }

    /** Smallest stretch over the pairs. */
    public double minStretch() {
        return minStretch;
    }

    /** Largest stretch over the pairs. */
    public double maxStretch() {
        return maxStretch;
    }
}
