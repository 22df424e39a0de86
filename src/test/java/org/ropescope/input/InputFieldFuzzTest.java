package org.ropescope.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ropescope.math.Limits;

/** Random text into every field: a value inside the limits, or one line naming the field. Never an exception. */
class InputFieldFuzzTest {

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> numberish = Arbitraries.strings().withChars("0123456789.,_+-eEkKmMgG xX").ofMaxLength(25);
        Arbitrary<String> edges = Arbitraries.of("1e400", "1e-400", "-0", "0x10", "NaN", "Infinity", "1e999999999",
                "9".repeat(400), "1,2,3", ",000", "1,0000", "１２８", "128\u0000", "\t128\n", "1\u00852", "x\u2029y",
                "1e8", "1e10", "8192", "4");
        return Arbitraries.oneOf(any, numberish, edges);
    }

    @Property(tries = 2000)
    void everyFieldEitherAcceptsWithinLimitsOrNamesItself(@ForAll("typed") String text) {
        for (InputField f : InputField.values()) {
            Parsed<Double> p = f.parse(text);
            if (p.isOk()) {
                double v = p.value();
                assertTrue(Double.isFinite(v), f + " " + text);
                switch (f) {
                    case BASE -> assertTrue(v > 1 && v <= Limits.BASE_MAX, text);
                    case DIM -> assertTrue(v >= 4 && v <= 8192 && v % 2 == 0, text);
                    default -> assertTrue(v >= 1 && v <= Limits.LENGTH_MAX && v == Math.rint(v), text);
                }
            } else {
                assertTrue(p.error().startsWith(f.label() + " must be "), p.error());
                assertTrue(!p.error().matches("(?s).*[\\p{Cc}\\p{Zl}\\p{Zp}].*") && p.error().length() < 160, p.error());
            }
        }
    }
}
