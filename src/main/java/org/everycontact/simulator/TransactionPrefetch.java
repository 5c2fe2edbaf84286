package org.everycontact.simulator;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * The CDS Hooks prefetch an EHR holding an example's transaction Bundle would send: for each prefetch
 * template of the service's discovery, the Patient or a searchset Bundle of the example's resources of
 * that type that the template's search matches. The Patient's id is the Bundle's id (the example's name)
 * and each other resource's its {@code urn:uuid}; references are rewritten to them. The searches know the
 * parameters EveryContact's templates use (patient, _count, date=ge, authoredon=ge); any other fails.
 * The Bundle given is changed in place.
 */
public final class TransactionPrefetch {

    private static final String UUID_PREFIX = "urn:uuid:";

    private final String patientId;
    private final Resource patient;
    private final List<Resource> records;

    public TransactionPrefetch(Bundle transaction, FhirContext fhir) {
        patientId = transaction.getIdElement().getIdPart();
        Map<String, String> references = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            Resource resource = entry.getResource();
            String id = "Patient".equals(resource.fhirType()) ? patientId
                    : entry.getFullUrl().substring(UUID_PREFIX.length());
            resource.setId(id);
            references.put(entry.getFullUrl(), resource.fhirType() + "/" + id);
        }
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            fhir.newTerser().getAllResourceReferences(entry.getResource()).stream()
                    .map(r -> r.getResourceReference())
                    .filter(r -> references.containsKey(r.getReferenceElement().getValue()))
                    .forEach(r -> r.setReference(references.get(r.getReferenceElement().getValue())));
        }
        List<Resource> resources = transaction.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
        patient = resources.stream().filter(r -> "Patient".equals(r.fhirType())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the transaction holds no Patient"));
        records = resources.stream().filter(r -> r != patient).toList();
    }

    public String patientId() {
        return patientId;
    }

    /** The prefetch for discovery's {@code prefetch} templates (key to template), in their order. */
    public Map<String, Resource> prefetch(Map<String, String> templates) {
        Map<String, Resource> prefetch = new LinkedHashMap<>();
        templates.forEach((key, template) -> prefetch.put(key, answer(template)));
        return prefetch;
    }

    private Resource answer(String template) {
        if (template.equals("Patient/{{context.patientId}}")) {
            return patient;
        }
        String[] search = template.split("\\?", 2);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        records.stream().filter(r -> r.fhirType().equals(search[0]) && matches(r, search[1]))
                .forEach(r -> bundle.addEntry().setFullUrl(UUID_PREFIX + r.getIdElement().getIdPart()).setResource(r)
                        .getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        return bundle.setTotal(bundle.getEntry().size());
    }

    private static boolean matches(Resource resource, String query) {
        for (String parameter : query.split("&")) {
            String[] pair = parameter.split("=", 2);
            switch (pair[0]) {
                case "patient", "_count" -> { }
                case "date", "authoredon" -> {
                    if (!pair[1].startsWith("ge")) {
                        throw new IllegalArgumentException("unhandled date prefix in " + parameter);
                    }
                    LocalDate since = LocalDate.parse(pair[1].substring(2));
                    if (date(resource).isBefore(since)) {
                        return false;
                    }
                }
                default -> throw new IllegalArgumentException("unhandled search parameter " + parameter);
            }
        }
        return true;
    }

    /** The date a date or authoredon search reads, to the day. */
    private static LocalDate date(Resource resource) {
        String value;
        if (resource instanceof Observation o) {
            value = o.getEffectiveDateTimeType().getValueAsString();
        } else if (resource instanceof MedicationRequest m) {
            value = m.getAuthoredOnElement().getValueAsString();
        } else if (resource instanceof Encounter e) {
            value = e.getPeriod().getStartElement().getValueAsString();
        } else {
            throw new IllegalArgumentException("no date search on " + resource.fhirType());
        }
        return LocalDate.parse(value.substring(0, 10));
    }
}
