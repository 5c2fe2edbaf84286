package org.everycontact.equity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.record.NhsNumber;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/**
 * Each hook call leaves one invocation record (issue 7, Record), written off the hot path: where the
 * patient's postcode places them, their cohorts, what was found and shown, and what was held back
 * (incomplete record, snoozed, capped), under a keyed pseudonym only.
 */
@QuarkusTest
class InvocationRecordTest {

    /** M15 4AG: an LSOA in IMD2025 decile 1 in the shipped reference data. */
    private static final String CORE20_POSTCODE = "M15 4AG";
    private static final String SCHIZOPHRENIA = "58214004";
    private static final String SMOKER = "77176002";
    /** UK Core ethnic category (England) H: Asian or Asian British, Indian. */
    private static final String INDIAN = "H";
    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'";
    private static final String MORE = "cards.find { it.source.topic.code == 'MORE-OPPORTUNITIES' }";

    @Inject
    OffPathWriter writer;

    @Inject
    PatientPseudonyms pseudonyms;

    /** The stored row, read in full while its collections can still load. */
    private record Stored(HookInvocation row, Set<String> cohorts, Set<String> findings, Set<String> cards,
                          Set<String> withheld, Set<String> snoozed, Set<String> capped) {
    }

    private static JsonPath call(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .post("/cds-services/everycontact").then().statusCode(200).extract().jsonPath();
    }

    private Stored stored(CdsRequest request) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        writer.submit("test barrier", () -> { }, done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        String instance = request.body().get("hookInstance").asText();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<HookInvocation> rows = HookInvocation.list("hookInstance", instance);
            assertThat(rows, hasSize(1));
            HookInvocation row = rows.get(0);
            return new Stored(row, Set.copyOf(row.cohortIds), Set.copyOf(row.findingRuleIds),
                    Set.copyOf(row.shownCardUuids), Set.copyOf(row.withheldRuleIds), Set.copyOf(row.snoozedRuleIds),
                    Set.copyOf(row.cappedRuleIds));
        });
    }

    @Test
    void core20PatientWithManyFindingsIsRecordedWithPlaceGroupCohortsFindingsCardsAndCappedRules()
            throws InterruptedException {
        CdsRequest request = CdsRequest.patientView(TestPatient.born("1966-07-01").id("inv-" + UUID.randomUUID())
                .homePostcode(CORE20_POSTCODE).ethnicCategory(INDIAN)
                .condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2015-01-01")
                .codedEvent(TestPatient.SNOMED, SMOKER, "2026-05-01T10:00:00Z"));
        JsonPath response = call(request);
        List<String> capped = response.getList(MORE + ".extension.'org.everycontact.findings'");
        assertThat(capped, not(empty()));

        Stored stored = stored(request);
        HookInvocation row = stored.row();
        assertEquals("everycontact", row.serviceId);
        assertEquals("patient-view", row.hook);
        assertEquals("IMD2025", row.imdEdition);
        assertEquals(1, row.imdDecile);
        assertEquals(1, row.imdQuintile);
        assertEquals("ENGLAND", row.nation);
        assertTrue(row.core20);
        assertEquals("ASIAN", row.ethnicGroup);
        assertEquals(LocalDate.parse(response.getString(ASSESSMENT + ".asOf")), row.asOfDate);
        assertEquals("test-ehr", row.clientName);
        assertNull(row.tenant);
        assertEquals("TEST-PRACTICE", row.practice);
        assertEquals(Set.copyOf(response.getList(ASSESSMENT + ".cohorts.id")), stored.cohorts());
        assertThat(stored.cohorts(), containsInAnyOrder("core20", "plus:ethnic-minority"));
        List<String> findings = response.getList(ASSESSMENT + ".findings.ruleId");
        assertThat(findings.size(), greaterThan(capped.size()));
        assertEquals(Set.copyOf(findings), stored.findings());
        assertEquals(Set.copyOf(response.getList("cards.uuid")), stored.cards());
        assertEquals(Set.copyOf(capped), stored.capped());
        assertThat(stored.withheld(), empty());
        assertThat(stored.snoozed(), empty());
    }

    @Test
    void C4_snoozedRuleIsRecordedAsSnoozed() throws InterruptedException {
        TestPatient patient = TestPatient.born("1968-04-12").id("inv-" + UUID.randomUUID());
        String card = call(CdsRequest.patientView(patient))
                .getString("cards.find { it.source.topic.code == 'R-HTN-03' }.uuid");
        given().contentType("application/json").body("""
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-26T10:16:02Z",
                  "overrideReason": {"reason": {"system": "%s", "code": "patient-declined"}}}]}"""
                        .formatted(card, OverrideReasons.SYSTEM))
                .post("/cds-services/everycontact/feedback").then().statusCode(200);

        CdsRequest again = CdsRequest.patientView(patient);
        call(again);
        Stored stored = stored(again);
        assertEquals(Set.of("R-HTN-03"), stored.snoozed());
        assertThat(stored.findings(), hasItem("R-HTN-03"));
    }

    @Test
    void C5_incompleteRecordListsTheWithheldRules() throws InterruptedException {
        OperationOutcome error = new OperationOutcome();
        error.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.TIMEOUT);
        CdsRequest request = CdsRequest.patientView(TestPatient.born("1960-01-01").id("inv-" + UUID.randomUUID()))
                .prefetchValue("observations", TestPatient.json(error));
        List<String> withheld = call(request).getList(ASSESSMENT + ".withheld.rule");
        assertThat(withheld, hasItem("R-HTN-03"));

        Stored stored = stored(request);
        assertEquals(Set.copyOf(withheld), stored.withheld());
        assertFalse(stored.row().core20);
        assertNull(stored.row().imdDecile);
        assertEquals("UNKNOWN", stored.row().ethnicGroup);
    }

    @Test
    void patientIsRecordedUnderAPseudonymNotTheNhsNumber() throws InterruptedException {
        String nhsNumber = "9434765919";
        CdsRequest request = CdsRequest.patientView(TestPatient.born("1968-04-12").id("inv-" + UUID.randomUUID())
                .nhsNumber(nhsNumber));
        call(request);

        String pseudonym = stored(request).row().patientPseudonym;
        assertEquals(pseudonyms.of(NhsNumber.of(nhsNumber), null, "any-id"), pseudonym);
        assertFalse(pseudonym.contains(nhsNumber));
    }
}
