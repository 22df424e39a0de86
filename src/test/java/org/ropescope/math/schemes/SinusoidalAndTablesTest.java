package org.ropescope.math.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.diagnostics.LongTermDecay;

class SinusoidalAndTablesTest {

    /** Vaswani et al. 3.5: PE(pos, 2i) = sin(pos / 10000^(2i/d_model)), PE(pos, 2i+1) = cos(...). */
    static double[] pe(long pos, int dModel) {
        double[] v = new double[dModel];
        for (int i = 0; i < dModel / 2; i++) {
            double angle = pos / Math.pow(10000, 2.0 * i / dModel);
            v[2 * i] = Math.sin(angle);
            v[2 * i + 1] = Math.cos(angle);
        }
        return v;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    @ParameterizedTest(name = "d_model {0}, p {1}, distance {2}")
    @CsvSource({"512, 0, 1", "512, 7, 100", "512, 1000, 4096", "64, 3, 50", "4, 10, 3", "2048, 5, 16384"})
    void similarityIsTheNormalisedDotProductOfTwoEncodings(int dModel, long p, long distance) {
        double expected = dot(pe(p, dModel), pe(p + distance, dModel)) / dot(pe(p, dModel), pe(p, dModel));
        assertEquals(expected, Sinusoidal.similarity(dModel, distance), 1e-9); // the sin/cos products round
        assertEquals(1.0, Sinusoidal.similarity(dModel, 0), 1e-15);
    }

    @Test
    void longTermDecayIsTheMeanCosine() {
        double[] theta = {1, 0.5, 0.25};
        assertEquals((Math.cos(2) + Math.cos(1) + Math.cos(0.5)) / 3, LongTermDecay.at(theta, 2), 1e-16);
        double[] over = LongTermDecay.over(theta, new double[] {0, 2});
        assertEquals(1.0, over[0]);
        assertEquals(LongTermDecay.at(theta, 2), over[1], 1e-13); // runs of distances go by rotation
    }

    @ParameterizedTest(name = "d_model {0}")
    @ValueSource(ints = {2, 3, 513, 8194})
    void badDModelIsRefusedByName(int dModel) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> Sinusoidal.frequencies(dModel));
        assertEquals("d_model", e.field());
        assertEquals("d_model must be an even whole number from 4 to 8192, got " + dModel, e.getMessage());
    }

    @Test
    void tableRowsAreEveryDistanceUpToAHundredThousand() {
        long[] rows = SchemeDistances.table(16_384);
        assertEquals(16_385, rows.length);
        assertEquals(0, rows[0]);
        assertEquals(16_384, rows[16_384]);
        assertEquals(100_001, SchemeDistances.table(100_000).length);
        assertEquals(1, SchemeDistances.table(0).length);
    }

    @ParameterizedTest(name = "m = {0}")
    @ValueSource(longs = {100_001, 131_072, 1_000_000, 100_000_000})
    void longerTablesKeepEveryDistanceUpTo4096AndEndAtM(long m) {
        long[] rows = SchemeDistances.table(m);
        assertEquals(100_001, rows.length);
        for (int k = 0; k <= 4096; k++) {
            assertEquals(k, rows[k]);
        }
        for (int k = 1; k < rows.length; k++) {
            assertTrue(rows[k] > rows[k - 1], "rising at row " + k);
        }
        assertEquals(m, rows[rows.length - 1]);
    }

    @Test
    void chartDistancesIncludeTheLengthsAsked() {
        long[] d = SchemeDistances.chart(1_000_000, 1500, 4096, 777_777);
        assertTrue(java.util.Arrays.binarySearch(d, 4096) >= 0);
        assertTrue(java.util.Arrays.binarySearch(d, 777_777) >= 0);
        assertEquals(1_000_000, d[d.length - 1]);
        assertTrue(d.length < 1600);
    }

    @Test
    void settingsValidateEveryField() {
        assertEquals(8, SchemeSettings.DEFAULT.heads());
        assertEquals("heads", assertThrows(InvalidConfigException.class,
                () -> SchemeSettings.DEFAULT.withHeads(0)).field());
        assertEquals("max_distance", assertThrows(InvalidConfigException.class,
                () -> SchemeSettings.DEFAULT.withT5(64, 20, false)).field());
        assertEquals("d_model", assertThrows(InvalidConfigException.class,
                () -> SchemeSettings.DEFAULT.withDModel(7)).field());
    }

    @Test
    void presetsSetTheirSchemes() {
        List<SchemePreset> all = SchemePreset.all();
        assertEquals(7, all.size());
        SchemeSettings bloom = all.get(1).applyTo(SchemeSettings.DEFAULT);
        assertEquals("BLOOM-176B", all.get(1).name());
        assertEquals(112, bloom.heads());
        SchemeSettings enc = all.get(3).applyTo(SchemeSettings.DEFAULT);
        assertEquals(new SchemeSettings(8, 32, 128, true, 512), enc);
    }

    @Test
    void factsCarryTheNumbersOfTheSettings() {
        List<SchemeFacts> f = SchemeFacts.of(RopeConfig.DEFAULT, SchemeSettings.DEFAULT);
        assertEquals(List.of("RoPE", "ALiBi", "T5 bias", "Sinusoidal"), f.stream().map(SchemeFacts::scheme).toList());
        assertTrue(f.get(0).beyond().startsWith("New rotation angles: 18 of 64 pairs"), f.get(0).beyond());
        // 8 heads: slopes 1/2 ... 1/256; ln 100 / 0.5 = 9.2, ln 100 * 256 = 1,178.9
        assertTrue(f.get(1).cost().contains("beyond Δ = 9,") && f.get(1).cost().contains("beyond Δ = 1,179"),
                f.get(1).cost());
        assertTrue(f.get(2).beyond().contains("from Δ = 113 on shares bucket 31")
                && f.get(2).beyond().contains("32 buckets up to m_l, 32 up to m (0 new)"), f.get(2).beyond());
        assertTrue(f.get(3).beyond().contains("12,288 positions past m_l"), f.get(3).beyond());
    }

    @Test
    void shownHeadsAreReadAsPeopleWriteThem() {
        assertEquals(List.of(), SchemeSettings.parseShown("all", 8));
        assertEquals(List.of(), SchemeSettings.parseShown(" ", 8));
        assertEquals(List.of(1, 2, 3, 4, 8), SchemeSettings.parseShown("1-4, 8", 8));
        assertEquals(List.of(), SchemeSettings.parseShown("1-8", 8)); // every head: all
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> SchemeSettings.parseShown("9", 8));
        assertEquals("shown_heads must be all, or head numbers from 1 to 8 such as 1-4,8, got '9'", e.getMessage());
        assertThrows(InvalidConfigException.class, () -> SchemeSettings.parseShown("4-2", 8));
        assertThrows(InvalidConfigException.class, () -> SchemeSettings.parseShown("1-2-3", 8));
        assertThrows(InvalidConfigException.class, () -> SchemeSettings.parseShown("x", 8));
        SchemeSettings s = SchemeSettings.DEFAULT.withShownHeads(List.of(8, 1, 2, 3));
        assertEquals("1-3,8", s.shownText());
        assertEquals(true, s.shows(8));
        assertEquals(false, s.shows(5));
        assertEquals(List.of(1, 2, 3), s.withHeads(4).shownHeads()); // fewer heads: the ones gone are dropped
        assertEquals("all", SchemeSettings.DEFAULT.shownText());
        assertThrows(InvalidConfigException.class, () -> SchemeSettings.DEFAULT.withShownHeads(List.of(9)));
    }
}
