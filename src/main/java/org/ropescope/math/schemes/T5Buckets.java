package org.ropescope.math.schemes;

import static org.ropescope.text.Texts.text;

import org.ropescope.math.InvalidConfigException;

/**
 * T5's relative position buckets (Raffel et al., "Exploring the Limits of Transfer Learning with a
 * Unified Text-to-Text Transformer", JMLR 2020, section 2.1; transformers'
 * {@code T5Attention._relative_position_bucket}). Each bucket has one learned scalar per head added to
 * the logit. Of the buckets for one direction, the first half are exact distances 0, 1, ...; the rest
 * grow logarithmically up to {@code max_distance}; every distance from there on shares the last bucket,
 * so nothing tells a key 200 tokens back from one 200,000 back.
 *
 * <p>{@link #bucket} computes exactly as transformers does in PyTorch: the relative position
 * ({@code memory_position - query_position}, so {@code -distance} for a key {@code distance} tokens
 * before the query) as float32, divided by {@code max_exact} in float32, {@code torch.log} in float32,
 * divided by Python's double {@code math.log(max_distance / max_exact)} (cast to float32, as PyTorch does
 * for a float32 tensor and a Python scalar), times {@code num_buckets - max_exact} in float32, then
 * truncated toward zero ({@code .to(torch.long)}) and capped at {@code num_buckets - 1}. Every float32
 * step is a {@code (float)} cast here. The float32 logarithm is {@code (float) Math.log(x)}, the correctly
 * rounded value but for vanishingly rare double-rounding cases; PyTorch's vectorised CPU {@code log}
 * (SLEEF, at most 1 ulp) and CUDA's (which also divides by a scalar as a multiplication by its
 * reciprocal) may differ from it by an ulp, which changes a bucket only where the product lands within
 * an ulp of a whole number: see {@link #boundaryMargin}.
 *
 * @param numBuckets    {@code num_buckets}: even, 4 to 1,024 (T5: 32)
 * @param maxDistance   {@code max_distance}: above the number of exact buckets, at most 1e8 (T5: 128)
 * @param bidirectional the encoder's buckets (half for keys before, half after); false: the decoder's
 */
public record T5Buckets(int numBuckets, long maxDistance, boolean bidirectional) {

    public static final int MIN_BUCKETS = 4;
    public static final int MAX_BUCKETS = 1024;
    public static final long MAX_DISTANCE = 100_000_000L;
    /** T5's own: 32 buckets, max distance 128. */
    public static final int DEFAULT_BUCKETS = 32;
    public static final long DEFAULT_MAX_DISTANCE = 128;

    public T5Buckets {
        if (numBuckets < MIN_BUCKETS || numBuckets > MAX_BUCKETS || numBuckets % 2 != 0) {
            throw new InvalidConfigException("num_buckets", text("input.invalid", bucketsRule(), String.valueOf(numBuckets)));
        }
        long exact = exactBuckets(numBuckets, bidirectional);
        if (maxDistance <= exact || maxDistance > MAX_DISTANCE) {
            throw new InvalidConfigException("max_distance", text("input.invalid",
                    maxDistanceRule(numBuckets, bidirectional), Long.toString(maxDistance)));
        }
    }

    public static String bucketsRule() {
        return text("rule.buckets", Integer.toString(MIN_BUCKETS), Integer.toString(MAX_BUCKETS));
    }

    public static String maxDistanceRule(int numBuckets, boolean bidirectional) {
        return text(bidirectional ? "rule.maxDistance.bidirectional" : "rule.maxDistance.causal",
                Long.toString(exactBuckets(numBuckets, bidirectional)), Integer.toString(numBuckets));
    }

    /** {@code max_exact}: the exact buckets of one direction (a quarter of them when bidirectional). */
    public static int exactBuckets(int numBuckets, boolean bidirectional) {
        return (bidirectional ? numBuckets / 2 : numBuckets) / 2;
    }

    /** {@code max_exact} of these buckets. */
    public int maxExact() {
        return exactBuckets(numBuckets, bidirectional);
    }

    /** The buckets one direction has: all of them when causal, half when bidirectional. */
    public int bucketsPerDirection() {
        return bidirectional ? numBuckets / 2 : numBuckets;
    }

    /** The bucket of a key {@code distance} tokens before the query (relative position {@code -distance}). */
    public int bucketBefore(long distance) {
        if (distance < 0) {
            throw new IllegalArgumentException("distance must be at least 0, got " + distance);
        }
        return bucket(-distance);
    }

    /** The bucket of {@code relativePosition = memory_position - query_position}. */
    public int bucket(long relativePosition) {
        int n = numBuckets;
        int offset = 0;
        long rp;
        if (bidirectional) {
            n /= 2;
            offset = relativePosition > 0 ? n : 0;
            rp = Math.abs(relativePosition);
        } else {
            rp = -Math.min(relativePosition, 0); // a later key (decoder) meets the bucket of distance 0
        }
        int maxExact = n / 2;
        if (rp < maxExact) {
            return offset + (int) rp;
        }
        return offset + Math.min(maxExact + (int) scaled(rp, maxExact, n), n - 1);
    }

    /**
     * The float32 value transformers truncates: {@code log(rp / max_exact) / log(max_distance / max_exact)
     * * (n - max_exact)} with {@code n} the buckets of one direction.
     */
    private float scaled(long rp, int maxExact, int n) {
        float ratio = (float) rp / (float) maxExact;
        float log = (float) Math.log(ratio);
        float divisor = (float) Math.log((double) maxDistance / maxExact); // Python double, then float32
        float quotient = log / divisor;
        return quotient * (float) (n - maxExact);
    }

    /**
     * The smallest distance whose key lands in the last bucket of its direction: every distance from
     * here on shares that bucket. About {@code max_distance} (the float32 steps can move it by one).
     */
    public long saturationDistance() {
        int last = bucketsPerDirection() - 1;
        long lo = maxExact();
        long hi = maxDistance;
        while (bucketBefore(hi) < last) { // float32 rounding can leave max_distance one bucket short
            hi = 2 * hi;
        }
        while (lo < hi) { // buckets never fall as distance grows
            long mid = lo + (hi - lo) / 2;
            if (bucketBefore(mid) >= last) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * How many different buckets keys at distances {@code 0..distance} meet. Buckets never fall as the
     * distance grows, but the logarithmic ones can skip a bucket (many buckets, a short max_distance), so
     * each bucket is looked for by bisection rather than counted as the last one plus one.
     */
    public int distinctBucketsUpTo(long distance) {
        long upTo = Math.min(distance, saturationDistance());
        int maxExact = maxExact();
        if (upTo < maxExact) {
            return (int) upTo + 1;
        }
        int count = maxExact;
        for (int j = maxExact; j <= bucketBefore(upTo); j++) {
            long first = firstDistanceAtLeast(j, upTo);
            if (first <= upTo && bucketBefore(first) == j) {
                count++;
            }
        }
        return count;
    }

    /**
     * The smallest distance whose bucket (keys before the query) is at least {@code bucket}: where a step
     * of the bucket chart is. Past the last bucket: {@link #saturationDistance()} + 1.
     */
    public long firstDistanceOf(int bucket) {
        long sat = saturationDistance();
        return firstDistanceAtLeast(bucket, sat);
    }

    /** The smallest distance in {@code [0, upTo]} whose bucket is at least {@code j}; {@code upTo + 1} if none. */
    private long firstDistanceAtLeast(int j, long upTo) {
        long lo = 0;
        long hi = upTo + 1;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (bucketBefore(mid) >= j) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * How far, at {@code distance}, the float32 product before truncation lies from the nearest whole
     * number, in units of its last place; {@code Float.POSITIVE_INFINITY} where the bucket does not come
     * from the logarithm (an exact bucket, or past the saturation). A margin of 0 means the product is a
     * whole number: a one-ulp change in the logarithm could move that key to the bucket below.
     */
    public double boundaryMargin(long distance) {
        int n = bucketsPerDirection();
        int maxExact = n / 2;
        if (distance < maxExact) {
            return Double.POSITIVE_INFINITY;
        }
        float v = scaled(distance, maxExact, n);
        if (v >= n - maxExact) { // capped at the last bucket either way
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(v - Math.rint(v)) / Math.ulp(v);
    }
}
