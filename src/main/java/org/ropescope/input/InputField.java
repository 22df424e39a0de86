package org.ropescope.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.ropescope.math.Limits;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * The four inputs as a person types them, in the window and on the command line. Each knows its
 * name, its rule and how to read text into a value inside {@link Limits}; the messages are the one
 * line a person sees next to the field or on standard error.
 */
public enum InputField {

    BASE("b", "--base", NumberText.Suffixes.DECIMAL),
    DIM("d", "--dim", NumberText.Suffixes.DECIMAL),
    ORIGINAL_LENGTH("m_l", "--orig", NumberText.Suffixes.BINARY),
    NEW_LENGTH("m", "--new", NumberText.Suffixes.BINARY);

    private final String label;
    private final String option;
    private final NumberText.Suffixes suffixes;

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
    public String rule() {
        return switch (this) {
            case BASE -> Limits.baseRule();
            case DIM -> Limits.dimRule();
            case ORIGINAL_LENGTH, NEW_LENGTH -> Limits.lengthRule(label);
        };
    }

    /** {@link #rule()} in {@code language}, for the window (the command line speaks English). */
    public String rule(Language language) {
        return switch (this) {
            case BASE -> Texts.format(language, "input.base.rule", "1e10");
            case DIM -> Texts.format(language, "input.dim.rule", Integer.toString(Limits.DIM_MIN),
                    Integer.toString(Limits.DIM_MAX));
            case ORIGINAL_LENGTH, NEW_LENGTH -> Texts.format(language, "input.length.rule", label);
        };
    }

    /** {@link #parse(String)} with its one line in {@code language}, for the window. */
    public Parsed<Double> parse(String text, Language language) {
        Parsed<Double> p = parse(text);
        return p.isOk() ? p : Parsed.error(Texts.format(language, "input.invalid", rule(language),
                NumberText.echo(text, language)));
    }

    /**
     * Reads {@code text}. A value comes back inside the field's limits (the base as a double,
     * the others as exact whole numbers); anything else comes back as one line naming the field.
     */
    public Parsed<Double> parse(String text) {
        BigDecimal v = NumberText.parse(text, suffixes);
        Double value = switch (this) {
            case BASE -> v == null || v.compareTo(BigDecimal.ONE) <= 0
                    || v.compareTo(BigDecimal.valueOf(Limits.BASE_MAX)) > 0 ? null : v.doubleValue();
            case DIM -> {
                BigInteger n = wholeNumberIn(v, Limits.DIM_MIN, Limits.DIM_MAX);
                yield n == null || n.testBit(0) ? null : n.doubleValue();
            }
            case ORIGINAL_LENGTH, NEW_LENGTH -> {
                BigInteger n = wholeNumberIn(v, Limits.LENGTH_MIN, Limits.LENGTH_MAX);
                yield n == null ? null : n.doubleValue();
            }
        };
        return value == null ? Parsed.error(rule() + ", got " + shown(text)) : Parsed.ok(value);
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
        return NumberText.echo(text);
    }
}
