package org.ropescope.format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Number formats for reading, shared by the window, the charts and the files. One locale
 * ({@link Locale#US}: comma groups, point decimals) so that what is shown can be typed back.
 */
public final class Numbers {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    /**
     * Each thread's formats by pattern, made once: the table formats hundreds of numbers a frame, and
     * making a {@link DecimalFormat} costs more than using one (they are not safe to share between
     * threads, and exports format off the FX thread).
     */
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static DecimalFormat format(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, US));
    }
    private static final String[] SI = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};

    private Numbers() {
    }

    /** Whole numbers with groups ({@code 16,384}); other values with up to 6 decimals ({@code 1.5}). */
    public static String grouped(double v) {
        DecimalFormat f = format("#,##0.######");
        return f.format(v);
    }

    /**
     * {@code digits} significant digits, grouped, never in exponent form below 1e15
     * ({@code 4.088994243}, {@code 40,889.94243}, {@code 217,640.5725}).
     */
    public static String significant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e15 || a < 1e-6) {
            return String.format(Locale.US, "%." + (digits - 1) + "e", v);
        }
        int intDigits = (int) Math.floor(Math.log10(a)) + 1;
        int decimals = Math.max(0, digits - intDigits);
        DecimalFormat f = format("#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""));
        return f.format(v);
    }

    /** A period in tokens for reading: {@code 217,640.6} (one decimal), {@code 6.283} below 10. */
    public static String tokens(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (Math.abs(v) < 10) {
            return format("0.###").format(v);
        }
        if (Math.abs(v) >= 1e15) {
            return String.format(Locale.US, "%.4e", v);
        }
        return format("#,##0.0").format(v);
    }

    /**
     * Compact SI form for axis ticks and file names: {@code 10}, {@code 100}, {@code 1k},
     * {@code 16k}, {@code 2.5M}. At most three significant digits.
     */
    public static String compact(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a < 1000) {
            return format("0.##").format(v);
        }
        int group = Math.min(SI.length - 1, (int) Math.floor(Math.log10(a) / 3));
        double scaled = v / Math.pow(1000, group);
        if (Math.abs(scaled) >= 999.5 && group < SI.length - 1) {
            group++;
            scaled = v / Math.pow(1000, group);
        }
        return format("0.##").format(scaled) + SI[group];
    }

    /**
     * Context lengths the way model cards name them, in binary steps: {@code 4k} for 4,096,
     * {@code 128k} for 131,072, {@code 1M} for 1,048,576; other values as plain numbers.
     */
    public static String contextLength(long tokens) {
        if (tokens >= 1L << 20 && tokens % (1L << 20) == 0) {
            return (tokens >> 20) + "M";
        }
        if (tokens >= 1L << 10 && tokens % (1L << 10) == 0) {
            return (tokens >> 10) + "k";
        }
        return Long.toString(tokens);
    }

    /** {@link #compact} as a {@link NumberFormat}, for JFreeChart's tick labels. */
    public static NumberFormat compactFormat() {
        return new CompactFormat();
    }

    private static final class CompactFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(compact(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(compact(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("tick labels are not parsed");
        }
    }
}
