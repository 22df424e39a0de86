package org.ropescope.chart;

/**
 * The rotation heatmap's pixels, as pure arithmetic: which position {@code p} and pair {@code i} each
 * pixel shows, the value it shows there, and the colour of that value. No toolkit, so it is tested
 * pixel by pixel without a display.
 *
 * <p>Column {@code x} of a raster {@code width} pixels wide covers the positions
 * {@code [x*P/width, (x+1)*P/width]} (P the last position shown) and is centred on
 * {@code p = (x + 0.5)*P/width}. Row {@code y} of a raster {@code height} pixels high shows pair
 * {@code floor(y*pairs/height)}, pair 0 at the top. A pixel shows the mean of {@code cos(p*theta_i)}
 * low-passed for the column {@code w} tokens wide it covers, {@code cos(p*theta)*sinc(theta*w)} up to
 * half a turn per column and 0 beyond: a slow pair shows its cosine, a pair too fast for two pixels a
 * turn fades to the neutral colour instead of drawing a false pattern (aliasing).
 */
public final class RotationRaster {

    /** The colour of a value that cannot be drawn (never happens for valid input): neutral grey. */
    public static final int NO_VALUE = 0xFFBDBDBD;

    // a diverging map, blue (-1) through near-white (0) to red (+1), readable by colour-blind viewers
    private static final double[] STOPS = {-1, -0.5, 0, 0.5, 1};
    private static final int[] COLOURS = {0x2166AC, 0x92C5DE, 0xF7F7F7, 0xF4A582, 0xB2182B};

    private RotationRaster() {
    }

    /** The position at the centre of column {@code x}. */
    public static double positionAt(int x, int width, double lastPosition) {
        return (x + 0.5) * lastPosition / width;
    }

    /** How many tokens one column covers. */
    public static double columnSpan(int width, double lastPosition) {
        return lastPosition / width;
    }

    /** The pair shown by row {@code y} (pair 0 at the top). */
    public static int pairAt(int y, int height, int pairs) {
        return Math.min(pairs - 1, (int) ((long) y * pairs / height));
    }

    /**
     * How much of a pair's swing a column shows, for a column {@code theta*span} radians wide: the box
     * mean alone ({@code sinc(theta*span/2)}) keeps sidelobes up to 22 % past one turn per pixel, which
     * draw moire where a turn spans one or two pixels. This low-pass, {@code sinc(theta*span)}, falls
     * smoothly to 0 at half a turn per pixel (the Nyquist limit: two pixels a turn) and stays 0 beyond,
     * so every pattern drawn is one the pixels can hold.
     */
    static double attenuation(double radiansPerColumn) {
        if (radiansPerColumn < 1e-8) {
            return 1;
        }
        return radiansPerColumn >= Math.PI ? 0 : Math.sin(radiansPerColumn) / radiansPerColumn;
    }

    /** The low-passed cosine of pair {@code theta} at {@code p}, for a column {@code span} tokens wide. */
    public static double value(double p, double theta, double span) {
        double attenuation = attenuation(theta * span);
        return Math.cos(p * theta) * attenuation;
    }

    /** The colour of {@code v} in {@code [-1, 1]} as opaque ARGB; NaN gives {@link #NO_VALUE}. */
    public static int argb(double v) {
        if (!Double.isFinite(v)) {
            return NO_VALUE;
        }
        double x = Math.max(-1, Math.min(1, v));
        int k = 0;
        while (k < STOPS.length - 2 && x > STOPS[k + 1]) {
            k++;
        }
        double t = (x - STOPS[k]) / (STOPS[k + 1] - STOPS[k]);
        int a = COLOURS[k];
        int b = COLOURS[k + 1];
        int r = mix(a >> 16 & 0xFF, b >> 16 & 0xFF, t);
        int g = mix(a >> 8 & 0xFF, b >> 8 & 0xFF, t);
        int bl = mix(a & 0xFF, b & 0xFF, t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    /**
     * The raster for the pairs' frequencies {@code theta} (radians per token) over positions 0 to
     * {@code lastPosition}: {@code width*height} ARGB pixels, row by row, pair 0 in the top rows.
     */
    public static int[] render(double[] theta, double lastPosition, int width, int height) {
        int[] out = new int[width * height];
        double span = columnSpan(width, lastPosition);
        int pairs = theta.length;
        int[] row = new int[width];
        int shownPair = -1;
        for (int y = 0; y < height; y++) {
            int i = pairAt(y, height, pairs);
            if (i != shownPair) { // consecutive rows of one pair are equal: compute once
                shownPair = i;
                fillRow(row, theta[i], lastPosition, span);
            }
            System.arraycopy(row, 0, out, y * width, width);
        }
        return out;
    }

    /**
     * One row: {@link #value} at every column, the cosine stepped along by a rotation (two multiplies
     * a pixel instead of a {@code cos}); over a few thousand columns it drifts by about 1e-13.
     */
    private static void fillRow(int[] row, double theta, double lastPosition, double span) {
        double attenuation = attenuation(theta * span);
        double angle = positionAt(0, row.length, lastPosition) * theta;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double cs = Math.cos(span * theta);
        double ss = Math.sin(span * theta);
        for (int x = 0; x < row.length; x++) {
            row[x] = argb(c * attenuation);
            double nc = c * cs - s * ss;
            s = s * cs + c * ss;
            c = nc;
        }
    }

    /** The frequencies {@code 2*pi/T_i} of a series of periods {@code T_i}. */
    public static double[] frequencies(double[] periods) {
        double[] theta = new double[periods.length];
        for (int i = 0; i < periods.length; i++) {
            theta[i] = 2 * Math.PI / periods[i];
        }
        return theta;
    }
}
