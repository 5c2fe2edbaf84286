package org.everycontact.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.everycontact.record.Code;
import org.everycontact.record.Demographics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Ethnic group from the UK Core ethnic category extension (clinical-spec §3.4, §8.7). */
class EthnicityReaderTest {

    private static final EthnicityReader READER = new EthnicityReader(true);

    private static Demographics coded(String system, String code) {
        return new Demographics("p", null, null, false, null, null, code == null ? null : new Code(system, code, null));
    }

    private static Ethnicity england(String code) {
        return READER.read(coded(EthnicityReader.ENGLAND, code));
    }

    @Test
    void T_ETH_01_extensionCodeZIsUnknown() {
        assertEquals(EthnicGroup.UNKNOWN, england("Z").group());
    }

    @ParameterizedTest
    @CsvSource({"A,WHITE", "B,WHITE", "C,WHITE", "D,MIXED", "E,MIXED", "F,MIXED", "G,MIXED",
            "H,ASIAN", "J,ASIAN", "K,ASIAN", "L,ASIAN", "M,BLACK", "N,BLACK", "P,BLACK", "R,ASIAN", "S,OTHER",
            "Z,UNKNOWN", "99,UNKNOWN", "Q,UNKNOWN", "CA,UNKNOWN"})
    void englandCodeMapsToItsGroup(String code, EthnicGroup group) {
        assertEquals(group, england(code).group());
        assertFalse(england(code).gypsyRomaTraveller());
    }

    @Test
    void chineseIsOtherWhenNotTreatedAsAsian() {
        assertEquals(EthnicGroup.OTHER,
                new EthnicityReader(false).read(coded(EthnicityReader.ENGLAND, "R")).group());
    }

    @Test
    void retiredCodeSystemIsReadToo() {
        assertEquals(EthnicGroup.BLACK, READER.read(coded(EthnicityReader.RETIRED, "N")).group());
    }

    @ParameterizedTest
    @CsvSource({"CL", "CM", "CN"})
    void retiredCodeSystemTravellerCodesMarkGypsyRomaTraveller(String code) {
        Ethnicity ethnicity = READER.read(coded(EthnicityReader.RETIRED, code));
        assertTrue(ethnicity.gypsyRomaTraveller());
        assertEquals(EthnicGroup.UNKNOWN, ethnicity.group());
    }

    @Test
    void travellerCodeInTheEnglandSystemIsNotRecognised() {
        assertFalse(england("CL").gypsyRomaTraveller());
    }

    @Test
    void missingOrUnknownSystemIsUnknown() {
        assertEquals(EthnicGroup.UNKNOWN, READER.read(coded(null, null)).group());
        assertEquals(EthnicGroup.UNKNOWN, READER.read(coded("http://example.org/ethnicity", "A")).group());
        assertEquals(EthnicGroup.UNKNOWN, READER.read((Demographics) null).group());
    }
}
