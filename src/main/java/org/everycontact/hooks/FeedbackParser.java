package org.everycontact.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.everycontact.equity.FeedbackOutcome;

/**
 * Reads a feedback post: {@code {"feedback": [...]}} as CDS Hooks 2.0 defines it and, leniently, a
 * bare feedback object (as HAPI's client sends). Each item needs card, outcome (accepted or
 * overridden) and outcomeTimestamp; Epic's {@code overrideReasons} is read like {@code overrideReason}.
 * An override with only a user comment (no coded reason) is stored without a reason. Lengths are
 * bounded by the columns they are stored in, and control characters refused, so that an oversized or
 * unstorable value is the caller's 400.
 */
final class FeedbackParser {

    private static final int MAX_CARD = 100;
    private static final int MAX_CODE = 100;
    private static final int MAX_SYSTEM = 255;
    private static final int MAX_SUGGESTIONS = 2000;

    private FeedbackParser() {
    }

    static List<FeedbackOutcome> parse(JsonNode body) {
        if (!body.isObject()) {
            throw CdsException.invalid("The feedback body must be a JSON object", null);
        }
        JsonNode list = body.get("feedback");
        List<FeedbackOutcome> outcomes = new ArrayList<>();
        if (list == null) {
            outcomes.add(item(body, "feedback"));
        } else if (list.isArray() && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                outcomes.add(item(list.get(i), "feedback[" + i + "]"));
            }
        } else {
            throw CdsException.invalid("feedback must be a non-empty array", "feedback");
        }
        return outcomes;
    }

    private static FeedbackOutcome item(JsonNode item, String at) {
        if (item == null || !item.isObject()) {
            throw CdsException.invalid(at + " must be an object", at);
        }
        String card = StoredText.check(text(item, "card", at), at + ".card");
        if (card.length() > MAX_CARD) {
            throw CdsException.invalid(at + ".card is longer than " + MAX_CARD + " characters", at + ".card");
        }
        String outcome = text(item, "outcome", at);
        if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
            throw CdsException.invalid(at + ".outcome must be accepted or overridden", at + ".outcome");
        }
        Instant timestamp;
        try {
            timestamp = OffsetDateTime.parse(text(item, "outcomeTimestamp", at)).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw CdsException.invalid(at + ".outcomeTimestamp must be an ISO 8601 date-time with offset",
                    at + ".outcomeTimestamp");
        }
        return new FeedbackOutcome(card, outcome, timestamp, acceptedSuggestions(item, at), overrideReason(item, at));
    }

    private static String text(JsonNode item, String field, String at) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw CdsException.invalid(at + "." + field + " is required", at + "." + field);
        }
        return value.asText();
    }

    private static List<String> acceptedSuggestions(JsonNode item, String at) {
        JsonNode accepted = item.get("acceptedSuggestions");
        if (accepted == null || accepted.isNull()) {
            return List.of();
        }
        if (!accepted.isArray()) {
            throw CdsException.invalid(at + ".acceptedSuggestions must be an array", at + ".acceptedSuggestions");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode suggestion : accepted) {
            JsonNode id = suggestion.isObject() ? suggestion.get("id") : suggestion;
            if (id == null || !id.isTextual()) {
                throw CdsException.invalid(at + ".acceptedSuggestions items need an id", at + ".acceptedSuggestions");
            }
            ids.add(StoredText.check(id.asText(), at + ".acceptedSuggestions"));
        }
        if (String.join(",", ids).length() > MAX_SUGGESTIONS) {
            throw CdsException.invalid(at + ".acceptedSuggestions is too long", at + ".acceptedSuggestions");
        }
        return ids;
    }

    private static FeedbackOutcome.OverrideReason overrideReason(JsonNode item, String at) {
        JsonNode reason = item.has("overrideReason") ? item.get("overrideReason") : item.get("overrideReasons");
        if (reason != null && reason.isArray()) {
            reason = reason.isEmpty() ? null : reason.get(0);
        }
        if (reason == null || reason.isNull()) {
            return null;
        }
        JsonNode coding = reason.get("reason");
        if (coding == null || coding.isNull()) {
            return null;
        }
        if (!coding.isObject() || !coding.hasNonNull("code")) {
            throw CdsException.invalid(at + ".overrideReason.reason must be a Coding with a code",
                    at + ".overrideReason.reason");
        }
        String system = coding.hasNonNull("system") ? coding.get("system").asText() : null;
        String code = coding.get("code").asText();
        if (code.length() > MAX_CODE || (system != null && system.length() > MAX_SYSTEM)) {
            throw CdsException.invalid(at + ".overrideReason.reason is too long", at + ".overrideReason.reason");
        }
        StoredText.check(code, at + ".overrideReason.reason");
        if (system != null) {
            StoredText.check(system, at + ".overrideReason.reason");
        }
        return new FeedbackOutcome.OverrideReason(system, code);
    }
}
