package org.everycontact.hooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.everycontact.opportunities.ConfigurationInForce;
import org.everycontact.opportunities.Finding;
import org.everycontact.terminology.CodeListReleases;

/**
 * The machine-readable result of a call, sent as the response extension
 * {@code org.everycontact.assessment}: for EHR integrators, testers and audit.
 *
 * @param clinicalConfiguration the version and sign-off of the clinical parameters, and the QOF year in force
 * @param deprivation where the home postcode places the patient (clinical-spec §3.3)
 * @param cohorts the Core20PLUS5 cohorts the record places the patient in, with their evidence; never
 *                in a card's summary (clinical-spec §9.4). Sensitive PLUS groups appear only as
 *                {@code plus:local}, "prioritised (local programme)", without their codes
 * @param clinicalAreas the Core20PLUS5 clinical areas ({@code area:*}, §4 and §5) that apply, with the
 *                      recorded trigger of each
 * @param facts prompts that are not cohorts: {@code no-fixed-abode} (pseudo-postcode ZZ99 3VZ), a
 *              reason to check housing status, never the label "homeless" (T-PC-02)
 * @param findings what each rule that fired found: its rule id and the evidence (values and dates) used
 * @param withheld rules not run for want of complete data, with the resource types lacking
 * @param snoozed rules whose findings got no card because a clinician dismissed their card for this
 *                patient recently (clinical-spec §7 C4)
 * @param completeness per resource type: status, source and reason
 * @param codeLists the release tags of the code lists the rules ran on: the release most lists carry
 *                  and each list at another (clinical-spec §8, T-CODE-01)
 * @param excludedResources resources about another patient, left out (hazard H11)
 * @param nhsNumberValid whether the record's NHS number passes its check digit; absent without one
 * @param snoozesUnavailable true when the database could not say in time which rules are snoozed for
 *                           the patient (it was unreachable or slow): the cards were composed without
 *                           snoozes, so a dismissed card may show again; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Assessment(
        String asOf,
        String hook,
        ConfigurationInForce clinicalConfiguration,
        DeprivationView deprivation,
        List<CohortEntry> cohorts,
        List<CohortEntry> clinicalAreas,
        List<CohortEntry> facts,
        List<Finding> findings,
        List<Map<String, Object>> withheld,
        List<String> snoozed,
        Map<String, Map<String, String>> completeness,
        CodeListReleases codeLists,
        @JsonInclude(JsonInclude.Include.ALWAYS) int excludedResources,
        Boolean nhsNumberValid,
        Boolean snoozesUnavailable) {

    public static final String EXTENSION = "org.everycontact.assessment";

    /** One cohort, clinical area or fact by its id, and the recorded facts behind it. */
    public record CohortEntry(String id, List<String> evidence) {
    }
}
