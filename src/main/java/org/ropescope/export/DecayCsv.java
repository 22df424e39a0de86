package org.ropescope.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ropescope.math.diagnostics.DecayGrid;
import org.ropescope.math.diagnostics.LongTermDecay;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * The long-term decay as CSV ({@code export --decay-csv}): columns {@value #HEADER}, then
 * {@code decay_<method>} per further method; one row per distance of {@link DecayGrid#csv}
 * (every integer from 0 to {@code min(m, 4096)}, then evenly spaced integers to {@code m}, at most
 * 100,001 rows). Values are {@link Double#toString}, every digit of the double.
 */
public final class DecayCsv {

    public static final String HEADER = "distance,decay_original,decay_interpolated,decay_base_scaled";

    private DecayCsv() {
    }

    /** The file as text: the book's three curves, then {@code extra}'s methods ({@code null} for none). */
    public static String toCsv(MethodTable extra) {
        MethodTable book = MethodTable.of(extra.context(), ScalingMethod.bookMethods());
        long[] rows = DecayGrid.csv(extra.context().newLength());
        double[] x = new double[rows.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = rows[k];
        }
        int columns = book.size() + extra.size();
        double[][] y = new double[columns][];
        for (int c = 0; c < columns; c++) {
            var f = c < book.size() ? book.get(c) : extra.get(c - book.size());
            y[c] = LongTermDecay.over(f.invFreqs(), x);
        }
        StringBuilder sb = new StringBuilder(rows.length * (24 * columns + 8));
        sb.append(HEADER);
        for (String name : extra.columnNames()) {
            sb.append(",decay_").append(name.substring("period_".length()));
        }
        sb.append('\n');
        for (int k = 0; k < rows.length; k++) {
            sb.append(rows[k]);
            for (double[] col : y) {
                sb.append(',').append(Double.toString(col[k]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #toCsv} to {@code file} atomically. */
    public static void write(MethodTable extra, Path file) throws IOException {
        String text = toCsv(extra);
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }
}
