package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The QOF indicator ids in force at a date: those of the signed-off edition with the latest
 * effective-from date on or before it. An edition not signed off (the 2026/27 ids, known only from
 * a third-party read, U) is never used, so switching QOF year is a configuration change (T-CFG-01).
 */
public final class QofIndicators {

    /** QOF BP002: blood pressure recorded in 5 years, age 45 or over. */
    public static final String BP_RECORDED = "bp-recorded";
    /** QOF HYP008 (2025/26): blood pressure at target, aged 79 or under. */
    public static final String BP_TARGET_UNDER_80 = "bp-target-under-80";
    /** QOF HYP009 (2025/26): blood pressure at target, aged 80 or over. */
    public static final String BP_TARGET_80_PLUS = "bp-target-80-plus";

    private final Map<String, ClinicalParameters.QofEdition> editions;

    public QofIndicators(Map<String, ClinicalParameters.QofEdition> editions) {
        this.editions = Map.copyOf(editions);
    }

    public Optional<ClinicalParameters.QofEdition> inForce(LocalDate asOf) {
        return editions.values().stream()
                .filter(e -> e.signedOff() && !e.effectiveFrom().isAfter(asOf))
                .max(Comparator.comparing(ClinicalParameters.QofEdition::effectiveFrom));
    }

    /** Evidence naming the indicator and its QOF year ("HYP008 (2025/26)"), when an edition in force has it. */
    Optional<Evidence> evidence(String indicator, LocalDate asOf) {
        return inForce(asOf).flatMap(e -> Optional.ofNullable(e.indicators().get(indicator))
                .map(id -> Evidence.valued("QOF indicator", id + " (" + e.label() + ")")));
    }
}
