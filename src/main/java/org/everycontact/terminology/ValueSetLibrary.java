package org.everycontact.terminology;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.everycontact.record.FhirSupport;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Loads the rules' ValueSets from fhir-profiles at start-up and expands their enumerated concepts.
 * Intensional definitions (filters) cannot be expanded offline and are refused at start-up.
 */
@Singleton
@Startup
public class ValueSetLibrary {

    private final Map<ValueSetId, CodeSet> sets = new EnumMap<>(ValueSetId.class);

    public ValueSetLibrary(FhirSupport fhir) {
        for (ValueSetId id : ValueSetId.values()) {
            sets.put(id, load(fhir, id));
        }
    }

    public CodeSet get(ValueSetId id) {
        return sets.get(id);
    }

    public int size() {
        return sets.size();
    }

    private static CodeSet load(FhirSupport fhir, ValueSetId id) {
        try (InputStream in = ValueSetLibrary.class.getClassLoader().getResourceAsStream(id.resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("ValueSet " + id.resourcePath() + " is not on the class path");
            }
            ValueSet valueSet = fhir.jsonParser().parseResource(ValueSet.class, in);
            Set<String> keys = new HashSet<>();
            for (ValueSet.ConceptSetComponent include : valueSet.getCompose().getInclude()) {
                if (include.hasFilter() || include.hasValueSet() || !include.hasConcept()) {
                    throw new IllegalStateException("ValueSet " + id.id() + " must enumerate its concepts");
                }
                include.getConcept().forEach(c -> keys.add(CodeSet.key(include.getSystem(), c.getCode())));
            }
            return new CodeSet(valueSet.getUrl(), valueSet.getVersion(), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
