package org.ropescope.math.schemes;

import static org.ropescope.text.Texts.text;

import java.util.List;
import java.util.TreeSet;
import org.ropescope.math.InvalidConfigException;

/**
 * The settings of the positional schemes compared with RoPE, validated: ALiBi's number of heads, T5's
 * buckets, and the sinusoidal encoding's {@code d_model}. RoPE's own (b, d, m_l, m) are the explorer's
 * inputs. A bad value ends in an {@link InvalidConfigException} naming the field.
 *
 * @param heads           ALiBi heads, 1 to 1,024
 * @param t5Buckets       T5 {@code num_buckets}, even, 4 to 1,024
 * @param t5MaxDistance   T5 {@code max_distance}, above the exact buckets, at most 1e8
 * @param t5Bidirectional T5's encoder buckets; false: the decoder's (causal)
 * @param dModel          the sinusoidal encoding's {@code d_model}, even, 4 to 8,192
 * @param shownHeads      the ALiBi heads the chart draws (1-based, rising, each at most {@code heads});
 *                        empty: every head. The table always has every head.
 */
public record SchemeSettings(int heads, int t5Buckets, long t5MaxDistance, boolean t5Bidirectional, int dModel,
        List<Integer> shownHeads) {

    /** 8 heads, T5's 32 buckets and 128 causal, d_model 512. */
    public static final SchemeSettings DEFAULT = new SchemeSettings(8, T5Buckets.DEFAULT_BUCKETS,
            T5Buckets.DEFAULT_MAX_DISTANCE, false, 512);

    public SchemeSettings {
        if (heads < 1 || heads > Alibi.MAX_HEADS) {
            throw new InvalidConfigException("heads", text("input.invalid", Alibi.headsRule(), String.valueOf(heads)));
        }
        shownHeads = List.copyOf(new TreeSet<>(shownHeads)); // rising, each once
        for (int h : shownHeads) {
            if (h < 1 || h > heads) {
                throw new InvalidConfigException("shown_heads", text("input.invalid", shownRule(heads), String.valueOf(h)));
            }
        }
        new T5Buckets(t5Buckets, t5MaxDistance, t5Bidirectional); // checks both
        if (dModel < Sinusoidal.D_MODEL_MIN || dModel > Sinusoidal.D_MODEL_MAX || dModel % 2 != 0) {
            throw new InvalidConfigException("d_model", text("input.invalid", Sinusoidal.dModelRule(), String.valueOf(dModel)));
        }
    }

    /** Every head shown. */
    public SchemeSettings(int heads, int t5Buckets, long t5MaxDistance, boolean t5Bidirectional, int dModel) {
        this(heads, t5Buckets, t5MaxDistance, t5Bidirectional, dModel, List.of());
    }

    /** The rule for the heads shown, as a message says it. */
    public static String shownRule(int heads) {
        return text("rule.shownHeads", Integer.toString(heads));
    }

    /** Whether the chart draws head {@code k} (1-based). */
    public boolean shows(int k) {
        return shownHeads.isEmpty() ? k >= 1 && k <= heads : shownHeads.contains(k);
    }

    /**
     * The heads of {@code text} ({@code all}, or numbers and ranges such as {@code 1-4,8}) for {@code heads}
     * heads; empty for all.
     */
    public static List<Integer> parseShown(String text, int heads) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("all")) {
            return List.of();
        }
        TreeSet<Integer> out = new TreeSet<>();
        try {
            for (String part : t.split(",", -1)) {
                String[] ends = part.strip().split("-", -1);
                int from = Integer.parseInt(ends[0].strip());
                int to = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : from;
                if (ends.length > 2 || from < 1 || to > heads || from > to) {
                    throw new NumberFormatException(part);
                }
                for (int k = from; k <= to; k++) {
                    out.add(k);
                }
            }
        } catch (NumberFormatException e) {
            String shown = t.length() > 40 ? t.substring(0, 37) + "..." : t;
            throw new InvalidConfigException("shown_heads", text("input.invalid", shownRule(heads), "'" + shown + "'"));
        }
        return out.size() == heads ? List.of() : List.copyOf(out);
    }

    /** The heads shown as {@link #parseShown} reads them: {@code all}, or {@code 1-4,8}. */
    public String shownText() {
        if (shownHeads.isEmpty()) {
            return "all";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < shownHeads.size(); k++) {
            int from = shownHeads.get(k);
            int to = from;
            while (k + 1 < shownHeads.size() && shownHeads.get(k + 1) == to + 1) {
                to = shownHeads.get(++k);
            }
            sb.append(sb.length() == 0 ? "" : ",").append(from).append(from == to ? "" : "-" + to);
        }
        return sb.toString();
    }

    /** T5's buckets of these settings. */
    public T5Buckets t5() {
        return new T5Buckets(t5Buckets, t5MaxDistance, t5Bidirectional);
    }

    /** ALiBi's slopes, head 1 first. */
    public double[] slopes() {
        return Alibi.slopes(heads);
    }

    /** {@code h} heads; shown heads past {@code h} are no longer shown (all, when none is left). */
    public SchemeSettings withHeads(int h) {
        return new SchemeSettings(h, t5Buckets, t5MaxDistance, t5Bidirectional, dModel,
                shownHeads.stream().filter(k -> k <= h).toList());
    }

    public SchemeSettings withT5(int buckets, long maxDistance, boolean bidirectional) {
        return new SchemeSettings(heads, buckets, maxDistance, bidirectional, dModel, shownHeads);
    }

    public SchemeSettings withDModel(int dm) {
        return new SchemeSettings(heads, t5Buckets, t5MaxDistance, t5Bidirectional, dm, shownHeads);
    }

    public SchemeSettings withShownHeads(List<Integer> shown) {
        return new SchemeSettings(heads, t5Buckets, t5MaxDistance, t5Bidirectional, dModel, shown);
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof SchemeSettings s && heads == s.heads && t5Buckets == s.t5Buckets
                && t5MaxDistance == s.t5MaxDistance && t5Bidirectional == s.t5Bidirectional && dModel == s.dModel
                && shownHeads.equals(s.shownHeads);
    }

    @Override
    public int hashCode() {
        int h = heads;
        h = 31 * h + t5Buckets;
        h = 31 * h + Long.hashCode(t5MaxDistance);
        h = 31 * h + Boolean.hashCode(t5Bidirectional);
        h = 31 * h + dModel;
        return 31 * h + shownHeads.hashCode();
    }
}
