package org.ropescope.math.schemes;

import java.util.List;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.Teaching;
import org.ropescope.math.diagnostics.LongTermDecay;

/**
 * The side-by-side facts of going from {@code m_l} to {@code m}, one row per scheme: what the model
 * meets beyond {@code m_l}, what a retrofit changes, what it costs, and the paper each fact comes from.
 * Numbers are those of the settings; the wording is facts only.
 *
 * @param scheme   the scheme's name
 * @param paper    the paper (and, for retrofits, the papers of the retrofit)
 * @param beyond   what the model meets beyond {@code m_l}
 * @param retrofit what a retrofit to {@code m} changes
 * @param cost     what it costs, with this setting's numbers
 */
public record SchemeFacts(String scheme, String paper, String beyond, String retrofit, String cost) {

    /** RoPE, ALiBi, T5 and sinusoidal, in that order, for {@code c} and {@code s}. */
    public static List<SchemeFacts> of(RopeConfig c, SchemeSettings s) {
        return List.of(rope(c), alibi(c, s), t5(c, s), sinusoidal(c, s));
    }

    static SchemeFacts rope(RopeConfig c) {
        int slow = c.pairs() - Teaching.pairsCompletingTurn(c);
        double[] theta = new double[c.pairs()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = RopeMath.theta(c.base(), c.dim(), i);
        }
        return new SchemeFacts("RoPE",
                "Su et al., RoFormer (2021); retrofits: Chen et al., PI (2023); Peng et al., YaRN (2024)",
                "New rotation angles: " + slow + " of " + c.pairs() + " pairs have periods longer than m_l = "
                        + Numbers.grouped(c.originalLength()) + " and turn past any angle seen in training.",
                "b (base scaling, NTK, YaRN) or the positions (PI: p × m_l / m), then a short fine-tune.",
                "Long-term decay at m = " + Numbers.grouped(c.newLength()) + ": "
                        + Numbers.significant(LongTermDecay.at(theta, c.newLength()), 3)
                        + " (1 at Δ = 0). PI packs positions s = " + Numbers.significant(c.scale(), 4)
                        + " times closer; base scaling slows the slow pairs.");
    }

    static SchemeFacts alibi(RopeConfig c, SchemeSettings s) {
        double[] slopes = s.slopes();
        double steep = slopes[0];
        double gentle = slopes[0];
        for (double x : slopes) {
            steep = Math.max(steep, x);
            gentle = Math.min(gentle, x);
        }
        return new SchemeFacts("ALiBi", "Press, Smith & Lewis, Train Short, Test Long (ICLR 2022)",
                "Nothing new: the bias −slope·Δ is the same line at every distance; no position is added to "
                        + "the tokens.",
                "Nothing: the trained model is run at m as it is.",
                "Far keys get almost no weight: the steepest of " + s.heads() + " heads cuts a key's weight "
                        + "100-fold beyond Δ = " + Numbers.grouped(Math.round(Alibi.hundredfoldDistance(steep)))
                        + ", the gentlest beyond Δ = " + Numbers.grouped(Math.round(Alibi.hundredfoldDistance(gentle)))
                        + "; at Δ = m its factor is e^" + Numbers.significant(Alibi.bias(gentle, c.newLength()), 3)
                        + ".");
    }

    static SchemeFacts t5(RopeConfig c, SchemeSettings s) {
        T5Buckets t = s.t5();
        long sat = t.saturationDistance();
        int atMl = t.distinctBucketsUpTo(c.originalLength());
        int atM = t.distinctBucketsUpTo(c.newLength());
        return new SchemeFacts("T5 bias", "Raffel et al., T5 (JMLR 2020); transformers' _relative_position_bucket",
                "One saturated bucket: every key from Δ = " + Numbers.grouped(sat) + " on shares bucket "
                        + t.bucketBefore(sat) + (c.originalLength() >= sat ? ", already met within m_l" : "")
                        + ". Keys before the query meet " + atMl + " buckets up to m_l, " + atM + " up to m ("
                        + (atM - atMl) + " new).",
                "Nothing: the same buckets cover any length.",
                "Distance past Δ = " + Numbers.grouped(sat) + " is not seen: keys at Δ = " + Numbers.grouped(sat)
                        + " and at Δ = m = " + Numbers.grouped(c.newLength()) + " get the same bias.");
    }

    static SchemeFacts sinusoidal(RopeConfig c, SchemeSettings s) {
        return new SchemeFacts("Sinusoidal", "Vaswani et al., Attention Is All You Need (2017); "
                + "extrapolation measured by Press et al. (2022)",
                "New absolute positions: the " + Numbers.grouped(c.newLength() - c.originalLength())
                        + " positions past m_l add encodings never seen in training.",
                "The positions (interpolate them into 0 … m_l), then fine-tune.",
                "PE(p)·PE(p+Δ) at Δ = m, d_model = " + s.dModel() + ": "
                        + Numbers.significant(Sinusoidal.similarity(s.dModel(), c.newLength()), 3)
                        + " (1 at Δ = 0). Press et al. (fig. 1) measured its perplexity rising soon past the "
                        + "training length.");
    }
}
