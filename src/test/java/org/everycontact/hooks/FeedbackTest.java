package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.equity.CardFeedback;
import org.everycontact.equity.FeedbackStore;
import org.junit.jupiter.api.Test;

/** {@code POST /cds-services/everycontact/feedback} (CDS Hooks 2.0 §Feedback, README "Feedback"). */
@QuarkusTest
class FeedbackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMENT = "Mrs Example of 1 High Street said she had it done at Boots";

    @Inject
    FeedbackStore store;

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body)
                .when().post("/cds-services/everycontact/feedback")
                .then();
    }

    private static String newCard() {
        return UUID.randomUUID().toString();
    }

    private static ObjectNode accepted(String card) {
        ObjectNode item = JSON.createObjectNode();
        item.put("card", card);
        item.put("outcome", "accepted");
        item.putArray("acceptedSuggestions").addObject().put("id", UUID.randomUUID().toString());
        item.put("outcomeTimestamp", "2026-11-26T10:15:30Z");
        return item;
    }

    private static ObjectNode overridden(String card, String reasonKey) {
        ObjectNode item = JSON.createObjectNode();
        item.put("card", card);
        item.put("outcome", "overridden");
        ObjectNode reason = item.putObject(reasonKey);
        reason.putObject("reason").put("system", OverrideReasons.SYSTEM).put("code", "patient-declined")
                .put("display", "Patient declined");
        reason.put("userComment", COMMENT);
        item.put("outcomeTimestamp", "2026-11-26T10:16:02.125+00:00");
        return item;
    }

    private static String wrapped(ObjectNode... items) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode feedback = body.putArray("feedback");
        Stream.of(items).forEach(feedback::add);
        return body.toString();
    }

    private static void assertBadRequest(String body) {
        post(body).statusCode(400)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo("invalid"));
    }

    private static void assertNoCommentStored(CardFeedback row) {
        Stream.of(row.serviceId, row.cardUuid, row.outcome, row.acceptedSuggestions, row.overrideSystem,
                row.overrideCode).filter(Objects::nonNull)
                .forEach(value -> assertThat(value, not(containsString("Boots"))));
    }

    @Test
    void acceptedAndOverriddenItemsAreStored() {
        String acceptedCard = newCard();
        String overriddenCard = newCard();
        post(wrapped(accepted(acceptedCard), overridden(overriddenCard, "overrideReason")))
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("stored", equalTo(2))
                .body("alreadyStored", equalTo(0));

        List<CardFeedback> acceptedRows = store.forCard(acceptedCard);
        assertThat(acceptedRows, hasSize(1));
        assertEquals("accepted", acceptedRows.get(0).outcome);
        assertThat(acceptedRows.get(0).overrideCode, nullValue());

        List<CardFeedback> overriddenRows = store.forCard(overriddenCard);
        assertThat(overriddenRows, hasSize(1));
        CardFeedback row = overriddenRows.get(0);
        assertEquals("overridden", row.outcome);
        assertEquals("patient-declined", row.overrideCode);
        assertEquals(OverrideReasons.SYSTEM, row.overrideSystem);
        assertNoCommentStored(row);
    }

    @Test
    void postingTheSameFeedbackAgainStoresNothingNew() {
        String body = wrapped(accepted(newCard()), overridden(newCard(), "overrideReason"));
        post(body).statusCode(200).body("stored", equalTo(2)).body("alreadyStored", equalTo(0));
        post(body).statusCode(200).body("stored", equalTo(0)).body("alreadyStored", equalTo(2));
    }

    @Test
    void sameInstantWrittenWithAnotherOffsetIsTheSameOutcome() {
        String card = newCard();
        ObjectNode utc = accepted(card);
        ObjectNode london = accepted(card).put("outcomeTimestamp", "2026-11-26T11:15:30+01:00");
        post(wrapped(utc)).statusCode(200).body("stored", equalTo(1));
        post(wrapped(london)).statusCode(200).body("stored", equalTo(0)).body("alreadyStored", equalTo(1));
        assertThat(store.forCard(card), hasSize(1));
    }

    @Test
    void bareFeedbackObjectIsAccepted() {
        String card = newCard();
        post(accepted(card).toString()).statusCode(200)
                .body("stored", equalTo(1))
                .body("alreadyStored", equalTo(0));
        assertThat(store.forCard(card), hasSize(1));
    }

    @Test
    void epicOverrideReasonsSpellingIsRead() {
        String card = newCard();
        post(wrapped(overridden(card, "overrideReasons"))).statusCode(200).body("stored", equalTo(1));
        List<CardFeedback> rows = store.forCard(card);
        assertThat(rows, hasSize(1));
        assertEquals("patient-declined", rows.get(0).overrideCode);
        assertNoCommentStored(rows.get(0));
    }

    @Test
    void overriddenWithoutAReasonIsStored() {
        String card = newCard();
        ObjectNode item = overridden(card, "overrideReason");
        item.remove("overrideReason");
        post(wrapped(item)).statusCode(200).body("stored", equalTo(1));
        assertThat(store.forCard(card).get(0).overrideCode, nullValue());
    }

    @Test
    void overrideWithOnlyAUserCommentIsStoredWithoutTheComment() {
        String card = newCard();
        ObjectNode item = overridden(card, "overrideReason");
        ((ObjectNode) item.get("overrideReason")).remove("reason");
        post(wrapped(item)).statusCode(200).body("stored", equalTo(1));
        List<CardFeedback> rows = store.forCard(card);
        assertThat(rows, hasSize(1));
        assertThat(rows.get(0).overrideCode, nullValue());
        assertNoCommentStored(rows.get(0));
    }

    @Test
    void epicOverrideReasonsWithOnlyAnAcknowledgementExtensionIsStored() {
        String card = newCard();
        ObjectNode item = overridden(card, "overrideReasons");
        ObjectNode reasons = (ObjectNode) item.get("overrideReasons");
        reasons.remove("reason");
        reasons.putObject("extension").put("com.epic.cdshooks.feedback.overrideReason.acknowledgement", "ack-3");
        post(wrapped(item)).statusCode(200).body("stored", equalTo(1));
        assertThat(store.forCard(card), hasSize(1));
    }

    @Test
    void overlongCardIdIsACallerErrorNotAServerError() {
        post(wrapped(accepted("c".repeat(300)))).statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression", contains("feedback[0].card"));
    }

    /** Found by FuzzTest on PostgreSQL, which refuses NUL in text: a 500 before it was checked. */
    @Test
    void controlCharactersInStoredFieldsAreACallerErrorNotAServerError() {
        ObjectNode suggestion = accepted(UUID.randomUUID().toString());
        ((ArrayNode) suggestion.get("acceptedSuggestions")).removeAll().addObject().put("id", "abc\u0000def");
        post(wrapped(suggestion)).statusCode(400)
                .body("issue[0].expression", contains("feedback[0].acceptedSuggestions"));
        post(wrapped(accepted("card\u0000id"))).statusCode(400)
                .body("issue[0].expression", contains("feedback[0].card"));
        ObjectNode reason = overridden(UUID.randomUUID().toString(), "overrideReason");
        ((ObjectNode) reason.get("overrideReason").get("reason")).put("code", "patient\u0007declined");
        post(wrapped(reason)).statusCode(400)
                .body("issue[0].expression", contains("feedback[0].overrideReason.reason"));
    }

    @Test
    void missingCardIs400() {
        ObjectNode item = accepted(newCard());
        item.remove("card");
        post(wrapped(item)).statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression", contains("feedback[0].card"));
    }

    @Test
    void unknownOutcomeIs400() {
        assertBadRequest(wrapped(accepted(newCard()).put("outcome", "ignored")));
    }

    @Test
    void outcomeTimestampThatIsNotADateTimeIs400() {
        post(wrapped(accepted(newCard()), accepted(newCard()).put("outcomeTimestamp", "yesterday")))
                .statusCode(400)
                .body("issue[0].expression", contains("feedback[1].outcomeTimestamp"));
    }

    @Test
    void rejectedBatchStoresNothing() {
        String good = newCard();
        post(wrapped(accepted(good), accepted(newCard()).put("outcome", "maybe"))).statusCode(400);
        assertThat(store.forCard(good), hasSize(0));
    }

    @Test
    void emptyFeedbackArrayIs400() {
        assertBadRequest("{\"feedback\":[]}");
    }

    @Test
    void malformedJsonIs400() {
        assertBadRequest("{\"feedback\": [ {\"card\": ");
    }

    @Test
    void unknownServiceIs404() {
        given().contentType("application/json").body(wrapped(accepted(newCard())))
                .when().post("/cds-services/no-such-service/feedback")
                .then().statusCode(404)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("not-found"));
    }

    @Test
    void timestampFinerThanTheDatabaseKeepsIsStillIdempotent() {
        ObjectNode item = accepted(newCard());
        item.put("outcomeTimestamp", "2026-11-26T10:15:30.123456789Z");
        post(wrapped(item)).statusCode(200).body("stored", equalTo(1));
        post(wrapped(item)).statusCode(200).body("stored", equalTo(0)).body("alreadyStored", equalTo(1));
    }
}
