package org.ropescope.math.scaling;

import static org.ropescope.text.Texts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ropescope.math.Limits;

/**
 * One line describing a method and its parameters on a context, for legends, tooltips and the
 * export summary: {@code YaRN: factor 4, beta_fast 32, beta_slow 1, attention factor 1.13863}. Two methods of the
 * same kind with different parameters get different lines. In the language in use (the text bundles'
 * {@code summary.*}); config.json's keys stay as they are.
 */
public final class MethodSummary {

    private MethodSummary() {
    }

    /** The label, a colon, and the parameters that matter on {@code c} (factors resolved to numbers). */
    public static String of(ScalingMethod m, ScalingContext c) {
        String label = text("method." + m.kind().id()); // the kind's label, in the language in use
        if (m instanceof DefaultRope) {
            return label;
        }
        List<String> parts = new ArrayList<>();
        parts.add(text("summary.factor", num(m.factor(c))));
        if (m instanceof DynamicNtk) {
            parts.add(text("summary.atLength", Long.toString(((DynamicNtk) m).seqLen(c))));
        } else if (m instanceof Yarn) {
            Yarn y = (Yarn) m;
            parts.add("beta_fast " + num(y.betaFast())); // config.json's keys: the same in every language
            parts.add("beta_slow " + num(y.betaSlow()));
            if (!y.truncate()) {
                parts.add(text("summary.noTruncation"));
            }
        } else if (m instanceof Llama3) {
            Llama3 l = (Llama3) m;
            parts.add("low_freq_factor " + num(l.lowFreqFactor()));
            parts.add("high_freq_factor " + num(l.highFreqFactor()));
        } else if (m instanceof LongRope) {
            parts.add(text(((LongRope) m).usesLongFactor(c) ? "summary.longFactors" : "summary.shortFactors"));
        }
        m.attentionFactor(c).ifPresent(a -> parts.add(text("summary.attention", String.format(Locale.ROOT, "%.6g", a))));
        return text("summary.line", label, String.join(text("summary.separator"), parts));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Limits.plain(v) : String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "");
    }
}
