package org.everycontact.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.record.Code;
import org.everycontact.record.FhirSupport;
import org.everycontact.support.TestFhir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loading code lists from {@code everycontact.code-lists.directory} (T-CODE-01): a newer release
 * replaces the shipped list of its id, and a file that cannot be trusted stops start-up naming itself,
 * never falling back to the shipped list.
 */
class ValueSetLibraryTest {

    private static final FhirSupport FHIR = TestFhir.SUPPORT;
    private static final String FILE = "ValueSet-chronic-liver-disease.json";
    private static final Code HEPATITIS_C = new Code("http://snomed.info/sct",
            NewerClusterReleaseProfile.CHRONIC_HEPATITIS_C, null);

    @TempDir
    Path folder;

    private static String newerRelease() throws IOException {
        return Files.readString(NewerClusterReleaseProfile.folder().resolve(FILE));
    }

    @Test
    void T_CODE_01_shippedListsShareOneReleaseAndLackTheNewerConcept() {
        ValueSetLibrary library = new ValueSetLibrary(FHIR, Optional.empty());
        assertFalse(library.get(ValueSetId.CHRONIC_LIVER_DISEASE).contains(HEPATITIS_C));
        assertEquals(new CodeListReleases("2026.11.0", Map.of()), library.releases());
        assertEquals(Set.of("2026.11.0"), library.releases().tags());
        assertTrue(library.replaced().isEmpty());
    }

    @Test
    void T_CODE_01_newerReleaseInTheDirectoryReplacesTheShippedList() throws IOException {
        Files.writeString(folder.resolve(FILE), newerRelease());
        Files.writeString(folder.resolve("README.txt"), "not a code list: ignored");
        ValueSetLibrary library = new ValueSetLibrary(FHIR, Optional.of(folder));
        CodeSet liver = library.get(ValueSetId.CHRONIC_LIVER_DISEASE);
        assertTrue(liver.contains(HEPATITIS_C));
        assertEquals("2027.01.0", liver.version());
        assertEquals(Set.of(ValueSetId.CHRONIC_LIVER_DISEASE), library.replaced());
        assertEquals(new CodeListReleases("2026.11.0", Map.of("chronic-liver-disease", "2027.01.0")),
                library.releases());
        assertEquals(List.of("2026.11.0", "2027.01.0"), List.copyOf(library.releases().tags()));
        assertEquals("2026.11.0", library.get(ValueSetId.ASTHMA).version());
    }

    @Test
    void emptyDirectoryKeepsTheShippedLists() {
        ValueSetLibrary library = new ValueSetLibrary(FHIR, Optional.of(folder));
        assertTrue(library.replaced().isEmpty());
        assertFalse(library.get(ValueSetId.CHRONIC_LIVER_DISEASE).contains(HEPATITIS_C));
    }

    @Test
    void missingDirectoryStopsStartUp() {
        Path missing = folder.resolve("absent");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ValueSetLibrary(FHIR, Optional.of(missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    static Stream<Arguments> brokenFiles() throws IOException {
        String newer = newerRelease();
        return Stream.of(
                Arguments.of("not JSON", FILE, "{\"resourceType\": \"ValueSet\",", "not a valid FHIR R4 ValueSet"),
                Arguments.of("unknown element", FILE, newer.replace("\"status\"", "\"stauts\""),
                        "not a valid FHIR R4 ValueSet"),
                Arguments.of("invalid status", FILE, newer.replace("\"draft\"", "\"released\""),
                        "not a valid FHIR R4 ValueSet"),
                Arguments.of("another resource type", FILE, newer.replace("\"ValueSet\"", "\"CodeSystem\""),
                        "not a valid FHIR R4 ValueSet"),
                Arguments.of("unknown id in the file name", "ValueSet-chronic-liver.json", newer,
                        "not ValueSet-<id>.json for a code list EveryContact uses"),
                Arguments.of("id not the file's", "ValueSet-asplenia.json", newer,
                        "id is chronic-liver-disease, not asplenia"),
                Arguments.of("another url", FILE, newer.replace("everycontact.org", "example.org"),
                        "url is https://example.org/fhir/ValueSet/chronic-liver-disease"),
                Arguments.of("no release tag", FILE, newer.replace("\"version\": \"2027.01.0\",", ""),
                        "version (the release tag) are required"),
                Arguments.of("filter, not enumerated", FILE, newer.replaceFirst("\"concept\": \\[(?s).*\\]\\s*}\\s*]",
                                "\"filter\": [{\"property\": \"concept\", \"op\": \"is-a\", \"value\": \"328383001\"}]}]"),
                        "enumerate coded concepts"),
                Arguments.of("shipped tag, other concepts", FILE, newer.replace("2027.01.0", "2026.11.0"),
                        "same release tag 2026.11.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void T_CODE_01_brokenFileInTheDirectoryStopsStartUpNamingIt(String name, String fileName, String content,
                                                                 String reason) throws IOException {
        Path file = folder.resolve(fileName);
        Files.writeString(file, content);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ValueSetLibrary(FHIR, Optional.of(folder)));
        assertTrue(e.getMessage().startsWith("Code list " + file + " refused: "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
