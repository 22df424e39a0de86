package org.ropescope.math;

/**
 * One validated, immutable RoPE set-up: the base {@code b}, the head dimension {@code d}, the
 * original context length {@code m_l} and the new context length {@code m}.
 *
 * <p>Every instance satisfies {@code 1 < b <= 1e10}, {@code d} even in {@code [4, 8192]},
 * {@code 1 <= m_l <= m <= 1e8}. Anything else is rejected by {@link #of} with an
 * {@link InvalidConfigException} whose message names the offending value, so impossible values
 * never reach the math.
 *
 * <p>The derived quantities follow Xiao and Zhu, "Foundations of Large Language Models", the
 * section on position interpolation: {@code s = m/m_l}, and the base-scaling factor
 * {@code lambda = s^(d/(d-2))}, chosen so that the last pair's period under base scaling equals its
 * period under linear position interpolation.
 */
public record RopeConfig(double base, int dim, long originalLength, long newLength) {

    public RopeConfig {
        Limits.requireBase(base);
        Limits.requireDim(dim);
        Limits.requireLength("m_l", originalLength);
        Limits.requireLength("m", newLength);
        if (newLength < originalLength) {
            throw new InvalidConfigException("m", "the new length m must be at least m_l ("
                    + originalLength + "), got " + newLength);
        }
    }

    /** The app's start-up state: b = 10,000, d = 128, 4k stretched to 16k (the book's own example, 2,000 to 8,000, is a preset). */
    public static final RopeConfig DEFAULT = new RopeConfig(10_000, 128, 4096, 16_384);

    /** Validating factory; same checks as the constructor. */
    public static RopeConfig of(double base, int dim, long originalLength, long newLength) {
        return new RopeConfig(base, dim, originalLength, newLength);
    }

    public RopeConfig withBase(double b) {
        return new RopeConfig(b, dim, originalLength, newLength);
    }

    public RopeConfig withDim(int d) {
        return new RopeConfig(base, d, originalLength, newLength);
    }

    public RopeConfig withLengths(long ml, long m) {
        return new RopeConfig(base, dim, ml, m);
    }

    /** Number of rotating pairs, {@code d/2}. */
    public int pairs() {
        return dim / 2;
    }

    /** Index of the last (lowest-frequency) pair, {@code d/2 - 1}. */
    public int lastPair() {
        return dim / 2 - 1;
    }

    /** The stretch factor {@code s = m / m_l} (at least 1). */
    public double scale() {
        return (double) newLength / (double) originalLength;
    }

    /** The base-scaling factor {@code lambda = s^(d/(d-2))}. */
    public double lambda() {
        return Math.pow(scale(), (double) dim / (dim - 2));
    }

    /** The scaled base {@code lambda * b}. */
    public double newBase() {
        return lambda() * base;
    }

    // equals and hashCode written out: a record's own link through ObjectMethods' bootstrap at
    // their first call, spinning method-handle classes that no AOT cache holds (16 such links
    // before the first frame, 13 records); the first frame compares these
    @Override
    public boolean equals(Object o) {
        return o instanceof RopeConfig c && Double.compare(base, c.base) == 0 && dim == c.dim
                && originalLength == c.originalLength && newLength == c.newLength;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(base);
        h = 31 * h + dim;
        h = 31 * h + Long.hashCode(originalLength);
        return 31 * h + Long.hashCode(newLength);
    }
}
