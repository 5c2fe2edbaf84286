package org.everycontact.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.everycontact.hooks.AsOfClock;
import org.everycontact.hooks.Hook;
import org.everycontact.hooks.ServiceCatalog;
import org.everycontact.hooks.ServiceDescriptor;
import org.everycontact.record.FhirSupport;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The CDS Hooks request an EHR holding an example patient would send for a hook: the hook's context and
 * the prefetch that discovery's templates for that hook ask for today, answered from the example's
 * transaction Bundle.
 */
@ApplicationScoped
public class ExampleRequests {

    /** The clinician the simulated EHR says is using it. */
    static final String USER_ID = "Practitioner/simulator-user";
    static final String ENCOUNTER_ID = "simulator-encounter";

    private final ExampleCatalog examples;
    private final ServiceCatalog services;
    private final AsOfClock clock;
    private final FhirSupport fhir;
    private final ObjectMapper json;

    public ExampleRequests(ExampleCatalog examples, ServiceCatalog services, AsOfClock clock, FhirSupport fhir,
                           ObjectMapper json) {
        this.examples = examples;
        this.services = services;
        this.clock = clock;
        this.fhir = fhir;
        this.json = json;
    }

    /** The request for the example and hook; empty when there is no example of that id. */
    public Optional<ObjectNode> request(String exampleId, Hook hook) {
        return examples.bundle(exampleId).map(bundle -> request(bundle, hook));
    }

    private ObjectNode request(Bundle bundle, Hook hook) {
        TransactionPrefetch transaction = new TransactionPrefetch(bundle, fhir.context());
        ObjectNode request = json.createObjectNode();
        request.put("hook", hook.wireName());
        request.put("hookInstance", UUID.randomUUID().toString());
        request.set("context", context(hook, transaction.patientId()));
        ObjectNode prefetch = request.putObject("prefetch");
        transaction.prefetch(descriptor(hook).prefetch()).forEach((key, resource) -> {
            try {
                prefetch.set(key, json.readTree(fhir.jsonParser().encodeResourceToString(resource)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("HAPI wrote JSON Jackson could not read", e);
            }
        });
        return request;
    }

    private ServiceDescriptor descriptor(Hook hook) {
        return services.descriptors(clock.today()).stream()
                .filter(d -> d.hook().equals(hook.wireName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("discovery lists no service for " + hook.wireName()));
    }

    /** The context fields the hook requires: an encounter or a proposed appointment where it needs one. */
    private ObjectNode context(Hook hook, String patientId) {
        ObjectNode context = json.createObjectNode();
        context.put("userId", USER_ID);
        context.put("patientId", patientId);
        switch (hook) {
            case ENCOUNTER_START -> context.put("encounterId", ENCOUNTER_ID);
            case APPOINTMENT_BOOK -> {
                ObjectNode appointment = context.putObject("appointments").put("resourceType", "Bundle")
                        .put("type", "collection").putArray("entry").addObject().putObject("resource");
                appointment.put("resourceType", "Appointment").put("status", "proposed")
                        .putArray("participant").addObject().put("status", "needs-action")
                        .putObject("actor").put("reference", "Patient/" + patientId);
            }
            case PATIENT_VIEW -> { }
        }
        return context;
    }
}
