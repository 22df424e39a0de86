package org.ropescope.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFieldTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "BASE; 500000; 500000",
        "BASE; 5e5; 500000",
        "BASE; 1e6; 1000000",
        "BASE; 10,000; 10000",
        "BASE; 1_000_000; 1000000",
        "BASE; 500k; 500000",
        "BASE; 1.0001; 1.0001",
        "BASE; 1e10; 10000000000",
        "DIM; 128; 128",
        "DIM; 4; 4",
        "DIM; 8192; 8192",
        "DIM; 1.28e2; 128",
        "ORIGINAL_LENGTH; 131072; 131072",
        "ORIGINAL_LENGTH; 128k; 131072",
        "ORIGINAL_LENGTH; 128K; 131072",
        "ORIGINAL_LENGTH; 4k; 4096",
        "NEW_LENGTH; 1M; 1048576",
        "NEW_LENGTH; 1.5k; 1536",
        "NEW_LENGTH; '  32768 '; 32768",
        "NEW_LENGTH; 1e8; 100000000",
    })
    void readsWhatPeopleType(InputField field, String text, double expected) {
        Parsed<Double> p = field.parse(text);
        assertEquals(expected, p.value(), 0.0, p::toString);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "DIM; 3; d must be an even integer from 4 to 8192, got 3",
        "DIM; abc; d must be an even integer from 4 to 8192, got 'abc'",
        "DIM; -5; d must be an even integer from 4 to 8192, got -5",
        "DIM; 1e400; d must be an even integer from 4 to 8192, got 1e400",
        "DIM; 128.5; d must be an even integer from 4 to 8192, got 128.5",
        "DIM; ''; d must be an even integer from 4 to 8192, got nothing",
        "BASE; 1; b must be a number greater than 1 and at most 1e10, got 1",
        "BASE; 0.5; b must be a number greater than 1 and at most 1e10, got 0.5",
        "BASE; 1e400; b must be a number greater than 1 and at most 1e10, got 1e400",
        "BASE; NaN; b must be a number greater than 1 and at most 1e10, got 'NaN'",
        "BASE; Infinity; b must be a number greater than 1 and at most 1e10, got 'Infinity'",
        "NEW_LENGTH; abc; 'm must be a whole number of tokens from 1 to 100,000,000 (1e8), got ''abc'''",
        "NEW_LENGTH; 0.3k; 'm must be a whole number of tokens from 1 to 100,000,000 (1e8), got 0.3k'",
        "ORIGINAL_LENGTH; 1e999999999; 'm_l must be a whole number of tokens from 1 to 100,000,000 (1e8), got 1e999999999'",
        "ORIGINAL_LENGTH; 1e9; 'm_l must be a whole number of tokens from 1 to 100,000,000 (1e8), got 1e9'",
    })
    void rejectsWithOneLineNamingTheField(InputField field, String text, String message) {
        Parsed<Double> p = field.parse(text);
        assertFalse(p.isOk(), p::toString);
        assertEquals(message, p.error());
    }

    @Test
    void aMessageStaysOneLineWhateverWasTyped() {
        assertEquals("b must be a number greater than 1 and at most 1e10, got '1?2'", InputField.BASE.parse(" 1\n2 ").error());
        assertEquals("d must be an even integer from 4 to 8192, got 'a?b'", InputField.DIM.parse("a\u2028b").error());
    }

    @Test
    void nullTextIsRejectedNotThrown() {
        assertEquals("d must be an even integer from 4 to 8192, got nothing", InputField.DIM.parse(null).error());
    }
}
