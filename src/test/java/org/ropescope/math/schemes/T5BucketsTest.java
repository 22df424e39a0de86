package org.ropescope.math.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ropescope.math.InvalidConfigException;

class T5BucketsTest {

    @ParameterizedTest(name = "{0} buckets, max distance {1}, bidirectional {2}")
    @CsvSource({"32, 128, true", "32, 128, false", "64, 1000, true", "64, 1000, false", "8, 20, false",
        "4, 5, true", "1024, 100000, false", "1024, 600, true", "128, 2048, true"})
    void everyDistanceUpToAMillionIsTransformersBucket(int buckets, int maxDistance, boolean bidirectional) {
        T5Buckets t = new T5Buckets(buckets, maxDistance, bidirectional);
        for (long d = 0; d <= 1_000_000; d++) {
            long expected = SchemeReferences.relativePositionBucket(-d, bidirectional, buckets, maxDistance);
            if (t.bucketBefore(d) != expected) {
                assertEquals(expected, t.bucketBefore(d), "distance " + d);
            }
            if (bidirectional && d < 5000) { // the keys after the query, the encoder's other half
                assertEquals(SchemeReferences.relativePositionBucket(d, true, buckets, maxDistance), t.bucket(d), "key after, " + d);
            }
        }
    }

    /**
     * transformers' function run by numpy in float32 (its own float32 log and casts, standing in for
     * torch's), for nine settings and every distance up to a few past max_distance (the fixture's first
     * line says which numpy). Every bucket agrees with the float32 emulation here.
     */
    @Test
    void everyBucketIsWhatNumpyFloat32Gives() throws java.io.IOException {
        int settings = 0;
        try (java.io.InputStream in = java.util.Objects.requireNonNull(
                T5BucketsTest.class.getResourceAsStream("t5-buckets-numpy.txt"))) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList()) {
                String[] f = line.split(" ");
                T5Buckets t = new T5Buckets(Integer.parseInt(f[0]), Long.parseLong(f[1]), Boolean.parseBoolean(f[2]));
                int last = Integer.parseInt(f[3]);
                assertEquals(last + 5, f.length);
                for (int d = 0; d <= last; d++) {
                    assertEquals(Integer.parseInt(f[4 + d]), t.bucketBefore(d), line.substring(0, 30) + ", distance " + d);
                }
                settings++;
            }
        }
        assertEquals(9, settings);
    }

    /**
     * T5's defaults worked by hand. Decoder: 16 exact buckets, then 16 + floor(16 log(d/16) / log 8):
     * d = 32 gives 16 + 5 (16/3 = 5.33), d = 64 gives 16 + 10; bucket 31 from 16 * 8^(15/16) = 112.4, so
     * d = 113. Encoder, keys before the query: 8 exact, then 8 + floor(8 log(d/8) / log 16): d = 16, 32,
     * 64 land on 10, 12, 14 exactly (whole numbers in float32 too); bucket 15 from 8 * 16^(7/8) = 90.5.
     */
    @ParameterizedTest(name = "bidirectional {0}, distance {1}: bucket {2}")
    @CsvSource({"false, 0, 0", "false, 15, 15", "false, 16, 16", "false, 32, 21", "false, 64, 26",
        "false, 112, 30", "false, 113, 31", "false, 128, 31", "false, 200000, 31",
        "true, 7, 7", "true, 8, 8", "true, 16, 10", "true, 32, 12", "true, 64, 14", "true, 90, 14", "true, 91, 15",
        "true, 200, 15", "true, 200000, 15"})
    void t5DefaultsByHand(boolean bidirectional, long distance, int bucket) {
        assertEquals(bucket, new T5Buckets(32, 128, bidirectional).bucketBefore(distance));
    }

    @Test
    void theEncodersKeysAfterTheQueryUseTheUpperHalf() {
        T5Buckets enc = new T5Buckets(32, 128, true);
        assertEquals(17, enc.bucket(1));
        assertEquals(31, enc.bucket(500));
        assertEquals(0, enc.bucket(0));
        T5Buckets dec = new T5Buckets(32, 128, false);
        assertEquals(0, dec.bucket(5)); // a later key: the decoder never sees it, its bucket is 0
    }

    @Test
    void saturationAndTheBucketsMetUpToALength() {
        T5Buckets dec = new T5Buckets(32, 128, false);
        assertEquals(113, dec.saturationDistance());
        assertEquals(32, dec.distinctBucketsUpTo(4096));
        assertEquals(32, dec.distinctBucketsUpTo(16_384)); // m adds no bucket
        assertEquals(17, dec.distinctBucketsUpTo(16)); // 0..16
        T5Buckets enc = new T5Buckets(32, 128, true);
        assertEquals(91, enc.saturationDistance());
        assertEquals(16, enc.distinctBucketsUpTo(1_000_000));
        // many buckets, short max distance: the logarithmic part skips buckets
        T5Buckets skipping = new T5Buckets(1024, 513, false);
        assertEquals(1023, skipping.bucketBefore(513));
        assertEquals(512, skipping.bucketBefore(512));
        assertEquals(514, skipping.distinctBucketsUpTo(10_000)); // 0..511 exact, 512, and 1023
    }

    /**
     * Where an ulp in the float32 logarithm could move a key to another bucket: the product before
     * truncation is a whole number. At T5's defaults only d = max_exact (log 1 = 0 exactly, in every
     * implementation) and the encoder's d = 16, 32, 64 do (d = 128 is capped either way); no other
     * distance comes within 100 ulps of a whole number.
     */
    @Test
    void theDefaultsHaveNoKeyWithinAHundredUlpsOfABoundaryButTheExactOnes() {
        T5Buckets enc = new T5Buckets(32, 128, true);
        T5Buckets dec = new T5Buckets(32, 128, false);
        for (long d = 0; d <= 200; d++) {
            boolean exact = d == 8 || d == 16 || d == 32 || d == 64;
            assertEquals(exact, enc.boundaryMargin(d) < 100, "encoder, distance " + d);
            assertEquals(d == 16, dec.boundaryMargin(d) < 100, "decoder, distance " + d);
        }
        assertEquals(0.0, enc.boundaryMargin(32));
    }

    @Test
    void badSettingsAreRefusedByName() {
        InvalidConfigException odd = assertThrows(InvalidConfigException.class, () -> new T5Buckets(33, 128, false));
        assertEquals("num_buckets", odd.field());
        assertEquals("num_buckets must be an even whole number from 4 to 1024, got 33", odd.getMessage());
        assertThrows(InvalidConfigException.class, () -> new T5Buckets(2, 128, false));
        assertThrows(InvalidConfigException.class, () -> new T5Buckets(1026, 2000, false));
        InvalidConfigException near = assertThrows(InvalidConfigException.class, () -> new T5Buckets(32, 16, false));
        assertEquals("max_distance", near.field());
        assertEquals("max_distance must be a whole number above the 16 exact buckets (32 buckets, causal) and at "
                + "most 100,000,000 (1e8), got 16", near.getMessage());
        new T5Buckets(32, 9, true); // 8 exact buckets when bidirectional
        assertThrows(InvalidConfigException.class, () -> new T5Buckets(32, 100_000_001L, true));
    }
}
