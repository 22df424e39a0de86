package org.ropescope.math.schemes;

import static org.ropescope.text.Texts.text;

import java.util.List;
import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.Teaching;
import org.ropescope.math.diagnostics.LongTermDecay;

/**
 * The side-by-side facts of going from {@code m_l} to {@code m}, one row per scheme: what the model
 * meets beyond {@code m_l}, what a retrofit changes, what it costs, and the paper each fact comes from.
 * Numbers are those of the settings; the wording is facts only, in the language in use ({@code facts.*}
 * in the text bundles); {@link #scheme()} stays the English name, an identifier.
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
        return new SchemeFacts("RoPE", text("facts.rope.paper"),
                text("facts.rope.beyond", Integer.toString(slow), Integer.toString(c.pairs()),
                        Numbers.grouped(c.originalLength())),
                text("facts.rope.retrofit"),
                text("facts.rope.cost", Numbers.grouped(c.newLength()),
                        Numbers.significant(LongTermDecay.at(theta, c.newLength()), 3), Numbers.significant(c.scale(), 4)));
    }

    static SchemeFacts alibi(RopeConfig c, SchemeSettings s) {
        double[] slopes = s.slopes();
        double steep = slopes[0];
        double gentle = slopes[0];
        for (double x : slopes) {
            steep = Math.max(steep, x);
            gentle = Math.min(gentle, x);
        }
        return new SchemeFacts("ALiBi", text("facts.alibi.paper"), text("facts.alibi.beyond"),
                text("facts.alibi.retrofit"),
                text("facts.alibi.cost", Integer.toString(s.heads()),
                        Numbers.grouped(Math.round(Alibi.hundredfoldDistance(steep))),
                        Numbers.grouped(Math.round(Alibi.hundredfoldDistance(gentle))),
                        Numbers.significant(Alibi.bias(gentle, c.newLength()), 3)));
    }

    static SchemeFacts t5(RopeConfig c, SchemeSettings s) {
        T5Buckets t = s.t5();
        long sat = t.saturationDistance();
        int atMl = t.distinctBucketsUpTo(c.originalLength());
        int atM = t.distinctBucketsUpTo(c.newLength());
        return new SchemeFacts("T5 bias", text("facts.t5.paper"),
                text(c.originalLength() >= sat ? "facts.t5.beyond.metWithin" : "facts.t5.beyond", Numbers.grouped(sat),
                        Integer.toString(t.bucketBefore(sat)), Integer.toString(atMl), Integer.toString(atM),
                        Integer.toString(atM - atMl)),
                text("facts.t5.retrofit"),
                text("facts.t5.cost", Numbers.grouped(sat), Numbers.grouped(c.newLength())));
    }

    static SchemeFacts sinusoidal(RopeConfig c, SchemeSettings s) {
        return new SchemeFacts("Sinusoidal", text("facts.sinusoidal.paper"),
                text("facts.sinusoidal.beyond", Numbers.grouped(c.newLength() - c.originalLength())),
                text("facts.sinusoidal.retrofit"),
                text("facts.sinusoidal.cost", Integer.toString(s.dModel()),
                        Numbers.significant(Sinusoidal.similarity(s.dModel(), c.newLength()), 3)));
    }
}
