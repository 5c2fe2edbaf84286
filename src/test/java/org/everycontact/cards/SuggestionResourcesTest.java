package org.everycontact.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.everycontact.support.R4Validation;
import org.everycontact.support.TestFhir;
import org.everycontact.terminology.ValueSetLibrary;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every suggestion a card can carry is valid FHIR R4 to HAPI's instance validator, as the service writes
 * it, and its concept is listed in the shipped card-suggestion ValueSet (clinical-spec §9.3). Plain
 * JUnit, not a Quarkus test: the validator's XML classes must not be loaded by Quarkus's class loader
 * (FhirProfilesTest runs in the same JVM).
 */
class SuggestionResourcesTest {

    private static final String PATIENT = "pat-1";
    private static final FhirContext FHIR = FhirContext.forR4();
    private static R4Validation validator;
    private static SuggestionFactory factory;

    @BeforeAll
    static void setUp() {
        validator = new R4Validation(FHIR);
        factory = new SuggestionFactory(TestFhir.SUPPORT, new ValueSetLibrary(TestFhir.SUPPORT, Optional.empty()));
    }

    static Stream<String> templates() {
        return templateFields().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void suggestionResourceIsValidFhirR4AboutThePatient(String name) throws Exception {
        SuggestionTemplate template = template(name);
        List<Suggestion> suggestions = factory.suggestions(List.of(template), PATIENT);
        assertEquals(1, suggestions.size(), "offered: its concept is in the card-suggestion ValueSet");
        SuggestionAction action = suggestions.get(0).actions().get(0);

        IBaseResource resource = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(action.resource());
        String errors = validator.errors(resource);
        assertTrue(errors.isEmpty(), name + " is not valid FHIR R4:\n" + errors);
        assertTrue(action.resource().contains("\"reference\":\"Patient/" + PATIENT + "\""), action.resource());
        assertTrue(action.description().contains(template.concept().code()), action.description());
    }

    /** The resource written once per template with the id put in matches HAPI writing it for the patient. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void resourceIsWhatHapiWritesForThePatient(String name) {
        SuggestionTemplate template = template(name);
        for (String patient : List.of(PATIENT, "A.b-9", "quote\"back\\slash/é\u2028")) {
            String written = factory.suggestions(List.of(template), patient).get(0).actions().get(0).resource();
            assertEquals(FHIR.newJsonParser().encodeResourceToString(SuggestionFactory.resource(template, patient)),
                    written, name + " for " + patient);
        }
    }

    @Test
    void suggestionsOfOneCardHaveDistinctUuids() {
        List<SuggestionTemplate> all = templateFields().stream().map(SuggestionResourcesTest::template).toList();
        Set<String> uuids = factory.suggestions(all, PATIENT).stream().map(Suggestion::uuid)
                .collect(Collectors.toSet());
        assertEquals(all.size(), uuids.size());
    }

    @Test
    void withoutAPatientIdThereAreNoSuggestions() {
        assertEquals(List.of(), factory.suggestions(List.of(SuggestionTemplate.ABPM), null));
    }

    @Test
    void theCardSuggestionValueSetListsExactlyTheConceptsInUseWithTheirDisplays() throws Exception {
        ValueSet valueSet = FHIR.newJsonParser().parseResource(ValueSet.class,
                Files.readString(Path.of("fhir-profiles/ValueSet-card-suggestion.json")));
        assertEquals(SuggestionTemplate.SNOMED, valueSet.getCompose().getIncludeFirstRep().getSystem());
        Map<String, String> listed = valueSet.getCompose().getIncludeFirstRep().getConcept().stream()
                .collect(Collectors.toMap(ValueSet.ConceptReferenceComponent::getCode,
                        ValueSet.ConceptReferenceComponent::getDisplay));
        Set<String> used = new HashSet<>();
        for (String name : templateFields()) {
            SuggestionTemplate template = template(name);
            assertEquals(listed.get(template.concept().code()), template.concept().display(), name);
            used.add(template.concept().code());
        }
        assertEquals(listed.keySet(), used);
    }

    private static List<String> templateFields() {
        List<String> names = new ArrayList<>();
        for (Field field : SuggestionTemplate.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == SuggestionTemplate.class) {
                names.add(field.getName());
            }
        }
        return names;
    }

    private static SuggestionTemplate template(String name) {
        try {
            return (SuggestionTemplate) SuggestionTemplate.class.getDeclaredField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
