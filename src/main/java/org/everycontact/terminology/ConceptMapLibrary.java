package org.everycontact.terminology;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.everycontact.record.Code;
import org.everycontact.record.FhirSupport;
import org.hl7.fhir.r4.model.ConceptMap;

/**
 * Loads the ConceptMaps from fhir-profiles at start-up. Each source code must have exactly one
 * target: a map that gives a code two targets is refused, as the reader could not choose.
 */
@Singleton
@Startup
public class ConceptMapLibrary {

    private final Map<ConceptMapId, ConceptMapping> maps = new EnumMap<>(ConceptMapId.class);

    public ConceptMapLibrary(FhirSupport fhir) {
        for (ConceptMapId id : ConceptMapId.values()) {
            maps.put(id, load(fhir, id));
        }
    }

    public ConceptMapping get(ConceptMapId id) {
        return maps.get(id);
    }

    private static ConceptMapping load(FhirSupport fhir, ConceptMapId id) {
        try (InputStream in = ConceptMapLibrary.class.getClassLoader().getResourceAsStream(id.resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("ConceptMap " + id.resourcePath() + " is not on the class path");
            }
            ConceptMap map = fhir.jsonParser().parseResource(ConceptMap.class, in);
            Map<String, Code> targets = new HashMap<>();
            for (ConceptMap.ConceptMapGroupComponent group : map.getGroup()) {
                for (ConceptMap.SourceElementComponent element : group.getElement()) {
                    if (element.getTarget().size() != 1) {
                        throw new IllegalStateException("ConceptMap " + id.id() + " must give " + element.getCode()
                                + " exactly one target");
                    }
                    Code target = new Code(group.getTarget(), element.getTargetFirstRep().getCode(), null);
                    if (targets.put(CodeSet.key(group.getSource(), element.getCode()), target) != null) {
                        throw new IllegalStateException("ConceptMap " + id.id() + " maps " + element.getCode()
                                + " twice");
                    }
                }
            }
            return new ConceptMapping(map.getUrl(), map.getVersion(), targets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
