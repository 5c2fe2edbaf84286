package org.everycontact.equity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one hook call saw and did, as the parts produced it: the value {@link InvocationLog} stores.
 * The patient is only a keyed pseudonym; no other identifier, name or postcode is part of it.
 *
 * @param clientName the authenticated CDS client, or null when authentication is off
 * @param tenant the client's tenant (the token's {@code tenant} claim), or null
 * @param patientPseudonym from {@link PatientPseudonyms}
 * @param imdEdition the deprivation index used (e.g. {@code IMD2025}), or null when the postcode placed nobody
 * @param decile the index decile, or null
 * @param quintile the index quintile, or null
 * @param nation the nation of the neighbourhood, or null
 * @param ethnicGroup the derived ethnic category group ({@code UNKNOWN} when not recorded)
 * @param cohortIds {@code core20} and {@code plus:*} cohorts
 * @param findingRuleIds every rule that found an opportunity, shown or held back
 * @param shownCardUuids every card in the answer
 * @param withheldRuleIds rules not run because the record was incomplete (clinical-spec C5)
 * @param snoozedRuleIds rules snoozed for this patient (clinical-spec C4)
 * @param cappedRuleIds rules beyond the per-call cap, summarised in the "more" card (clinical-spec C1)
 */
public record Invocation(
        Instant receivedAt,
        LocalDate asOf,
        String serviceId,
        String hook,
        String hookInstance,
        String clientName,
        String tenant,
        String patientPseudonym,
        String imdEdition,
        Integer decile,
        Integer quintile,
        String nation,
        boolean core20,
        String ethnicGroup,
        List<String> cohortIds,
        List<String> findingRuleIds,
        List<String> shownCardUuids,
        List<String> withheldRuleIds,
        List<String> snoozedRuleIds,
        List<String> cappedRuleIds) {

    public Invocation {
        cohortIds = List.copyOf(cohortIds);
        findingRuleIds = List.copyOf(findingRuleIds);
        shownCardUuids = List.copyOf(shownCardUuids);
        withheldRuleIds = List.copyOf(withheldRuleIds);
        snoozedRuleIds = List.copyOf(snoozedRuleIds);
        cappedRuleIds = List.copyOf(cappedRuleIds);
    }

    /** Counts only: the pseudonym and the patient's groups stay out of any log line. */
    @Override
    public String toString() {
        return "Invocation[service=" + serviceId + ", hook=" + hook + ", findings=" + findingRuleIds.size()
                + ", cards=" + shownCardUuids.size() + "]";
    }
}
