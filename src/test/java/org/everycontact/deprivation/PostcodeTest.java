package org.everycontact.deprivation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.everycontact.deprivation.PostcodeInput.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Postcode normalisation and validation (clinical-spec §3.2; T-PC-01, T-PC-02). */
class PostcodeTest {

    static final String SPEC_REGEX = "^([A-PR-UWYZ][0-9][0-9A-HJKSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
            + " [0-9][ABD-HJLNP-UW-Z]{2}$";

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Test
    void T_PC_01_lowerCaseWithoutSpaceIsNormalisedAndValid() {
        PostcodeInput input = Postcode.parse("sw1a2aa");

        assertEquals(Kind.VALID, input.kind());
        assertEquals("SW1A 2AA", input.normalised());
        assertEquals(new Postcode("SW1A", "2AA"), input.postcode());
        assertNull(input.pseudo());
    }

    @Test
    void T_PC_02_noFixedAbodeIsPseudo() {
        PostcodeInput input = Postcode.parse("ZZ99 3VZ");

        assertEquals(Kind.PSEUDO, input.kind());
        assertEquals(PseudoPostcode.NO_FIXED_ABODE, input.pseudo());
        assertTrue(input.pseudo().meansNoFixedAbode());
        assertEquals("ZZ99 3VZ", input.normalised());
        assertNull(input.postcode());
    }

    @ParameterizedTest
    @CsvSource({
        "ZZ99 3VZ, NO_FIXED_ABODE",
        "ZZ99 3WZ, ADDRESS_NOT_KNOWN",
        "ZZ99 3CZ, ENGLAND_NOT_STATED",
        "ZZ99 3GZ, WALES_NOT_STATED",
        "ZZ99 1WZ, SCOTLAND_NOT_STATED",
        "ZZ99 2WZ, NORTHERN_IRELAND_NOT_STATED",
        "zz993wz, ADDRESS_NOT_KNOWN",
        "'ZZ99  3CZ', ENGLAND_NOT_STATED",
        "' z z 9 9 1 w z ', SCOTLAND_NOT_STATED",
    })
    void everyNamedPseudoPostcodeIsRecognisedInAnyLayout(String raw, PseudoPostcode expected) {
        PostcodeInput input = Postcode.parse(raw);

        assertEquals(Kind.PSEUDO, input.kind());
        assertEquals(expected, input.pseudo());
        assertEquals(raw.replaceAll("\\s", "").toUpperCase().replaceFirst("(...)$", " $1"), input.normalised());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ99 4AZ", "ZZ99 0AZ", "ZZ99 9ZZ", "ZZ99 3AZ", "ZZ99 1VZ", "zz99 6hz"})
    void otherPseudoPostcodesOfTheZz99PatternAreOverseas(String raw) {
        PostcodeInput input = Postcode.parse(raw);

        assertEquals(Kind.PSEUDO, input.kind());
        assertEquals(PseudoPostcode.OVERSEAS, input.pseudo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ99 AVZ", "ZZ99 33Z", "ZZ99 3VA", "ZZ99 3V", "ZZ98 3VZ", "ZZ9 3VZ", "ZZ999 3VZ", "ZY99 3VZ"})
    void nearPseudoPostcodesAreInvalid(String raw) {
        assertEquals(Kind.INVALID, Postcode.parse(raw).kind());
    }

    @Test
    void onlyNoFixedAbodeMeansNoFixedAbode() {
        for (PseudoPostcode pseudo : PseudoPostcode.values()) {
            assertEquals(pseudo == PseudoPostcode.NO_FIXED_ABODE, pseudo.meansNoFixedAbode(), pseudo.name());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "'M9  4WW', M9 4WW, M9, 4WW",
        "'W1K 3RH', W1K 3RH, W1K, 3RH",
        "SW1A2AA, SW1A 2AA, SW1A, 2AA",
        "'M9   4WW', M9 4WW, M9, 4WW",
        "'W1K  3RH', W1K 3RH, W1K, 3RH",
        "'SW1A 2AA', SW1A 2AA, SW1A, 2AA",
    })
    void onspdPcdPcd2AndPcdsFormsAreRead(String raw, String formatted, String outward, String inward) {
        Postcode postcode = Postcode.parse(raw).postcode();

        assertEquals(formatted, postcode.formatted());
        assertEquals(outward, postcode.outward());
        assertEquals(inward, postcode.inward());
        assertEquals(formatted, postcode.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "M9 4WW, 'M9  4WW'",
        "W1K 3RH, 'W1K 3RH'",
        "SW1A 2AA, SW1A2AA",
        "GIR 0AA, 'GIR 0AA'",
    })
    void pcd7IsOutwardLeftJustifiedToFourThenInward(String raw, String pcd7) {
        assertEquals(pcd7, Postcode.parse(raw).postcode().pcd7());
    }

    static Stream<Arguments> everyOutwardFormat() {
        return Stream.of(
                Arguments.of("AN", "m1 1ae", "M1 1AE"),
                Arguments.of("ANN", "B338TH", "B33 8TH"),
                Arguments.of("AAN", "cr2 6xh", "CR2 6XH"),
                Arguments.of("AANN", "DN55 1PT", "DN55 1PT"),
                Arguments.of("ANA", "w1a1hq", "W1A 1HQ"),
                Arguments.of("AANA", "Ec1a 1bb", "EC1A 1BB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOutwardFormat")
    void everyOutwardFormatIsValid(String format, String raw, String formatted) {
        PostcodeInput input = Postcode.parse(raw);

        assertEquals(Kind.VALID, input.kind());
        assertEquals(formatted, input.normalised());
        assertEquals(format.length(), input.postcode().outward().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1A 1AA", "A 1AA", "AAA 1AA", "AAAA 1AA", "A1AA 1AA", "AA1AA 1AA", "AA11A 1AA", "A111 1AA",
        "AB1 AAA", "AB1 11A", "AB1 1A1"})
    void otherShapesAreInvalid(String raw) {
        assertEquals(Kind.INVALID, Postcode.parse(raw).kind());
    }

    @Test
    void firstLetterIsNeverQVOrX() {
        assertOnlyTheseLettersAreValid("ABCDEFGHIJKLMNOPRSTUWYZ", letter -> letter + "1 1AA");
        assertOnlyTheseLettersAreValid("ABCDEFGHIJKLMNOPRSTUWYZ", letter -> letter + "A1 1AA");
    }

    @Test
    void secondLetterIsNeverIJOrZ() {
        assertOnlyTheseLettersAreValid("ABCDEFGHKLMNOPQRSTUVWXY", letter -> "A" + letter + "1 1AA");
    }

    @Test
    void thirdLetterOfAnaIsOnlyAToHJKSTUW() {
        assertOnlyTheseLettersAreValid("ABCDEFGHJKSTUW", letter -> "W1" + letter + " 1AA");
    }

    @Test
    void fourthLetterOfAanaIsOnlyABEHMNPRVWXY() {
        assertOnlyTheseLettersAreValid("ABEHMNPRVWXY", letter -> "EC1" + letter + " 1AA");
    }

    @Test
    void inwardLettersAreNeverCIKMOV() {
        assertOnlyTheseLettersAreValid("ABDEFGHJLNPQRSTUWXYZ", letter -> "SW1A 2" + letter + "A");
        assertOnlyTheseLettersAreValid("ABDEFGHJLNPQRSTUWXYZ", letter -> "SW1A 2A" + letter);
    }

    private static void assertOnlyTheseLettersAreValid(String allowed, Function<String, String> postcode) {
        assertAll(LETTERS.chars().mapToObj(c -> String.valueOf((char) c)).map(letter -> () -> {
            String raw = postcode.apply(letter);
            assertEquals(allowed.contains(letter) ? Kind.VALID : Kind.INVALID, Postcode.parse(raw).kind(), raw);
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIR 0AA", "gir0aa", " GIR  0AA "})
    void girobankPostcodeIsTheOneExceptionToTheRules(String raw) {
        Postcode postcode = Postcode.parse(raw).postcode();

        assertEquals("GIR", postcode.outward());
        assertEquals("0AA", postcode.inward());
        assertFalse(Postcode.FORMAT.matcher("GIR 0AA").matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIR 0AB", "GIR 1AA", "GI 0AA"})
    void otherGirPostcodesAreInvalid(String raw) {
        assertEquals(Kind.INVALID, Postcode.parse(raw).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"M", "M1", "M1 1", "M1 1A", "M11A", "1AA", "SW1A 2AAA", "SW1AA 2AA", "SW1A2 2AA", "EC1A1BBX"})
    void tooShortOrTooLongIsInvalid(String raw) {
        PostcodeInput input = Postcode.parse(raw);

        assertEquals(Kind.INVALID, input.kind());
        assertNull(input.postcode());
        assertNull(input.normalised());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A-2AA", "SW1A.2AA", "SW1A_2AA", "SW1A,2AA", "SW1A 2AA.", "(SW1A 2AA)", "SW1A/2AA",
        "\"SW1A 2AA\"", "ＳＷ1A 2AA", "SW1A 2ÀA"})
    void punctuationAndNonAsciiCharactersAreInvalid(String raw) {
        assertEquals(Kind.INVALID, Postcode.parse(raw).kind());
    }

    @Test
    void onlyAsciiLettersAreUpperCased() {
        // Java upper-cases dotless i to I; a postcode with it must not become "GIR 0AA".
        assertEquals(Kind.INVALID, Postcode.parse("gır 0aa").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A\t2AA", "SW1A\u00A02AA", "\u2007SW1A\u202F2AA\n", "S W 1 A 2 A A", "\r\nsw1a2aa\r\n"})
    void anyWhitespaceIsRemoved(String raw) {
        assertEquals("SW1A 2AA", Postcode.parse(raw).normalised());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0"})
    void nullOrBlankIsAbsent(String raw) {
        PostcodeInput input = Postcode.parse(raw);

        assertEquals(Kind.ABSENT, input.kind());
        assertNull(input.postcode());
        assertNull(input.pseudo());
        assertNull(input.normalised());
    }

    @Test
    void formatIsTheSpecReferenceRegex() {
        assertEquals(SPEC_REGEX, Postcode.FORMAT.pattern());
    }

    @Test
    void pseudoPostcodesFailTheFormatRules() {
        assertFalse(Postcode.FORMAT.matcher("ZZ99 3VZ").matches());
    }

    @Test
    void constructorRejectsAnythingParseWouldNotGive() {
        assertThrows(IllegalArgumentException.class, () -> new Postcode("SW1A", "2AC"));
        assertThrows(IllegalArgumentException.class, () -> new Postcode("ZZ99", "3VZ"));
        assertThrows(IllegalArgumentException.class, () -> new Postcode("sw1a", "2aa"));
        assertThrows(IllegalArgumentException.class, () -> new Postcode("SW1A ", "2AA"));
        assertThrows(NullPointerException.class, () -> new Postcode(null, "2AA"));
    }

    @Test
    void inputRejectsInconsistentParts() {
        Postcode postcode = new Postcode("M9", "4WW");

        assertThrows(IllegalArgumentException.class, () -> new PostcodeInput(Kind.VALID, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PostcodeInput(Kind.VALID, postcode, null, "M9 4WX"));
        assertThrows(IllegalArgumentException.class, () -> new PostcodeInput(Kind.INVALID, postcode, null, "M9 4WW"));
        assertThrows(IllegalArgumentException.class, () -> new PostcodeInput(Kind.ABSENT, null, null, ""));
        assertThrows(IllegalArgumentException.class, () -> PostcodeInput.pseudo(PseudoPostcode.OVERSEAS, "ZZ99 3VZ"));
        assertThrows(IllegalArgumentException.class, () -> PostcodeInput.pseudo(PseudoPostcode.OVERSEAS, "M9 4WW"));
        assertEquals(PostcodeInput.valid(postcode), Postcode.parse("m94ww"));
    }
}
