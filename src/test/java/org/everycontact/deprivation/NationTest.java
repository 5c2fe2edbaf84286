package org.everycontact.deprivation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Nation from an ONS area code's prefix. */
class NationTest {

    @ParameterizedTest
    @CsvSource({
        "E01000001, ENGLAND",
        "E01034001, ENGLAND",
        "E09000033, ENGLAND",
        "W01001767, WALES",
        "S01006506, SCOTLAND",
        "N92000002, NORTHERN_IRELAND",
        "95AA01S1, NORTHERN_IRELAND",
        "95ZZ16S2, NORTHERN_IRELAND",
        "L99999999, CHANNEL_ISLANDS",
        "M99999999, ISLE_OF_MAN",
        "' E01000001 ', ENGLAND",
    })
    void nationIsReadFromTheCodePrefix(String code, Nation expected) {
        assertEquals(expected, Nation.ofAreaCode(code));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "X01000001", "K04000001", "96AA01S1", "9", "01000001", "e01000001", "-"})
    void anythingElseIsUnknown(String code) {
        assertEquals(Nation.UNKNOWN, Nation.ofAreaCode(code));
    }
}
