package org.everycontact.cards;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.everycontact.record.FhirSupport;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * Makes a card's {@link SuggestionTemplate}s into CDS Hooks suggestions for one patient: each a new uuid,
 * one {@code create} action and a FHIR R4 resource whose subject is the patient. A template whose concept
 * is not in the loaded {@code card-suggestion} ValueSet is left out.
 *
 * <p>A resource differs between patients only in its subject's id, so HAPI writes each template's
 * resource once, with a marker for the id, and a call puts the id (JSON-escaped, as HAPI escapes it)
 * in its place: HAPI's encoder cost more than the rest of the card composition together.
 */
@Singleton
public class SuggestionFactory {

    /** Stands for the patient's id while HAPI writes a template's resource: no FHIR id contains '@'. */
    private static final String PATIENT_ID_MARKER = "@patient-id@";

    /** A template's resource as HAPI writes it, split where the patient's id goes. */
    private record Encoded(String before, String after) {

        String forPatient(String patientId) {
            return before + new String(JsonStringEncoder.getInstance().quoteAsString(patientId)) + after;
        }
    }

    private final FhirSupport fhir;
    private final CodeSet allowed;
    private final Map<SuggestionTemplate, Encoded> encoded = new ConcurrentHashMap<>();

    public SuggestionFactory(FhirSupport fhir, ValueSetLibrary valueSets) {
        this.fhir = fhir;
        this.allowed = valueSets.get(ValueSetId.CARD_SUGGESTION);
        // Scanning a resource type costs about half a second: not on the first hook call.
        List.of(ServiceRequest.class, Task.class, Observation.class).forEach(fhir.context()::getResourceDefinition);
    }

    /** None when the patient has no id to be the subject of a resource. */
    public List<Suggestion> suggestions(List<SuggestionTemplate> templates, String patientId) {
        if (patientId == null || patientId.isBlank()) {
            return List.of();
        }
        return templates.stream()
                .filter(t -> allowed.contains(t.concept()))
                .map(t -> new Suggestion(UUID.randomUUID().toString(), t.label(), null,
                        List.of(SuggestionAction.create(description(t),
                                encoded.computeIfAbsent(t, this::encode).forPatient(patientId)))))
                .toList();
    }

    private Encoded encode(SuggestionTemplate template) {
        String json = fhir.jsonParser().encodeResourceToString(resource(template, PATIENT_ID_MARKER));
        int at = json.indexOf(PATIENT_ID_MARKER);
        if (at < 0 || json.indexOf(PATIENT_ID_MARKER, at + 1) >= 0) {
            throw new IllegalStateException("the patient's id is not once in the suggestion " + template.concept().code());
        }
        return new Encoded(json.substring(0, at), json.substring(at + PATIENT_ID_MARKER.length()));
    }

    private static String description(SuggestionTemplate template) {
        String concept = template.concept().display() + " (SNOMED CT " + template.concept().code() + ")";
        return switch (template.kind()) {
            case REQUEST -> "Create a draft request: " + concept;
            case RECALL -> "Create a recall task: " + concept;
            case RECORD -> "Record in the patient's record: " + concept;
        };
    }

    /** The template's resource for the patient; package-private so that a test can compare the encodings. */
    static Resource resource(SuggestionTemplate template, String patientId) {
        CodeableConcept code = new CodeableConcept(new Coding(template.concept().system(), template.concept().code(),
                template.concept().display()));
        Reference patient = new Reference("Patient/" + patientId);
        return switch (template.kind()) {
            case REQUEST -> new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.DRAFT)
                    .setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL).setCode(code).setSubject(patient);
            case RECALL -> new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.PROPOSAL)
                    .setCode(code).setDescription(template.label()).setFor(patient);
            case RECORD -> new Observation().setStatus(Observation.ObservationStatus.FINAL).setCode(code)
                    .setSubject(patient);
        };
    }
}
