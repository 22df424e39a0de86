package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.ropescope.math.diagnostics.LongTermDecay;
import org.ropescope.math.schemes.Alibi;
import org.ropescope.math.schemes.SchemeDistances;
import org.ropescope.math.schemes.SchemeSettings;
import org.ropescope.math.schemes.Sinusoidal;
import org.ropescope.math.schemes.T5Buckets;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The datasets of {@link SchemesChart}, built off to the side in one go (never a point at a time into a
 * live series): RoPE's long-term decay per drawn method, the sinusoidal similarity, T5's bucket steps and
 * ALiBi's bias per head, at {@link #POINTS} distances spread on the log axis (every one up to 256),
 * with {@code m_l} and {@code m} among them.
 */
final class SchemesData {

    /** About this many distances per curve. */
    static final int POINTS = 1200;
    /** The ALiBi axis ends here: a key's weight is then below e^-13, 2.3e-6 of a key at distance 0. */
    static final double ALIBI_FLOOR = -13;

    final XYSeriesCollection decay = new XYSeriesCollection();
    final XYSeriesCollection sinusoidal = new XYSeriesCollection();
    final XYSeriesCollection t5 = new XYSeriesCollection();
    final XYSeriesCollection alibi = new XYSeriesCollection();
    final XYSeriesCollection alibiCuts = new XYSeriesCollection();
    final long[] distances;
    final double[] slopes;
    /** The 0-based heads drawn, one series each in {@link #alibi}, in order. */
    final int[] shownHeads;
    final long saturation;
    final int newBuckets;

    SchemesData(MethodTable methods, SchemeSettings s) {
        ScalingContext c = methods.context();
        long m = c.newLength();
        distances = positive(SchemeDistances.chart(Math.max(m, 2), POINTS, c.originalLength()));
        for (ScaledFrequencies f : methods.results()) {
            double[] theta = f.invFreqs();
            String key = MethodDataset.legendLabel(f.method(), c);
            for (int n = 2; decay.getSeriesIndex(key) >= 0; n++) {
                key = MethodDataset.legendLabel(f.method(), c) + " (" + n + ")";
            }
            XYSeries series = series(key);
            for (long d : distances) {
                series.add(d, LongTermDecay.at(theta, d), false);
            }
            decay.addSeries(series);
        }
        double[] w = Sinusoidal.frequencies(s.dModel());
        XYSeries pe = series("PE(p)·PE(p+Δ), d_model = " + s.dModel());
        for (long d : distances) {
            pe.add(d, LongTermDecay.at(w, d), false);
        }
        sinusoidal.addSeries(pe);

        T5Buckets b = s.t5();
        saturation = b.saturationDistance();
        newBuckets = b.distinctBucketsUpTo(m) - b.distinctBucketsUpTo(c.originalLength());
        XYSeries steps = series(text("chart.schemes.t5Series", Integer.toString(s.t5Buckets()),
                Long.toString(s.t5MaxDistance()), text(s.t5Bidirectional() ? "chart.schemes.bidirectional"
                        : "chart.schemes.causal")));
        steps.add(1, b.bucketBefore(1), false);
        int last = b.bucketBefore(saturation);
        for (int j = b.bucketBefore(1) + 1; j <= last; j++) {
            long first = b.firstDistanceOf(j);
            if (first <= saturation && b.bucketBefore(first) == j) {
                steps.add(first, j, false); // a step renderer draws flat from here to the next
            }
        }
        steps.add(Math.max(m, saturation) * 1.0, last, false);
        t5.addSeries(steps);

        slopes = s.slopes();
        List<Integer> heads = new ArrayList<>();
        XYSeries cuts = series(text("chart.schemes.weightSeries"));
        for (int k = 0; k < slopes.length; k++) {
            if (!s.shows(k + 1)) {
                continue;
            }
            heads.add(k);
            XYSeries head = series(text("chart.schemes.head", Integer.toString(k + 1)));
            for (long d : distances) {
                double bias = Alibi.bias(slopes[k], d);
                head.add(d, bias, false);
                if (bias < ALIBI_FLOOR) {
                    break; // the rest is below the axis
                }
            }
            alibi.addSeries(head);
            cuts.add(Alibi.hundredfoldDistance(slopes[k]), -Alibi.LN_100, false);
        }
        shownHeads = heads.stream().mapToInt(Integer::intValue).toArray();
        alibiCuts.addSeries(cuts);
    }

    private static XYSeries series(String key) {
        return new XYSeries(key, false, true);
    }

    private static long[] positive(long[] all) {
        List<Long> out = new ArrayList<>(all.length);
        for (long d : all) {
            if (d > 0) {
                out.add(d);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
