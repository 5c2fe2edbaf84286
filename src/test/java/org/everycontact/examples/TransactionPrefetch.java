package org.everycontact.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * The CDS Hooks prefetch an EHR holding an example's transaction Bundle would send: for each prefetch
 * template of the service's discovery, the Patient or a searchset Bundle of the example's resources of
 * that type that the template's search matches. The Patient's id is the example's name and each other
 * resource's its {@code urn:uuid}; references are rewritten to them. The searches know the parameters
 * EveryContact's templates use (patient, _count, date=ge, authoredon=ge); any other fails.
 */
final class TransactionPrefetch {

    private final String patientId;
    private final Resource patient;
    private final List<Resource> records;

    TransactionPrefetch(Bundle transaction) {
        patientId = transaction.getIdElement().getIdPart();
        Map<String, String> references = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            Resource resource = entry.getResource();
            String id = "Patient".equals(resource.fhirType()) ? patientId
                    : entry.getFullUrl().substring("urn:uuid:".length());
            resource.setId(id);
            references.put(entry.getFullUrl(), resource.fhirType() + "/" + id);
        }
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            TestPatient.FHIR.newTerser().getAllResourceReferences(entry.getResource()).stream()
                    .map(r -> r.getResourceReference())
                    .filter(r -> references.containsKey(r.getReferenceElement().getValue()))
                    .forEach(r -> r.setReference(references.get(r.getReferenceElement().getValue())));
        }
        List<Resource> resources = transaction.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
        patient = resources.stream().filter(r -> "Patient".equals(r.fhirType())).findFirst().orElseThrow();
        records = resources.stream().filter(r -> r != patient).toList();
    }

    String patientId() {
        return patientId;
    }

    /** The prefetch for the discovery's {@code prefetch} object (key to template). */
    ObjectNode prefetch(JsonNode templates) {
        ObjectNode prefetch = JsonNodeFactory.instance.objectNode();
        templates.fields().forEachRemaining(t -> prefetch.set(t.getKey(), TestPatient.json(answer(t.getValue().asText()))));
        return prefetch;
    }

    private Resource answer(String template) {
        if (template.equals("Patient/{{context.patientId}}")) {
            return patient;
        }
        String[] search = template.split("\\?", 2);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        records.stream().filter(r -> r.fhirType().equals(search[0]) && matches(r, search[1]))
                .forEach(r -> bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r)
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
