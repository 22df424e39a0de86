package org.ropescope.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.ropescope.math.Limits;

/**
 * The four inputs as a person types them, in the window and on the command line. Each knows its
 * name, its rule and how to read text into a value inside {@link Limits}; the messages are the one
 * line a person sees next to the field or on standard error.
 */
public enum InputField {

    BASE("b", "--base", NumberText.Suffixes.DECIMAL) {
        @Override
        public Parsed<Double> parse(String text) {
            BigDecimal v = NumberText.parse(text, suffixes);
            if (v == null) {
                return Parsed.error(rule() + ", got " + shown(text));
            }
            if (v.compareTo(BigDecimal.ONE) <= 0 || v.compareTo(BigDecimal.valueOf(Limits.BASE_MAX)) > 0) {
                return Parsed.error(rule() + ", got " + shown(text));
            }
            return Parsed.ok(v.doubleValue());
        }

        @Override
        public String rule() {
            return Limits.baseRule();
        }
    },

    DIM("d", "--dim", NumberText.Suffixes.DECIMAL) {
        @Override
        public Parsed<Double> parse(String text) {
            BigInteger n = wholeNumberIn(NumberText.parse(text, suffixes), Limits.DIM_MIN, Limits.DIM_MAX);
            if (n == null || n.testBit(0)) {
                return Parsed.error(rule() + ", got " + shown(text));
            }
            return Parsed.ok(n.doubleValue());
        }

        @Override
        public String rule() {
            return Limits.dimRule();
        }
    },

    ORIGINAL_LENGTH("m_l", "--orig", NumberText.Suffixes.BINARY) {
        @Override
        public Parsed<Double> parse(String text) {
            return parseLength(this, text);
        }

        @Override
        public String rule() {
            return Limits.lengthRule(label());
        }
    },

    NEW_LENGTH("m", "--new", NumberText.Suffixes.BINARY) {
        @Override
        public Parsed<Double> parse(String text) {
            return parseLength(this, text);
        }

        @Override
        public String rule() {
            return Limits.lengthRule(label());
        }
    };

    private final String label;
    private final String option;
    final NumberText.Suffixes suffixes;

    InputField(String label, String option, NumberText.Suffixes suffixes) {
        this.label = label;
        this.option = option;
        this.suffixes = suffixes;
    }

    /** The symbol a person sees: {@code b}, {@code d}, {@code m_l}, {@code m}. */
    public String label() {
        return label;
    }

    /** The command-line option that sets this field. */
    public String option() {
        return option;
    }

    /** What is allowed, as one sentence that starts with the field's symbol. */
    public abstract String rule();

    /**
     * Reads {@code text}. A value comes back inside the field's limits (the base as a double,
     * the others as exact whole numbers); anything else comes back as one line naming the field.
     */
    public abstract Parsed<Double> parse(String text);

    private static Parsed<Double> parseLength(InputField f, String text) {
        BigInteger n = wholeNumberIn(NumberText.parse(text, f.suffixes), Limits.LENGTH_MIN, Limits.LENGTH_MAX);
        if (n == null) {
            return Parsed.error(f.rule() + ", got " + shown(text));
        }
        return Parsed.ok(n.doubleValue());
    }

    /** {@code v} as a whole number in {@code [min, max]}, or {@code null}. Range first: 1e999999 stays cheap. */
    private static BigInteger wholeNumberIn(BigDecimal v, long min, long max) {
        if (v == null || v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0
                || v.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return v.toBigIntegerExact();
    }

    private static String shown(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return "nothing";
        }
        if (t.length() > 40) {
            t = t.substring(0, 37) + "...";
        }
        return NumberText.parse(t, NumberText.Suffixes.DECIMAL) == null ? "'" + t + "'" : t;
    }
}
