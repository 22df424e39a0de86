package org.ropescope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ropescope.math.Curve;
import org.ropescope.math.PeriodTable;

/**
 * The period table as CSV: a header and one row per pair, columns
 * {@value #HEADER}. {@code theta} is the original frequency {@code b^(-2i/d)}. Numbers are
 * {@link Double#toString} (shortest round-trip form), so reading them back gives the same doubles.
 * Later columns are only ever appended after these.
 */
public final class CsvExporter {

    public static final String HEADER = "i,theta,period_original,period_interpolated,period_base_scaled";

    private CsvExporter() {
    }

    /** The whole file as text, {@code \n} line ends. */
    public static String toCsv(PeriodTable t) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < t.size(); i++) {
            sb.append(i).append(',')
                    .append(Double.toString(t.theta(i))).append(',')
                    .append(Double.toString(t.period(Curve.ORIGINAL, i))).append(',')
                    .append(Double.toString(t.period(Curve.INTERPOLATED, i))).append(',')
                    .append(Double.toString(t.period(Curve.BASE_SCALED, i))).append('\n');
        }
        return sb.toString();
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
