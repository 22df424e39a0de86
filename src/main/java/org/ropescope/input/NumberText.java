package org.ropescope.input;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ropescope.text.Language;
import org.ropescope.text.Texts;

/**
 * Reads numbers as people type them: {@code 500000}, {@code 5e5}, {@code 1_000_000},
 * {@code 10,000}, and with a suffix {@code 128k} or {@code 1M}.
 *
 * <p>Two suffix conventions exist, and each field uses the one its people use: context lengths are
 * named in binary steps on model cards ({@code 4k = 4,096}, {@code 128k = 131,072},
 * {@code 1M = 1,048,576}), while a base is a decimal number ({@code 500k = 500,000}).
 */
public final class NumberText {

    /** How a {@code k}, {@code M} or {@code G} suffix multiplies. */
    public enum Suffixes {
        /** k = 1e3, M = 1e6, G = 1e9. */
        DECIMAL(1000),
        /** k = 1024, M = 1024^2, G = 1024^3 (context lengths). */
        BINARY(1024);

        final long step;

        Suffixes(long step) {
            this.step = step;
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([kKmMgG]?)");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private NumberText() {
    }

    /**
     * The exact decimal value of {@code text}, or {@code null} when it is not a number.
     * Values too large for a double (such as {@code 1e400}) come back exact, so the caller can
     * say they are out of range rather than malformed.
     */
    public static BigDecimal parse(String text, Suffixes suffixes) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace("_", "");
        if (GROUPED.matcher(t.replaceAll("[kKmMgG]$", "").strip()).matches()) {
            t = t.replace(",", "");
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(m.group(1));
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // exponent beyond what BigDecimal holds
        }
        String suffix = m.group(2).toLowerCase(Locale.ROOT);
        int power = switch (suffix) {
            case "k" -> 1;
            case "m" -> 2;
            case "g" -> 3;
            default -> 0;
        };
        return v.multiply(BigDecimal.valueOf(suffixes.step).pow(power));
    }

    /**
     * Typed text as it appears in a one-line message: stripped, control and line-separator
     * characters shown as '?', at most 40 characters, quoted unless it reads as a number
     * ({@code got 3}, {@code got 'abc'}, {@code got nothing}).
     */
    public static String echo(String text) {
        return echo(text, Language.ENGLISH);
    }

    /** {@link #echo(String)} for the window: an empty field is said in {@code language}. */
    public static String echo(String text, Language language) {
        String t = text == null ? "" : oneLine(text.strip());
        if (t.isEmpty()) {
            return Texts.format(language, "input.nothing");
        }
        if (t.length() > 40) {
            t = t.substring(0, 37) + "...";
        }
        return parse(t, Suffixes.DECIMAL) == null ? "'" + t + "'" : t;
    }

    /** {@code text} with every control character (C0 and C1) and line or paragraph separator as '?'. */
    public static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "?");
    }
}
