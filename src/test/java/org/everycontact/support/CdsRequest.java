package org.everycontact.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Builds CDS Hooks service-request bodies for tests. */
public final class CdsRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode body = JSON.createObjectNode();

    private CdsRequest(String hook, String patientId) {
        body.put("hook", hook);
        body.put("hookInstance", UUID.randomUUID().toString());
        ObjectNode context = body.putObject("context");
        context.put("userId", "Practitioner/gp-1");
        context.put("patientId", patientId);
        if ("encounter-start".equals(hook)) {
            context.put("encounterId", "enc-now");
        }
        if ("appointment-book".equals(hook)) {
            context.putObject("appointments").put("resourceType", "Bundle").put("type", "collection");
        }
    }

    public static CdsRequest patientView(TestPatient patient) {
        return new CdsRequest("patient-view", patient.id()).prefetch(patient.prefetch());
    }

    /** A patient-view call for a patient given by id, with a prefetch built elsewhere. */
    public static CdsRequest patientView(String patientId, ObjectNode prefetch) {
        return new CdsRequest("patient-view", patientId).prefetch(prefetch);
    }

    /** A patient-view call with no prefetch at all: the service fetches the record from fhirServer. */
    public static CdsRequest patientView(String patientId) {
        return new CdsRequest("patient-view", patientId);
    }

    public static CdsRequest hook(String hook, TestPatient patient) {
        return new CdsRequest(hook, patient.id()).prefetch(patient.prefetch());
    }

    public CdsRequest prefetch(ObjectNode prefetch) {
        body.set("prefetch", prefetch);
        return this;
    }

    public CdsRequest withoutPrefetch(String... keys) {
        ObjectNode prefetch = (ObjectNode) body.get("prefetch");
        for (String key : keys) {
            prefetch.remove(key);
        }
        return this;
    }

    public CdsRequest prefetchValue(String key, JsonNode value) {
        ((ObjectNode) body.get("prefetch")).set(key, value);
        return this;
    }

    public CdsRequest fhirServer(String url) {
        body.put("fhirServer", url);
        return this;
    }

    public CdsRequest fhirAuthorization(String token) {
        ObjectNode auth = body.putObject("fhirAuthorization");
        auth.put("access_token", token);
        auth.put("token_type", "Bearer");
        auth.put("expires_in", 300);
        auth.put("scope", "patient/Patient.read patient/Observation.read");
        auth.put("subject", "everycontact");
        return this;
    }

    public ObjectNode body() {
        return body;
    }

    public ObjectNode context() {
        return (ObjectNode) body.get("context");
    }

    @Override
    public String toString() {
        return body.toString();
    }
}
