package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import org.ropescope.format.Numbers;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.Teaching;

/**
 * The period-matching equation as LaTeX, with the current numbers substituted: the derivation of
 * {@code lambda = (m/m_l)^(d/(d-2))} in two steps, or, for the shortcut {@code lambda = s}, what that
 * shortcut breaks. Pure text: the window typesets it with JLaTeXMath, export can draw it to files.
 */
public final class EquationTex {

    private static final String MUTED = "\\textcolor{gray}";
    private static final String EXP = "^{(d-2)/d}";

    private EquationTex() {
    }

    /** The derivation, or the shortcut's failure when {@code lambdaEqualsS}. */
    public static String of(RopeConfig c, boolean lambdaEqualsS) {
        return lambdaEqualsS ? shortcut(c) : derivation(c);
    }

    /**
     * {@code tex} without its notes column (the grey words on the right): the same equations in a
     * third of the width, for a narrow pane or presentation mode's large type.
     */
    public static String withoutNotes(String tex) {
        String begin = "\\begin{array}{rcll}";
        String end = "\\end{array}";
        if (!tex.startsWith(begin) || !tex.endsWith(end)) {
            return tex;
        }
        String body = tex.substring(begin.length(), tex.length() - end.length());
        StringBuilder out = new StringBuilder("\\begin{array}{rcl}");
        String[] rows = body.split("\\\\\\\\", -1);
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split(" & ", -1);
            out.append(String.join(" & ", java.util.Arrays.copyOf(cells, Math.min(3, cells.length))));
            if (r < rows.length - 1) {
                out.append("\\\\");
            }
        }
        return out.append(end).toString();
    }

    /**
     * Base scaling's rule and its two-step derivation, then the numbers: {@code lambda} from
     * {@code m} and {@code m_l}, and both sides of the matching equation evaluated.
     */
    public static String derivation(RopeConfig c) {
        int d = c.dim();
        String exp = "^{" + (d - 2) + "/" + d + "}";
        double left = RopeMath.TWO_PI * Math.pow(c.newBase(), (d - 2.0) / d);
        return "\\begin{array}{rcll}"
                + "2\\pi\\,(\\lambda b)" + EXP + " & = & \\frac{m}{m_l}\\cdot 2\\pi\\, b" + EXP
                + " & " + MUTED + "{" + caption("equation.tex.lastPair") + "}\\\\"
                + "\\lambda" + EXP + " & = & \\frac{m}{m_l}"
                + " & " + MUTED + "{" + caption("equation.tex.divide", "2\\pi\\, b" + EXP) + "}\\\\"
                + "\\lambda & = & \\left(\\frac{m}{m_l}\\right)^{d/(d-2)}"
                + " & " + MUTED + "{" + caption("equation.tex.raise", "d/(d-2)") + "}\\\\"
                + " & = & \\left(\\frac{" + tex(Numbers.grouped(c.newLength())) + "}{"
                + tex(Numbers.grouped(c.originalLength())) + "}\\right)^{" + d + "/" + (d - 2) + "} = "
                + tex(Numbers.significant(c.lambda(), 10)) + " & \\\\"
                + "2\\pi\\,(" + tex(Numbers.significant(c.newBase(), 10)) + ")" + exp + " & = & "
                + tex(Numbers.tokens(left)) + " = " + tex(Numbers.significant(c.scale(), 10)) + "\\cdot 2\\pi\\cdot "
                + tex(Numbers.grouped(c.base())) + exp
                + " & " + MUTED + "{" + caption("equation.tex.numbers", "i = " + c.lastPair()) + "}"
                + "\\end{array}";
    }

    /**
     * The shortcut {@code lambda = s}: the last pair's period with base {@code s*b} against its period
     * under PI, the mismatch in percent, and why (the exponent {@code (d-2)/d} applies to the factor too).
     */
    public static String shortcut(RopeConfig c) {
        int d = c.dim();
        String exp = "^{" + (d - 2) + "/" + d + "}";
        int last = c.lastPair();
        double naive = Teaching.naivePeriod(c, last);
        double pi = c.scale() * RopeMath.period(c.base(), d, last);
        return "\\begin{array}{rcll}"
                + "\\lambda & = & s = \\frac{m}{m_l} = " + tex(Numbers.significant(c.scale(), 10))
                + " & " + MUTED + "{" + caption("equation.tex.shortcut") + "}\\\\"
                + "2\\pi\\,(s\\, b)" + EXP + " & = & 2\\pi\\,(" + tex(Numbers.significant(c.scale() * c.base(), 10))
                + ")" + exp + " = " + tex(Numbers.tokens(naive))
                + " & " + MUTED + "{" + caption("equation.tex.lastWithBase", "i = " + last, "s\\, b") + "}\\\\"
                + "\\frac{m}{m_l}\\cdot 2\\pi\\, b" + EXP + " & = & " + tex(Numbers.significant(c.scale(), 10))
                + "\\cdot 2\\pi\\cdot " + tex(Numbers.grouped(c.base())) + exp + " = " + tex(Numbers.tokens(pi))
                + " & " + MUTED + "{" + caption("equation.tex.samePair") + "}\\\\"
                + caption("equation.tex.mismatch") + " & = & s^{-2/d} - 1 = " + percent(Teaching.naiveMismatchPercent(c))
                + " & " + MUTED + "{" + caption("equation.tex.because", "(s\\, b)" + EXP + " = s" + EXP + " b" + EXP,
                        "s" + EXP + "\\neq s") + "}"
                + "\\end{array}";
    }

    /** A percentage for TeX with two decimals and its sign: {@code -2.14\\,\\%}; {@code 0\\,\\%} for none. */
    public static String percent(double p) {
        return signed(p) + "\\,\\%";
    }

    /** The same percentage as plain text for labels and charts: {@code −2.14 %}. */
    public static String percentText(double p) {
        return signed(p).replace('-', '\u2212') + " %";
    }

    private static String signed(double p) {
        return Math.abs(p) < 0.005 ? "0" : String.format(java.util.Locale.ROOT, "%+.2f", p);
    }

    /**
     * A caption in the language in use as TeX: the words of {@code key} in {@code \\text{}}, and each of
     * {@code math} (TeX math, the same in every language) where the sentence has {@code {0}}, {@code {1}}.
     */
    static String caption(String key, String... math) {
        Object[] marks = new Object[math.length];
        for (int k = 0; k < math.length; k++) {
            marks[k] = Character.toString((char) (0xE000 + k)); // private use: never in a translation
        }
        String sentence = math.length == 0 ? text(key) : text(key, marks);
        StringBuilder out = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (char ch : sentence.toCharArray()) {
            if (ch >= 0xE000 && ch < 0xE000 + math.length) {
                out.append(words.length() > 0 ? "\\text{" + words + "}" : "").append(math[ch - 0xE000]);
                words.setLength(0);
            } else {
                words.append(ch == '%' || ch == '$' || ch == '#' || ch == '&' || ch == '_' ? "\\" + ch : ch);
            }
        }
        return out.append(words.length() > 0 ? "\\text{" + words + "}" : "").toString();
    }

    /** A grouped number for TeX math mode: {@code 40,889.9} becomes {@code 40{,}889.9} (no space after the comma). */
    static String tex(String number) {
        return number.replace(",", "{,}");
    }
}
