package org.everycontact.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NHS number Modulus 11 check (clinical-spec §3.1), every test vector of the spec. */
class NhsNumberTest {

    @Test
    void T_NHS_01_9434765919IsValid() {
        assertTrue(NhsNumber.of("9434765919").valid());
    }

    @Test
    void T_NHS_02_1000000010IsInvalidBecauseTheCheckComputesTo10() {
        assertFalse(NhsNumber.of("1000000010").valid());
    }

    @Test
    void wrongCheckDigitIsInvalid() {
        assertFalse(NhsNumber.of("9434765918").valid());
    }

    @Test
    void remainder4GivesCheckDigit7() {
        assertTrue(NhsNumber.of("4010232137").valid());
    }

    @Test
    void remainder10GivesCheckDigit1() {
        assertTrue(NhsNumber.of("1234567881").valid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000010", "1000000011", "1000000012", "1000000013", "1000000014",
            "1000000015", "1000000016", "1000000017", "1000000018", "1000000019"})
    void checkDigitComputingTo10IsInvalidWhateverTheLastDigit(String number) {
        assertFalse(NhsNumber.of(number).valid());
    }

    @Test
    void nineDigitsIsInvalidLength() {
        assertFalse(NhsNumber.of("123456789").valid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"94347659190", "943476591A", "", "   "})
    void wrongLengthOrNonDigitsIsInvalid(String number) {
        assertFalse(NhsNumber.of(number).valid());
    }

    @Test
    void nullIsInvalid() {
        assertFalse(NhsNumber.of(null).valid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "943-476-5919", " 943 - 476 - 5919 "})
    void spacesAndHyphensAreStripped(String number) {
        NhsNumber nhs = NhsNumber.of(number);
        assertTrue(nhs.valid());
        assertEquals("9434765919", nhs.value());
    }

    @Test
    void toStringDoesNotRevealTheNumber() {
        String text = NhsNumber.of("943 476 5919").toString();
        assertFalse(text.contains("9434765919"), text);
        assertFalse(text.contains("943"), text);
        assertTrue(text.contains("valid=true"), text);
    }
}
