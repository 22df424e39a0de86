package org.ropescope.math.schemes;

import java.util.ArrayList;
import java.util.List;

/**
 * Independent references for the schemes, ported line by line from their sources (the ALiBi paper's
 * code, transformers' T5 code), shared by the math and command tests. Never used by the main code.
 */
public final class SchemeReferences {

    private SchemeReferences() {
    }

    /**
     * The paper's reference {@code get_slopes} (ofirpress/attention_with_linear_biases), ported line by
     * line; Python's {@code **} is C's {@code pow}, here {@link Math#pow} (not the {@link StrictMath} the
     * main code uses), and {@code math.log2(n).is_integer()} is "n is a power of two".
     */
    public static List<Double> getSlopes(int n) {
        if (Integer.bitCount(n) == 1) {
            return getSlopesPowerOf2(n);
        }
        int closestPowerOf2 = (int) Math.pow(2, Math.floor(Math.log(n) / Math.log(2) + 1e-12));
        List<Double> out = new ArrayList<>(getSlopesPowerOf2(closestPowerOf2));
        List<Double> twice = getSlopes(2 * closestPowerOf2);
        List<Double> everyOther = new ArrayList<>();
        for (int i = 0; i < twice.size(); i += 2) { // [0::2]
            everyOther.add(twice.get(i));
        }
        out.addAll(everyOther.subList(0, n - closestPowerOf2)); // [:n-closest_power_of_2]
        return out;
    }

    public static List<Double> getSlopesPowerOf2(int n) {
        double log2n = Integer.numberOfTrailingZeros(n); // math.log2(n) of a power of two is exact
        double start = Math.pow(2, -Math.pow(2, -(log2n - 3)));
        double ratio = start;
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(start * Math.pow(ratio, i));
        }
        return out;
    }

    /**
     * transformers' {@code T5Attention._relative_position_bucket}, ported line by line for one element of
     * the tensor. Tensor dtypes: {@code relative_position} is int64; {@code .float()} is float32;
     * {@code / max_exact} (a Python int) is float32; {@code torch.log} float32; {@code / math.log(...)}
     * (a Python float) float32; {@code * (num_buckets - max_exact)} float32; {@code .to(torch.long)}
     * truncates toward zero. float32 log taken as the correctly rounded one.
     */
    public static long relativePositionBucket(long relativePosition, boolean bidirectional, int numBuckets,
            int maxDistance) {
        long relativeBuckets = 0;
        if (bidirectional) {
            numBuckets /= 2; // num_buckets //= 2
            relativeBuckets += (relativePosition > 0 ? 1L : 0L) * numBuckets;
            relativePosition = Math.abs(relativePosition);
        } else {
            relativePosition = -Math.min(relativePosition, 0L);
        }
        // now relative_position is in the range [0, inf)
        int maxExact = numBuckets / 2; // num_buckets // 2
        boolean isSmall = relativePosition < maxExact;
        double pythonLog = Math.log((double) maxDistance / (double) maxExact); // math.log(max_distance / max_exact)
        float asFloat = (float) relativePosition; // relative_position.float()
        float divided = asFloat / (float) maxExact;
        float logged = (float) Math.log(divided); // torch.log on float32
        float overLog = logged / (float) pythonLog; // float32 tensor / Python float: float32
        float times = overLog * (float) (numBuckets - maxExact);
        long relativePositionIfLarge = maxExact + (long) times; // .to(torch.long)
        relativePositionIfLarge = Math.min(relativePositionIfLarge, numBuckets - 1);
        relativeBuckets += isSmall ? relativePosition : relativePositionIfLarge; // torch.where
        return relativeBuckets;
    }

    /** RoPE's long-term decay written out: the mean of cos(distance * b^(-2i/d)) over the d/2 pairs. */
    public static double ropeDecay(double base, int dim, long distance) {
        double sum = 0;
        for (int i = 0; i < dim / 2; i++) {
            sum += Math.cos(distance * Math.pow(base, -2.0 * i / dim));
        }
        return sum / (dim / 2);
    }
}
