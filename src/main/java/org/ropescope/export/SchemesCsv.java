package org.ropescope.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ropescope.math.RopeMath;
import org.ropescope.math.diagnostics.LongTermDecay;
import org.ropescope.math.schemes.Alibi;
import org.ropescope.math.schemes.SchemeDistances;
import org.ropescope.math.schemes.SchemeSettings;
import org.ropescope.math.schemes.Sinusoidal;
import org.ropescope.math.schemes.T5Buckets;

/**
 * The schemes side by side as CSV: {@code distance,rope_decay,sinusoidal,t5_bucket,alibi_h1,...,alibi_hH},
 * one row per distance of {@link SchemeDistances#table} (0 to {@code m}). {@code rope_decay} is RoPE's
 * long-term decay for b and d, {@code sinusoidal} the normalised {@code PE(p).PE(p+distance)},
 * {@code t5_bucket} the bucket of relative position {@code -distance} (a key that many tokens before the
 * query), {@code alibi_hk} the bias {@code -slope_k * distance}. Numbers are {@link Double#toString}.
 * Rows are written as they are computed (a table of 1,024 heads and 100,001 rows is about 2 GB).
 */
public final class SchemesCsv {

    private SchemesCsv() {
    }

    /** The header for {@code heads} ALiBi heads. */
    public static String header(int heads) {
        StringBuilder sb = new StringBuilder("distance,rope_decay,sinusoidal,t5_bucket");
        for (int k = 1; k <= heads; k++) {
            sb.append(",alibi_h").append(k);
        }
        return sb.toString();
    }

    /** About how many bytes the table for {@code m} and {@code heads} takes (22 a number: an upper estimate). */
    public static long estimatedBytes(long m, int heads) {
        return Math.min(m + 1, SchemeDistances.MAX_ROWS) * (heads + 4) * 22L;
    }

    /** Writes the table for RoPE's {@code base} and {@code dim}, lengths up to {@code m}, to {@code w}. */
    public static void write(double base, int dim, long m, SchemeSettings s, Writer w) throws IOException {
        double[] theta = new double[dim / 2];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = RopeMath.theta(base, dim, i);
        }
        double[] sinusoidal = Sinusoidal.frequencies(s.dModel());
        T5Buckets t5 = s.t5();
        double[] slopes = s.slopes();
        w.write(header(slopes.length));
        w.write('\n');
        StringBuilder row = new StringBuilder(64 + 24 * slopes.length);
        for (long d : SchemeDistances.table(m)) {
            row.setLength(0);
            row.append(d).append(',').append(LongTermDecay.at(theta, d)).append(',')
                    .append(LongTermDecay.at(sinusoidal, d)).append(',').append(t5.bucketBefore(d));
            for (double slope : slopes) {
                row.append(',').append(Alibi.bias(slope, d));
            }
            row.append('\n');
            w.append(row);
        }
        w.flush();
    }

    /** Writes the table to {@code file} atomically (UTF-8). */
    public static void write(double base, int dim, long m, SchemeSettings s, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(base, dim, m, s,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)));
    }
}
