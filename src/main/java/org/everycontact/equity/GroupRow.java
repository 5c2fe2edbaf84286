package org.everycontact.equity;

import java.util.List;

/**
 * The measures of one group. A count is null when suppressed; a rate is null when suppressed or when no
 * prompt was shown. {@code suppressed} names the suppressed measures.
 *
 * @param acceptanceRate accepted / prompts shown, to three decimals
 * @param overriddenRate overridden / prompts shown, to three decimals
 * @param overrideReasons the overrides by coded reason
 */
public record GroupRow(
        String group,
        String label,
        Long patientsSeen,
        Long hookCalls,
        Long promptsShown,
        Long accepted,
        Long overridden,
        Long snoozed,
        Double acceptanceRate,
        Double overriddenRate,
        List<ReasonCount> overrideReasons,
        List<String> suppressed) {

    /** The published value of a count measure. */
    public Long count(Measure measure) {
        return switch (measure) {
            case PATIENTS_SEEN -> patientsSeen;
            case HOOK_CALLS -> hookCalls;
            case PROMPTS_SHOWN -> promptsShown;
            case ACCEPTED -> accepted;
            case OVERRIDDEN -> overridden;
            case SNOOZED -> snoozed;
        };
    }
}
