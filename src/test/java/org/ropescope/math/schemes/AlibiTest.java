package org.ropescope.math.schemes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ropescope.math.InvalidConfigException;

class AlibiTest {

    /** Compared within 1e-15 relative: Math.pow and StrictMath.pow may differ by an ulp (2.2e-16). */
    @ParameterizedTest(name = "H = {0}")
    @ValueSource(ints = {1, 8, 12, 20, 32, 112})
    void slopesAreThoseOfThePapersReferenceCode(int heads) {
        double[] slopes = Alibi.slopes(heads);
        List<Double> reference = SchemeReferences.getSlopes(heads);
        assertEquals(heads, slopes.length);
        assertEquals(heads, reference.size());
        for (int k = 0; k < heads; k++) {
            assertEquals(reference.get(k), slopes[k], 1e-15 * reference.get(k), "head " + (k + 1));
        }
    }

    /**
     * The slopes printed by the reference {@code get_slopes} itself, run by CPython (see the file's first
     * line), are matched to the last bit, including its rounding artefacts (0.5000000000000001 at H = 16).
     */
    @Test
    void slopesAreBitForBitThoseCPythonPrints() throws IOException {
        int lines = 0;
        for (String line : fixture()) {
            String[] parts = line.split(" ");
            int n = Integer.parseInt(parts[0]);
            double[] python = Arrays.stream(parts, 1, parts.length).mapToDouble(Double::parseDouble).toArray();
            assertArrayEquals(python, Alibi.slopes(n), "H = " + n);
            lines++;
        }
        assertEquals(19, lines);
    }

    private static List<String> fixture() throws IOException {
        try (InputStream in = Objects.requireNonNull(AlibiTest.class.getResourceAsStream("alibi-slopes-python.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
    }

    /**
     * The closed form of the issue, within 1e-14 relative: the reference code's {@code start * ratio^i}
     * carries up to 7.1e-15 of rounding (CPython, H = 128), which the slopes keep on purpose.
     */
    @ParameterizedTest(name = "H = {0}")
    @ValueSource(ints = {1, 2, 4, 8, 16, 32, 64, 128, 1024})
    void aPowerOfTwoHasSlopesTwoToTheMinusEightKOverH(int heads) {
        double[] slopes = Alibi.slopes(heads);
        for (int k = 1; k <= heads; k++) {
            double exact = Math.pow(2, -8.0 * k / heads);
            assertEquals(exact, slopes[k - 1], 1e-14 * exact, "k = " + k);
        }
    }

    @Test
    void twelveHeadsAreTheEightThenEveryOtherOfSixteen() {
        double[] s = Alibi.slopes(12);
        assertEquals(0.5, s[0]);
        assertEquals(0.00390625, s[7]); // 2^-8, the last of eight
        assertEquals(Math.pow(2, -0.5), s[8], 1e-16); // the 1st of sixteen
        assertEquals(Math.pow(2, -1.5), s[9], 1e-16); // the 3rd of sixteen
        assertEquals(Math.pow(2, -3.5), s[11], 1e-16); // the 7th of sixteen
    }

    @Test
    void biasIsMinusSlopeTimesDistanceAndAHundredfoldCutIsLn100OverSlope() {
        assertEquals(-5.0, Alibi.bias(0.5, 10));
        assertEquals(0.0, Alibi.bias(0.25, 0), 0.0);
        assertEquals(9.210340371976184, Alibi.hundredfoldDistance(0.5), 1e-15);
        // at that distance the weight factor e^bias is 1/100
        assertEquals(0.01, Math.exp(Alibi.bias(0.0625, Alibi.hundredfoldDistance(0.0625))), 1e-15);
    }

    @Test
    void headsOutsideOneTo1024AreRefusedByName() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> Alibi.slopes(0));
        assertEquals("heads", e.field());
        assertEquals("heads must be a whole number from 1 to 1024, got 0", e.getMessage());
        assertThrows(InvalidConfigException.class, () -> Alibi.slopes(1025));
        assertTrue(Alibi.slopes(1024).length == 1024);
    }
}
