package org.everycontact.cards;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
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
 */
@Singleton
public class SuggestionFactory {

    private final FhirSupport fhir;
    private final CodeSet allowed;

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
                                fhir.jsonParser().encodeResourceToString(resource(t, patientId))))))
                .toList();
    }

    private static String description(SuggestionTemplate template) {
        String concept = template.concept().display() + " (SNOMED CT " + template.concept().code() + ")";
        return switch (template.kind()) {
            case REQUEST -> "Create a draft request: " + concept;
            case RECALL -> "Create a recall task: " + concept;
            case RECORD -> "Record in the patient's record: " + concept;
        };
    }

    private static Resource resource(SuggestionTemplate template, String patientId) {
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
