package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.equity.FeedbackReports;
import org.everycontact.equity.JoinedFeedback;
import org.everycontact.equity.OffPathWriter;
import org.everycontact.equity.PatientPseudonyms;
import org.everycontact.record.NhsNumber;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.QueuedWrites;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * The feedback loop through the wire (clinical-spec §7 C4): a card dismissed with an override reason
 * is snoozed for that patient and rule, the snooze lives in the database, and feedback joins the
 * card's rules for the data-quality list and the accepted suggestions. The probe is R-HTN-03 (no blood
 * pressure in five years, a woman born 1968). Each test has its own patient, so no snooze reaches
 * another test.
 */
@QuarkusTest
class FeedbackLoopTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "R-HTN-03";
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-26");
    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'";

    @Inject
    OffPathWriter writer;

    @Inject
    FeedbackReports reports;

    @Inject
    PatientPseudonyms pseudonyms;

    @Inject
    DataSource dataSource;

    private static TestPatient newPatient() {
        return TestPatient.born("1968-04-12").id("loop-" + UUID.randomUUID());
    }

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200);
    }

    private static String cardUuid(TestPatient patient) {
        return call(patient).body(Topics.card(RULE), notNullValue()).extract().path(Topics.card(RULE) + ".uuid");
    }

    private static void feedback(ObjectNode item) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("feedback").add(item);
        given().contentType("application/json").body(body.toString())
                .post("/cds-services/everycontact/feedback")
                .then().statusCode(200).body("stored", equalTo(1));
    }

    private static ObjectNode overridden(String card, String reason) {
        ObjectNode item = JSON.createObjectNode().put("card", card).put("outcome", "overridden")
                .put("outcomeTimestamp", "2026-11-26T10:16:02Z");
        item.putObject("overrideReason").putObject("reason").put("system", OverrideReasons.SYSTEM).put("code", reason);
        return item;
    }

    private static void assertNoCard(TestPatient patient) {
        call(patient).body(Topics.cards(RULE), empty())
                .body(ASSESSMENT + ".findings.ruleId", hasItem(RULE))
                .body(ASSESSMENT + ".snoozed", contains(RULE));
    }

    private static void assertCard(TestPatient patient) {
        call(patient).body(Topics.cards(RULE), contains(RULE)).body(ASSESSMENT + ".snoozed", nullValue());
    }

    private static void asOf(String date) {
        QuarkusMock.installMockForType(new AsOfClock(Optional.of(LocalDate.parse(date))), AsOfClock.class);
    }

    private void awaitWrites() throws InterruptedException {
        QueuedWrites.await(writer);
    }

    @Test
    void C4_overriddenCardIsSnoozedForThirtyDaysThenShownAgain() {
        TestPatient patient = newPatient();
        feedback(overridden(cardUuid(patient), "patient-declined"));
        assertNoCard(patient);
        asOf("2026-12-25");
        assertNoCard(patient);
        asOf("2026-12-26");
        assertCard(patient);
    }

    @Test
    void C4_aDismissalCountsOnlyWhileItsRuleFindsAnOpportunity() {
        TestPatient patient = newPatient();
        feedback(overridden(cardUuid(patient), "patient-declined"));
        assertNoCard(patient);
        patient.bloodPressure("2026-11-26T09:00:00Z", 124, 78);
        call(patient).body(ASSESSMENT + ".findings.ruleId", not(hasItem(RULE)))
                .body(ASSESSMENT + ".snoozed", nullValue());
    }

    @Test
    void C4_snoozeIsForThatPatientOnly() {
        TestPatient patient = newPatient();
        feedback(overridden(cardUuid(patient), "not-appropriate-now"));
        assertNoCard(patient);
        assertCard(newPatient());
    }

    @Test
    void C4_overrideWithoutAReasonDoesNotSnooze() {
        TestPatient patient = newPatient();
        ObjectNode item = overridden(cardUuid(patient), "patient-declined");
        item.remove("overrideReason");
        feedback(item);
        assertCard(patient);
    }

    @Test
    void C4_acceptedCardIsNotSnoozed() {
        TestPatient patient = newPatient();
        feedback(JSON.createObjectNode().put("card", cardUuid(patient)).put("outcome", "accepted")
                .put("outcomeTimestamp", "2026-11-26T10:16:02Z"));
        assertCard(patient);
    }

    @Test
    void C4_feedbackThatOvertakesTheIssuedCardRecordStillSnoozes() throws InterruptedException {
        TestPatient patient = newPatient();
        CountDownLatch gate = QueuedWrites.hold(writer);
        try {
            String card = cardUuid(patient);
            feedback(overridden(card, "patient-declined"));
            assertNoCard(patient);
        } finally {
            gate.countDown();
        }
        awaitWrites();
        assertNoCard(patient);
    }

    @Test
    void C4_snoozeWrittenBeforeARestartHolds() throws SQLException {
        TestPatient patient = newPatient();
        String pseudonym = pseudonyms.of(null, null, patient.id());
        String card = UUID.randomUUID().toString();
        try (Connection db = dataSource.getConnection()) {
            update(db, "insert into issued_card (card_uuid, service_id, hook_instance, patient_pseudonym, as_of_date,"
                    + " issued_at) values (?, 'everycontact', ?, ?, ?, ?)", card, UUID.randomUUID().toString(),
                    pseudonym, AS_OF.minusDays(3), OffsetDateTime.parse("2026-11-23T09:00:00Z"));
            update(db, "insert into issued_card_rule (card_uuid, rule_id) values (?, ?)", card, RULE);
            update(db, "insert into card_dismissal (card_uuid, rule_id, patient_pseudonym, as_of_date)"
                    + " values (?, ?, ?, ?)", card, RULE, pseudonym, AS_OF.minusDays(3));
            update(db, "insert into card_feedback (service_id, card_uuid, outcome, outcome_timestamp, override_system,"
                    + " override_code, received_at) values ('everycontact', ?, 'overridden', ?, ?, 'remind-later', ?)",
                    card, OffsetDateTime.parse("2026-11-23T09:05:00Z"), OverrideReasons.SYSTEM,
                    OffsetDateTime.parse("2026-11-23T09:05:01Z"));
        }
        assertNoCard(patient);
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertEquals(1, statement.executeUpdate());
        }
    }

    @Test
    void dataIsWrongAndAlreadyDoneElsewhereAreOnTheDataQualityList() throws InterruptedException {
        String wrong = cardUuid(newPatient());
        String elsewhere = cardUuid(newPatient());
        String declined = cardUuid(newPatient());
        feedback(overridden(wrong, "data-is-wrong"));
        feedback(overridden(elsewhere, "already-done-elsewhere"));
        feedback(overridden(declined, "patient-declined"));
        awaitWrites();

        List<JoinedFeedback> list = reports.dataQualityList(AS_OF);
        JoinedFeedback entry = list.stream().filter(f -> f.cardUuid().equals(wrong)).findFirst().orElseThrow();
        assertEquals("data-is-wrong", entry.overrideCode());
        assertEquals(Set.of(RULE), entry.ruleIds());
        assertEquals(AS_OF, entry.issuedOn());
        assertThat(list.stream().map(JoinedFeedback::cardUuid).toList(), hasItem(elsewhere));
        assertThat(list.stream().map(JoinedFeedback::cardUuid).toList(), not(hasItem(declined)));
    }

    @Test
    void acceptedSuggestionIsRecordedWithTheCardsRules() throws InterruptedException {
        String card = cardUuid(newPatient());
        String suggestion = UUID.randomUUID().toString();
        ObjectNode item = JSON.createObjectNode().put("card", card).put("outcome", "accepted")
                .put("outcomeTimestamp", "2026-11-26T10:16:02Z");
        item.putArray("acceptedSuggestions").addObject().put("id", suggestion);
        feedback(item);
        awaitWrites();

        List<JoinedFeedback> accepted = reports.acceptedSuggestions(AS_OF).stream()
                .filter(f -> f.cardUuid().equals(card)).toList();
        assertThat(accepted, hasSize(1));
        assertEquals(List.of(suggestion), accepted.get(0).acceptedSuggestions());
        assertEquals(Set.of(RULE), accepted.get(0).ruleIds());
    }

    @Test
    void issuedCardIsStoredUnderAPseudonymNotTheNhsNumber() throws Exception {
        String nhsNumber = "9434765919";
        String card = cardUuid(newPatient().nhsNumber(nhsNumber));
        awaitWrites();
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select patient_pseudonym, hook_instance from issued_card where card_uuid = ?")) {
            query.setString(1, card);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                String pseudonym = row.getString(1);
                assertEquals(pseudonyms.of(NhsNumber.of(nhsNumber), null, "any-id"), pseudonym);
                assertThat(pseudonym.contains(nhsNumber), equalTo(false));
                assertThat(row.getString(2), notNullValue());
            }
        }
    }
}
