package org.everycontact.terminology;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.everycontact.record.FhirSupport;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Reads one code list file into a {@link CodeSet}, shipped or replacing a shipped one, and refuses it
 * unless it is a FHIR R4 ValueSet with no unknown or invalid element, the expected id, a url, a
 * status, a version (its release tag) and enumerated concepts: intensional definitions (filters,
 * other ValueSets) cannot be expanded offline. A refusal names the file.
 */
final class ValueSetReader {

    private final FhirSupport fhir;

    ValueSetReader(FhirSupport fhir) {
        this.fhir = fhir;
    }

    CodeSet read(InputStream in, String file, ValueSetId id) {
        ValueSet valueSet;
        try {
            valueSet = fhir.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(ValueSet.class, in);
        } catch (DataFormatException e) {
            throw refused(file, "not a valid FHIR R4 ValueSet: " + e.getMessage());
        }
        if (!id.id().equals(valueSet.getIdPart())) {
            throw refused(file, "id is " + valueSet.getIdPart() + ", not " + id.id());
        }
        if (!valueSet.hasUrl() || !valueSet.hasStatus() || !valueSet.hasVersion() || valueSet.getVersion().isBlank()) {
            throw refused(file, "url, status and version (the release tag) are required");
        }
        Set<String> keys = new HashSet<>();
        for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
            if (!include.hasSystem() || include.hasFilter() || include.hasValueSet() || !include.hasConcept()
                    || include.getConcept().stream().anyMatch(c -> !c.hasCode())) {
                throw refused(file, "each compose.include must give a system and enumerate coded concepts");
            }
            include.getConcept().forEach(c -> keys.add(CodeSet.key(include.getSystem(), c.getCode())));
        }
        if (keys.isEmpty()) {
            throw refused(file, "enumerates no concept");
        }
        return new CodeSet(valueSet.getUrl(), valueSet.getVersion(), keys);
    }

    static IllegalStateException refused(String file, String reason) {
        return new IllegalStateException("Code list " + file + " refused: " + reason);
    }
}
