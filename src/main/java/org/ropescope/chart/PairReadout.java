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
        List<Row> out = new ArrayList<>();
        double reference = Double.NaN;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null) {
                continue;
            }
            XYItemRenderer r = plot.getRendererForDataset(ds);
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                if (pair < 0 || pair >= ds.getItemCount(s)) {
                    continue;
                }
                double y = ds.getYValue(s, pair);
                boolean first = out.isEmpty();
                if (first) {
                    reference = y;
                }
                out.add(new Row(String.valueOf(ds.getSeriesKey(s)), y, first ? Double.NaN : y / reference,
                        r == null ? ChartStyle.TEXT : r.getSeriesPaint(s)));
            }
        }
        return out;
    }

    /**
     * {@link #rows(XYPlot, int)} of pairs 0 to {@code count - 1}, the plot's datasets, renderers and
     * series names read once (the table asks for every pair on every frame of a drag).
     */
    public static List<List<Row>> rowsOfPairs(XYPlot plot, int count) {
        List<XYDataset> sets = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Paint> paints = new ArrayList<>();
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
            }
        }
        int[] items = new int[sets.size()];
        for (int k = 0; k < items.length; k++) {
            items[k] = sets.get(k).getItemCount(index.get(k));
        }
        List<List<Row>> out = new ArrayList<>(count);
        for (int pair = 0; pair < count; pair++) {
            List<Row> row = new ArrayList<>(items.length);
            double reference = Double.NaN;
            for (int k = 0; k < items.length; k++) {
                if (pair >= items[k]) {
                    continue;
                }
                double y = sets.get(k).getYValue(index.get(k), pair);
                boolean first = row.isEmpty();
                if (first) {
                    reference = y;
                }
                row.add(new Row(keys.get(k), y, first ? Double.NaN : y / reference, paints.get(k)));
            }
            out.add(row);
        }
        return out;
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
