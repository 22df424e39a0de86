package org.ropescope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ropescope.math.Curve;
import org.ropescope.math.PeriodTable;
import org.ropescope.math.scaling.MethodTable;

/**
 * The period table as CSV: a header and one row per pair, columns
 * {@value #HEADER}. {@code theta} is the original frequency {@code b^(-2i/d)}. Numbers are
 * {@link Double#toString} (shortest round-trip form), so reading them back gives the same doubles.
 * Later columns are only ever appended after these: with a {@link MethodTable} of further methods,
 * one column {@code period_<method>} per method ({@link MethodTable#columnNames()}).
 */
public final class CsvExporter {

    public static final String HEADER = "i,theta,period_original,period_interpolated,period_base_scaled";

    private CsvExporter() {
    }

    /** The whole file as text, {@code \n} line ends. */
    public static String toCsv(PeriodTable t) {
        return toCsv(t, null);
    }

    /**
     * The five columns of {@code t}, then one {@code period_<method>} column per method of
     * {@code extra} (which must have as many pairs as {@code t}); {@code extra} may be {@code null}.
     */
    public static String toCsv(PeriodTable t, MethodTable extra) {
        int n = extra == null ? 0 : extra.size();
        if (n > 0 && extra.context().pairs() != t.size()) {
            throw new IllegalArgumentException("the methods have " + extra.context().pairs() + " pairs, the table "
                    + t.size());
        }
        StringBuilder sb = new StringBuilder(HEADER);
        for (int k = 0; k < n; k++) {
            sb.append(',').append(extra.columnNames().get(k));
        }
        sb.append('\n');
        for (int i = 0; i < t.size(); i++) {
            sb.append(i).append(',')
                    .append(Double.toString(t.theta(i))).append(',')
                    .append(Double.toString(t.period(Curve.ORIGINAL, i))).append(',')
                    .append(Double.toString(t.period(Curve.INTERPOLATED, i))).append(',')
                    .append(Double.toString(t.period(Curve.BASE_SCALED, i)));
            for (int k = 0; k < n; k++) {
                sb.append(',').append(Double.toString(extra.get(k).period(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #toCsv(PeriodTable, MethodTable)} to {@code file} atomically. */
    public static void write(PeriodTable t, MethodTable extra, Path file) throws IOException {
        String text = toCsv(t, extra);
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** Writes {@link #toCsv} to {@code out} as UTF-8. */
    public static void write(PeriodTable t, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(toCsv(t));
        w.flush();
    }

    /** Writes the table to {@code file} atomically. */
    public static void write(PeriodTable t, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(t, out));
    }
}
