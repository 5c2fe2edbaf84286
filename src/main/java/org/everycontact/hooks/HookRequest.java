package org.everycontact.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A validated CDS Hooks service request.
 *
 * @param accessToken {@code fhirAuthorization.access_token}: transient, never stored or logged
 * @param prefetch the keys the client sent, a JSON null kept as {@code NullNode}
 */
public record HookRequest(
        Hook hook,
        String hookInstance,
        String fhirServer,
        String accessToken,
        JsonNode context,
        Map<String, JsonNode> prefetch) {

    public String patientId() {
        return context.get("patientId").asText();
    }

    @Override
    public String toString() {
        return "HookRequest[hook=" + hook.wireName() + ", hookInstance=" + hookInstance + "]";
    }
}
