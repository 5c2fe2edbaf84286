package org.everycontact.equity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.everycontact.cards.OverrideReasons;

/**
 * A hand-made history of hook calls, cards and feedback, inserted straight into the tables, whose equity
 * report {@link EquityReportTest} works out by hand. Practice {@value #PRACTICE}, January to April 2025
 * (no other test writes there). H = R-HTN-03, F = R-VAC-FLU-01, S = R-MECC-SMK-01.
 * <pre>
 * patient quintile ethnic  as-of       cards shown (latest feedback)                 held back
 * A1      1 Core20 ASIAN   2025-01-10  H accepted, F accepted
 * A1      1 Core20 ASIAN   2025-01-20  H overridden patient-declined, "more" card    F snoozed, S capped
 *                                      listing S (accepted: not a prompt)
 * A2      1 Core20 ASIAN   2025-01-15  H accepted, F no feedback
 * A3      1 Core20 ASIAN   2025-01-15  H accepted, F accepted
 * A4      1 Core20 ASIAN   2025-01-15  H accepted
 * A5      1 Core20 WHITE   2025-01-15  H overridden not-appropriate-now, then accepted
 * A6      1 Core20 WHITE   2025-01-15  F overridden without a reason
 * B1      3        WHITE   2025-03-05  H accepted, F accepted
 * B2      3        WHITE   2025-03-05  H accepted, F overridden data-is-wrong
 * B3      3        WHITE   2025-03-05  H accepted
 * B4-B6   3        WHITE   2025-03-05  H overridden patient-declined
 * B7      3        WHITE   2025-03-05  H no feedback
 * C1      5        BLACK   2025-03-20  H accepted
 * C2      5        BLACK   2025-03-20  H no feedback                                  F snoozed
 * D1      unknown  UNKNOWN 2025-03-20  H overridden with another system's code,
 *                                      incomplete-record notice (not a prompt)
 * O1      1 Core20 ASIAN   2025-02-01  H accepted, in practice {@value #OTHER_PRACTICE}
 * </pre>
 */
final class ReportFixture {

    static final String PRACTICE = "FIXTURE-7";
    static final String OTHER_PRACTICE = "FIXTURE-7-OTHER";
    static final LocalDate FROM = LocalDate.parse("2025-01-01");
    static final LocalDate TO = LocalDate.parse("2025-04-30");
    static final String H = "R-HTN-03";
    static final String F = "R-VAC-FLU-01";
    static final String S = "R-MECC-SMK-01";
    private static final String SERVICE = "everycontact";
    private static final String INCOMPLETE_RECORD = "DQ-INCOMPLETE-RECORD";

    private ReportFixture() {
    }

    private enum Kind { PROMPT, MORE, NOTICE }

    private record Feedback(String outcome, String system, String code) {
    }

    private record Shown(Kind kind, String rule, List<Feedback> feedback) {
    }

    private static Shown prompt(String rule, Feedback... feedback) {
        return new Shown(Kind.PROMPT, rule, List.of(feedback));
    }

    private static Feedback accepted() {
        return new Feedback("accepted", null, null);
    }

    private static Feedback overridden(String code) {
        return new Feedback("overridden", code == null ? null : OverrideReasons.SYSTEM, code);
    }

    /** Inserts the history unless it is there already (one Quarkus application serves every test). */
    static void insertOnce() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (HookInvocation.count("practice", PRACTICE) > 0) {
                return;
            }
            call("A1", 1, "ASIAN", "2025-01-10", Set.of(), Set.of(), prompt(H, accepted()), prompt(F, accepted()));
            call("A1", 1, "ASIAN", "2025-01-20", Set.of(F), Set.of(S), prompt(H, overridden("patient-declined")),
                    new Shown(Kind.MORE, S, List.of(accepted())));
            call("A2", 1, "ASIAN", "2025-01-15", Set.of(), Set.of(), prompt(H, accepted()), prompt(F));
            call("A3", 1, "ASIAN", "2025-01-15", Set.of(), Set.of(), prompt(H, accepted()), prompt(F, accepted()));
            call("A4", 1, "ASIAN", "2025-01-15", Set.of(), Set.of(), prompt(H, accepted()));
            call("A5", 1, "WHITE", "2025-01-15", Set.of(), Set.of(),
                    prompt(H, overridden("not-appropriate-now"), accepted()));
            call("A6", 1, "WHITE", "2025-01-15", Set.of(), Set.of(), prompt(F, overridden(null)));
            call("B1", 3, "WHITE", "2025-03-05", Set.of(), Set.of(), prompt(H, accepted()), prompt(F, accepted()));
            call("B2", 3, "WHITE", "2025-03-05", Set.of(), Set.of(), prompt(H, accepted()),
                    prompt(F, overridden("data-is-wrong")));
            call("B3", 3, "WHITE", "2025-03-05", Set.of(), Set.of(), prompt(H, accepted()));
            for (String patient : List.of("B4", "B5", "B6")) {
                call(patient, 3, "WHITE", "2025-03-05", Set.of(), Set.of(), prompt(H, overridden("patient-declined")));
            }
            call("B7", 3, "WHITE", "2025-03-05", Set.of(), Set.of(), prompt(H));
            call("C1", 5, "BLACK", "2025-03-20", Set.of(), Set.of(), prompt(H, accepted()));
            call("C2", 5, "BLACK", "2025-03-20", Set.of(F), Set.of(), prompt(H));
            call("D1", null, "UNKNOWN", "2025-03-20", Set.of(), Set.of(),
                    prompt(H, new Feedback("overridden", "https://ehr.example.org/reasons", "busy")),
                    new Shown(Kind.NOTICE, INCOMPLETE_RECORD, List.of()));
            call(OTHER_PRACTICE, "O1", 1, "ASIAN", "2025-02-01", Set.of(), Set.of(), prompt(H, accepted()));
        });
    }

    private static void call(String patient, Integer quintile, String ethnicGroup, String asOf, Set<String> snoozed,
                             Set<String> capped, Shown... cards) {
        call(PRACTICE, patient, quintile, ethnicGroup, asOf, snoozed, capped, cards);
    }

    private static void call(String practice, String patient, Integer quintile, String ethnicGroup, String asOf,
                             Set<String> snoozed, Set<String> capped, Shown... cards) {
        LocalDate day = LocalDate.parse(asOf);
        Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        HookInvocation row = new HookInvocation();
        row.receivedAt = at;
        row.asOfDate = day;
        row.serviceId = SERVICE;
        row.hook = "patient-view";
        row.hookInstance = UUID.randomUUID().toString();
        row.practice = practice;
        row.patientPseudonym = "fixture-" + practice + "-" + patient;
        row.imdEdition = quintile == null ? null : "IMD2025";
        row.imdQuintile = quintile;
        row.imdDecile = quintile == null ? null : quintile * 2 - 1;
        row.nation = quintile == null ? null : "ENGLAND";
        row.core20 = quintile != null && quintile == 1;
        row.ethnicGroup = ethnicGroup;
        Set<String> findings = new LinkedHashSet<>(snoozed);
        findings.addAll(capped);
        List<CardFeedback> feedback = new ArrayList<>();
        for (Shown shown : cards) {
            IssuedCard card = new IssuedCard();
            card.cardUuid = UUID.randomUUID().toString();
            card.serviceId = SERVICE;
            card.hookInstance = row.hookInstance;
            card.patientPseudonym = row.patientPseudonym;
            card.asOfDate = day;
            card.issuedAt = at;
            card.ruleIds.add(shown.rule());
            card.persist();
            row.shownCardUuids.add(card.cardUuid);
            if (shown.kind() == Kind.PROMPT) {
                findings.add(shown.rule());
            }
            for (int i = 0; i < shown.feedback().size(); i++) {
                Feedback given = shown.feedback().get(i);
                CardFeedback stored = new CardFeedback();
                stored.serviceId = SERVICE;
                stored.cardUuid = card.cardUuid;
                stored.outcome = given.outcome();
                stored.outcomeTimestamp = at.plusSeconds(60L * (i + 1));
                stored.overrideSystem = given.system();
                stored.overrideCode = given.code();
                stored.receivedAt = stored.outcomeTimestamp;
                feedback.add(stored);
            }
        }
        row.findingRuleIds.addAll(findings);
        row.snoozedRuleIds.addAll(snoozed);
        row.cappedRuleIds.addAll(capped);
        if (quintile == null) {
            row.withheldRuleIds.add("R-HTN-01");
        }
        row.cohortIds.addAll(row.core20 ? List.of("core20") : List.of());
        row.persist();
        feedback.forEach(stored -> stored.persist());
    }
}
