package org.ropescope.chart;

import static org.ropescope.text.Texts.text;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.ropescope.format.Numbers;

/**
 * Every drawn series' numbers at one pair, read from the plot itself (every dataset, every series),
 * so the hover card and the table show exactly what is drawn, whatever methods are on the chart.
 * The stretch of a series is its period over the first series' (original RoPE).
 */
public final class PairReadout {

    /** One series at one pair. */
    public record Row(String series, double period, double stretch, Paint paint) {

        /** {@code 217,640.6 tokens}. */
        public String periodText() {
            return text("chart.pair.tokens", Numbers.tokens(period));
        }

        /** {@code ×4} (or {@code ×3.999}), empty for the reference series. */
        public String stretchText() {
            return Double.isFinite(stretch) ? "×" + Numbers.significant(stretch, 4) : "";
        }
    }

    private PairReadout() {
    }

    /** The names of the drawn series, in legend order. */
    public static List<String> series(XYPlot plot) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds != null) {
                for (int s = 0; s < ds.getSeriesCount(); s++) {
                    out.add(String.valueOf(ds.getSeriesKey(s)));
                }
            }
        }
        return out;
    }

    /** Every drawn series at {@code pair}; the first has no stretch (NaN), the others relative to it. */
    public static List<Row> rows(XYPlot plot, int pair) {
        return new Drawn(plot).at(pair);
    }

    /**
     * The series {@code plot} draws, read once: every pair's values without a row object each (the
     * table reads every pair on every frame of a drag).
     */
    public static Drawn drawn(XYPlot plot) {
        return new Drawn(plot);
    }

    /** The plot's drawn series in order (dataset by dataset): where each is, its name and colour. */
    public static final class Drawn {
        private final List<XYDataset> sets = new ArrayList<>();
        private final List<Integer> index = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Paint> paints = new ArrayList<>();
        private final List<Integer> items = new ArrayList<>();

        Drawn(XYPlot plot) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset ds = plot.getDataset(d);
                if (ds == null) {
                    continue;
                }
                XYItemRenderer r = plot.getRendererForDataset(ds);
                for (int s = 0; s < ds.getSeriesCount(); s++) {
                    sets.add(ds);
                    index.add(s);
                    keys.add(String.valueOf(ds.getSeriesKey(s)));
                    paints.add(r == null ? ChartStyle.TEXT : r.getSeriesPaint(s));
                    items.add(ds.getItemCount(s));
                }
            }
        }

        /** The period series {@code k} gives {@code pair} (NaN past its last pair). */
        public double period(int k, int pair) {
            return pair >= 0 && pair < items.get(k) ? sets.get(k).getYValue(index.get(k), pair) : Double.NaN;
        }

        /** Series {@code k}'s period of {@code pair} over the first series' ({@link Row#stretch}); NaN for the first. */
        public double stretch(int k, int pair) {
            return k == 0 ? Double.NaN : period(k, pair) / period(0, pair);
        }

        /** {@link PairReadout#rows(XYPlot, int)} of {@code pair}. */
        public List<Row> at(int pair) {
            List<Row> out = new ArrayList<>(sets.size());
            double reference = Double.NaN;
            for (int k = 0; k < sets.size(); k++) {
                if (pair < 0 || pair >= items.get(k)) {
                    continue;
                }
                double y = period(k, pair);
                boolean first = out.isEmpty();
                if (first) {
                    reference = y;
                }
                out.add(new Row(keys.get(k), y, first ? Double.NaN : y / reference, paints.get(k)));
            }
            return out;
        }
    }

    /** The rows of {@code pairs} as tab-separated text with a header, full precision, for spreadsheets. */
    public static String tabSeparated(XYPlot plot, List<Integer> pairs, java.util.function.IntToDoubleFunction theta) {
        List<String> names = series(plot);
        StringBuilder sb = new StringBuilder("i\ttheta");
        for (int k = 0; k < names.size(); k++) {
            sb.append('\t').append(names.get(k)).append(" period");
            if (k > 0) {
                sb.append('\t').append(names.get(k)).append(" stretch");
            }
        }
        sb.append('\n');
        for (int i : pairs) {
            sb.append(i).append('\t').append(theta.applyAsDouble(i));
            List<Row> rows = rows(plot, i);
            for (int k = 0; k < rows.size(); k++) {
                sb.append('\t').append(rows.get(k).period());
                if (k > 0) {
                    sb.append('\t').append(rows.get(k).stretch());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
