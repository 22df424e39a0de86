package org.ropescope.math.scaling;

import java.util.Locale;
import org.ropescope.math.Limits;

/**
 * One line describing a method and its parameters on a context, for legends, tooltips and the
 * export summary: {@code YaRN: factor 4, beta_fast 32, beta_slow 1, attention factor 1.13863}. Two methods of the
 * same kind with different parameters get different lines.
 */
public final class MethodSummary {

    private MethodSummary() {
    }

    /** The label, a colon, and the parameters that matter on {@code c} (factors resolved to numbers). */
    public static String of(ScalingMethod m, ScalingContext c) {
        StringBuilder s = new StringBuilder(m.label());
        if (m instanceof DefaultRope) {
            return s.toString();
        }
        s.append(": factor ").append(num(m.factor(c)));
        if (m instanceof DynamicNtk) {
            s.append(", at L = ").append(((DynamicNtk) m).seqLen(c));
        } else if (m instanceof Yarn) {
            Yarn y = (Yarn) m;
            s.append(", beta_fast ").append(num(y.betaFast())).append(", beta_slow ").append(num(y.betaSlow()));
            if (!y.truncate()) {
                s.append(", no truncation");
            }
        } else if (m instanceof Llama3) {
            Llama3 l = (Llama3) m;
            s.append(", low_freq_factor ").append(num(l.lowFreqFactor())).append(", high_freq_factor ")
                    .append(num(l.highFreqFactor()));
        } else if (m instanceof LongRope) {
            s.append(((LongRope) m).usesLongFactor(c) ? ", long factors" : ", short factors");
        }
        m.attentionFactor(c).ifPresent(a -> s.append(", attention factor ")
                .append(String.format(Locale.ROOT, "%.6g", a)));
        return s.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Limits.plain(v) : String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "");
    }
}
