package org.everycontact.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.everycontact.support.R4Validation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under fhir-profiles/, the example patients' Bundles in examples/ included, is valid FHIR R4:
 * HAPI's instance validator against the base specification finds no error (warnings are allowed; the
 * options are listed on {@link R4Validation}). Every ValueSet is a usable code list: it enumerates at
 * least one concept, no code twice, and it is known to {@link ValueSetId} (and every id has its file).
 */
class FhirProfilesTest {

    private static final Path FOLDER = Path.of("fhir-profiles");
    private static final FhirContext FHIR = FhirContext.forR4();
    private static R4Validation validator;

    @BeforeAll
    static void validator() {
        validator = new R4Validation(FHIR);
    }

    static Stream<Path> resources() throws IOException {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** An example patient's Bundle is named by its id alone (examples/&lt;id&gt;.json). */
    private static boolean isExample(Path file) {
        return file.getParent().getFileName().toString().equals("examples");
    }

    static Stream<Path> valueSets() throws IOException {
        return resources().filter(f -> f.getFileName().toString().startsWith("ValueSet-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void isValidFhir(Path file) throws IOException {
        IBaseResource resource = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(Files.readString(file));
        String errors = validator.errors(resource);
        assertTrue(errors.isEmpty(), file + " is not valid FHIR:\n" + errors);
        String name = file.getFileName().toString().replace(".json", "");
        String id = isExample(file) ? name : name.replaceFirst("^[A-Za-z]+-", "");
        assertEquals(id, resource.getIdElement().getIdPart(), "resource id matches the file name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueSets")
    void valueSetIsAUsableCodeList(Path file) throws IOException {
        ValueSet valueSet = FHIR.newJsonParser().parseResource(ValueSet.class, Files.readString(file));
        assertTrue(valueSet.getUrl().endsWith("/ValueSet/" + valueSet.getIdPart()), "url ends with the id");
        assertFalse(valueSet.getVersion() == null || valueSet.getVersion().isBlank(), "version");
        assertFalse(valueSet.getDescription() == null || valueSet.getDescription().isBlank(), "description");
        Set<String> keys = new HashSet<>();
        int concepts = 0;
        for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
            assertTrue(include.hasSystem(), "each include names its code system");
            for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
                concepts++;
                assertTrue(keys.add(include.getSystem() + "|" + concept.getCode()), concept.getCode() + " listed twice");
            }
        }
        assertTrue(concepts > 0, file + " is an empty code list");
    }

    @Test
    void everyValueSetFileHasAnIdAndEveryIdHasItsFile() throws IOException {
        Set<String> files = valueSets().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        Set<String> ids = Arrays.stream(ValueSetId.values())
                .map(id -> Path.of(id.resourcePath()).getFileName().toString()).collect(Collectors.toSet());
        assertEquals(files, ids);
    }

    /** A reviewer reads what each file is in fhir-profiles/README.md: a file without its row fails. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void everyFileHasItsRowInTheFolderReadme(Path file) throws IOException {
        String readme = Files.readString(FOLDER.resolve("README.md"));
        String path = FOLDER.relativize(file).toString().replace('\\', '/');
        assertTrue(readme.contains("| `" + path + "` |"), path + " has no row in fhir-profiles/README.md");
    }
}
