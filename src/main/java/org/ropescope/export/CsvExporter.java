package org.ropescope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The periods as CSV: a header and one row per rotating pair, columns {@value #HEADER}, the book's
 * three curves ({@link MethodTable#book}) on a {@link ScalingContext}. {@code theta} is the original
 * frequency {@code b^(-2i/d)}. Numbers are {@link Double#toString} (shortest round-trip form), so
 * reading them back gives the same doubles. Later columns are only ever appended after these: with a
 * {@link MethodTable} of further methods, one column {@code period_<method>} per method
 * ({@link MethodTable#columnNames()}).
 */
public final class CsvExporter {

    public static final String HEADER = "i,theta,period_original,period_interpolated,period_base_scaled";

    private CsvExporter() {
    }

    /** The whole file as text, {@code \n} line ends. */
    public static String toCsv(ScalingContext c) {
        return toCsv(c, null);
    }

    /**
     * The five columns on {@code c}, then one {@code period_<method>} column per method of
     * {@code extra} (which must have as many pairs as {@code c}); {@code extra} may be {@code null}.
     */
    public static String toCsv(ScalingContext c, MethodTable extra) {
        int n = extra == null ? 0 : extra.size();
        if (n > 0 && extra.context().pairs() != c.pairs()) {
            throw new IllegalArgumentException("the methods have " + extra.context().pairs() + " pairs, the table "
                    + c.pairs());
        }
        MethodTable book = MethodTable.book(c);
        ScaledFrequencies original = book.first(MethodKind.DEFAULT);
        ScaledFrequencies interpolated = book.first(MethodKind.LINEAR);
        ScaledFrequencies scaled = book.first(MethodKind.NTK);
        StringBuilder sb = new StringBuilder(HEADER);
        for (int k = 0; k < n; k++) {
            sb.append(',').append(extra.columnNames().get(k));
        }
        sb.append('\n');
        for (int i = 0; i < c.pairs(); i++) {
            sb.append(i).append(',')
                    .append(Double.toString(original.invFreq(i))).append(',')
                    .append(Double.toString(original.period(i))).append(',')
                    .append(Double.toString(interpolated.period(i))).append(',')
                    .append(Double.toString(scaled.period(i)));
            for (int k = 0; k < n; k++) {
                sb.append(',').append(Double.toString(extra.get(k).period(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #toCsv(ScalingContext, MethodTable)} to {@code file} atomically. */
    public static void write(ScalingContext c, MethodTable extra, Path file) throws IOException {
        String text = toCsv(c, extra);
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** Writes {@link #toCsv} to {@code out} as UTF-8. */
    public static void write(ScalingContext c, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(toCsv(c));
        w.flush();
    }

    /** Writes the book's periods on {@code c} to {@code file} atomically. */
    public static void write(ScalingContext c, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(c, out));
    }
}
