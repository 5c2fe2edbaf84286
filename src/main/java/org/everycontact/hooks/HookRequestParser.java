package org.everycontact.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a service request against CDS Hooks 2.0: hook, hookInstance and the hook's required context
 * fields; fhirServer as an absolute URL (https unless configured otherwise) and required whenever
 * fhirAuthorization is given; prefetch values as objects or null. Unknown properties, including
 * {@code extension}, are ignored.
 */
@Singleton
public class HookRequestParser {

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /** The issued-card record's column (CDS Hooks asks for a UUID, 36 characters). */
    private static final int MAX_HOOK_INSTANCE = 100;

    private final boolean requireHttps;

    public HookRequestParser(@ConfigProperty(name = "everycontact.fhir-server.require-https") boolean requireHttps) {
        this.requireHttps = requireHttps;
    }

    public HookRequest parse(String serviceId, JsonNode body, ServiceCatalog catalog) {
        if (!body.isObject()) {
            throw CdsException.invalid("The request body must be a JSON object", null);
        }
        String hookName = requiredText(body, "hook", "hook");
        Hook hook = catalog.find(serviceId, hookName).orElseThrow(() -> CdsException.invalid(
                "Service '" + serviceId + "' does not answer hook '" + hookName + "'", "hook"));
        String hookInstance = StoredText.check(requiredText(body, "hookInstance", "hookInstance"), "hookInstance");
        if (hookInstance.length() > MAX_HOOK_INSTANCE) {
            throw CdsException.invalid("hookInstance is longer than " + MAX_HOOK_INSTANCE
                    + " characters (CDS Hooks: a UUID)", "hookInstance");
        }

        JsonNode context = body.get("context");
        if (context == null || !context.isObject()) {
            throw CdsException.invalid("context is required and must be an object", "context");
        }
        for (String field : hook.requiredContext()) {
            JsonNode value = context.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                throw CdsException.invalid("context." + field + " is required for " + hook.wireName(),
                        "context." + field);
            }
        }
        checkId(context, "patientId");
        checkUserId(hook, context);
        if (hook == Hook.ENCOUNTER_START) {
            checkId(context, "encounterId");
        }
        if (hook == Hook.APPOINTMENT_BOOK && !context.get("appointments").isObject()) {
            throw CdsException.invalid("context.appointments must be a Bundle", "context.appointments");
        }

        String fhirServer = optionalText(body, "fhirServer");
        if (fhirServer != null) {
            checkServerUrl(fhirServer);
        }
        String accessToken = accessToken(body.get("fhirAuthorization"), fhirServer);
        return new HookRequest(hook, hookInstance, fhirServer, accessToken, context,
                prefetch(body.get("prefetch"), catalog.prefetchKeys()));
    }

    private static String requiredText(JsonNode body, String field, String expression) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw CdsException.invalid(field + " is required and must be a non-empty string", expression);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw CdsException.invalid(field + " must be a non-empty string", field);
        }
        return value.asText();
    }

    private static void checkText(JsonNode context, String field) {
        if (!context.get(field).isTextual()) {
            throw CdsException.invalid("context." + field + " must be a string", "context." + field);
        }
    }

    /** A FHIR logical id: it goes into the FHIR queries, so nothing else may pass. */
    private static void checkId(JsonNode context, String field) {
        checkText(context, field);
        if (!FHIR_ID.matcher(context.get(field).asText()).matches()) {
            throw CdsException.invalid("context." + field + " must be a FHIR id (letters, digits, '-' and '.', "
                    + "at most 64)", "context." + field);
        }
    }

    private static void checkUserId(Hook hook, JsonNode context) {
        checkText(context, "userId");
        String[] parts = context.get("userId").asText().split("/");
        if (parts.length != 2 || !FHIR_ID.matcher(parts[1]).matches() || !hook.userTypes().contains(parts[0])) {
            throw CdsException.invalid("context.userId must be [ResourceType]/[id] with a type of "
                    + String.join(", ", hook.userTypes().stream().sorted().toList()), "context.userId");
        }
    }

    private void checkServerUrl(String fhirServer) {
        URI uri;
        try {
            uri = new URI(fhirServer);
        } catch (URISyntaxException e) {
            throw CdsException.invalid("fhirServer is not a valid URL", "fhirServer");
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw CdsException.invalid("fhirServer must be an absolute http(s) URL", "fhirServer");
        }
        if (requireHttps && !"https".equalsIgnoreCase(scheme)) {
            throw CdsException.invalid("fhirServer must use https", "fhirServer");
        }
    }

    private static String accessToken(JsonNode authorization, String fhirServer) {
        if (authorization == null || authorization.isNull()) {
            return null;
        }
        if (!authorization.isObject()) {
            throw CdsException.invalid("fhirAuthorization must be an object", "fhirAuthorization");
        }
        if (fhirServer == null) {
            throw CdsException.invalid("fhirServer is required when fhirAuthorization is given", "fhirServer");
        }
        String token = requiredText(authorization, "access_token", "fhirAuthorization.access_token");
        JsonNode type = authorization.get("token_type");
        if (type == null || !"bearer".equalsIgnoreCase(type.asText())) {
            throw CdsException.invalid("fhirAuthorization.token_type must be Bearer", "fhirAuthorization.token_type");
        }
        return token;
    }

    /** The prefetch values of the keys the service asked for; any other key is ignored. */
    private static Map<String, JsonNode> prefetch(JsonNode prefetch, Set<String> keys) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (prefetch == null || prefetch.isNull()) {
            return values;
        }
        if (!prefetch.isObject()) {
            throw CdsException.invalid("prefetch must be an object", "prefetch");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = prefetch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!keys.contains(field.getKey())) {
                continue;
            }
            if (!field.getValue().isObject() && !field.getValue().isNull()) {
                throw CdsException.invalid("prefetch." + field.getKey() + " must be a FHIR resource or null",
                        "prefetch." + field.getKey());
            }
            values.put(field.getKey(), field.getValue());
        }
        return values;
    }
}
