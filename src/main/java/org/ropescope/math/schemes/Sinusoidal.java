package org.ropescope.math.schemes;

import static org.ropescope.text.Texts.text;

import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.diagnostics.LongTermDecay;

/**
 * The sinusoidal absolute position encoding of the original Transformer (Vaswani et al., "Attention Is
 * All You Need", 2017, section 3.5): {@code PE(p, 2i) = sin(p * w_i)}, {@code PE(p, 2i+1) = cos(p * w_i)},
 * {@code w_i = 10000^(-2i/d_model)}. The dot product of two encodings depends on their distance only:
 * {@code PE(p) . PE(p + distance) = sum_i cos(distance * w_i)}; normalised by its value at distance 0 it
 * is {@code (2/d_model) * sum_{i < d_model/2} cos(distance * w_i)}, RoPE's long-term decay with base
 * 10,000 and {@code d = d_model} ({@link LongTermDecay}, shared). Positions beyond the training length
 * were never seen: each is a new vector added to the token, whatever their similarity.
 */
public final class Sinusoidal {

    /** The base of the frequencies in the paper. */
    public static final double BASE = 10_000;
    public static final int D_MODEL_MIN = 4;
    public static final int D_MODEL_MAX = 8192;

    private Sinusoidal() {
    }

    /** The rule for {@code d_model}, as a message says it. */
    public static String dModelRule() {
        return text("rule.dModel", Integer.toString(D_MODEL_MIN), Integer.toString(D_MODEL_MAX));
    }

    /** {@code w_i = 10000^(-2i/d_model)} for {@code i < d_model/2}. */
    public static double[] frequencies(int dModel) {
        if (dModel < D_MODEL_MIN || dModel > D_MODEL_MAX || dModel % 2 != 0) {
            throw new InvalidConfigException("d_model", text("input.invalid", dModelRule(), String.valueOf(dModel)));
        }
        double[] w = new double[dModel / 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.pow(BASE, -2.0 * i / dModel);
        }
        return w;
    }

    /** {@code PE(p) . PE(p + distance) / PE(p) . PE(p)}, for any {@code p}. */
    public static double similarity(int dModel, double distance) {
        return LongTermDecay.at(frequencies(dModel), distance);
    }
}
