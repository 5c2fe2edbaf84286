package org.everycontact.equity;

import java.util.List;

/**
 * Core20 minus the rest, to three decimals; a value is null when computed from a suppressed count (named
 * in {@code suppressed}) or when there is nothing to divide by.
 */
public record Gap(
        Double core20AcceptanceRate,
        Double restAcceptanceRate,
        Double acceptanceRateGap,
        Double core20PromptsPerPatient,
        Double restPromptsPerPatient,
        Double promptsPerPatientGap,
        List<String> suppressed) {
}
