package org.everycontact.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves prefetch tokens: {@code {{context.name}}} for a root-level primitive context field, and
 * {@code {{userPractitionerId}}}, {@code {{userPractitionerRoleId}}}, {@code {{userPatientId}}},
 * {@code {{userRelatedPersonId}}} from {@code context.userId} ({@code Practitioner/abc} gives
 * userPractitionerId {@code abc}). A template with a token that cannot be resolved cannot be run.
 */
final class PrefetchTokens {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");
    private static final Map<String, String> USER_TOKENS = Map.of(
            "userPractitionerId", "Practitioner",
            "userPractitionerRoleId", "PractitionerRole",
            "userPatientId", "Patient",
            "userRelatedPersonId", "RelatedPerson");

    private PrefetchTokens() {
    }

    static Optional<String> resolve(String template, JsonNode context) {
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Optional<String> value = value(matcher.group(1), context);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }

    private static Optional<String> value(String token, JsonNode context) {
        if (token.startsWith("context.")) {
            JsonNode field = context.get(token.substring("context.".length()));
            return field != null && field.isValueNode() && !field.isNull()
                    ? Optional.of(field.asText()) : Optional.empty();
        }
        String type = USER_TOKENS.get(token);
        JsonNode userId = context.get("userId");
        if (type == null || userId == null || !userId.isTextual()) {
            return Optional.empty();
        }
        String[] parts = userId.asText().split("/");
        return parts.length == 2 && parts[0].equals(type) ? Optional.of(parts[1]) : Optional.empty();
    }
}
