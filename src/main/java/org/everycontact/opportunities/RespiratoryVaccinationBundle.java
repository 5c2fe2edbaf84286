package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * R-RESP-01 Respiratory vaccination bundle (clinical-spec §6.8, C2; Core20PLUS5 area 3, S03).
 * <ul>
 * <li>Population: COPD (COPD_COD, no later COPDRES_COD), or asthma (AST_COD, no later ASTRES_COD)
 *     with an inhaled or oral corticosteroid issued in the last {@code asthmaSteroidMonths} (12).</li>
 * <li>Trigger: any of R-VAC-FLU-01, R-VAC-COV-01, R-VAC-PNEU-01 fires: one finding naming the vaccines
 *     due, carrying their evidence.</li>
 * <li>Merge: it {@link #supersedes() supersedes} those three, so the finder drops their separate
 *     findings for this patient and the GP sees one card (T-VAC-02). Their exclusions, campaign windows
 *     and needed resource types apply unchanged, because it runs them: GX deceased only, no palliative
 *     care exclusion (clinical-spec §6 GX does not list vaccines or R-RESP-01).</li>
 * </ul>
 */
final class RespiratoryVaccinationBundle implements Rule {

    static final String ID = "R-RESP-01";

    /** The bundled rules in the order the card names their vaccines. */
    private final List<Bundled> bundled;
    private final ClinicalRiskGroups riskGroups;
    private final Set<ResourceKind> needsComplete;
    private final Set<String> supersedes;

    /** A bundled rule and the vaccine it is about, as the card names it. */
    record Bundled(Rule rule, String vaccine) {
    }

    RespiratoryVaccinationBundle(List<Bundled> bundled, ClinicalRiskGroups riskGroups) {
        this.bundled = List.copyOf(bundled);
        this.riskGroups = riskGroups;
        this.needsComplete = this.bundled.stream().flatMap(b -> b.rule().needsComplete().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.supersedes = this.bundled.stream().map(b -> b.rule().id()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.CLINICAL_AREA;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return needsComplete;
    }

    @Override
    public Set<String> supersedes() {
        return supersedes;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        Optional<String> condition = riskGroups.respiratoryCondition(record, asOf);
        if (condition.isEmpty()) {
            return Optional.empty();
        }
        List<String> due = new ArrayList<>();
        Set<Evidence> carried = new LinkedHashSet<>();
        for (Bundled b : bundled) {
            b.rule().evaluateOnce(record, cohorts, asOf).ifPresent(finding -> {
                due.add(b.vaccine());
                carried.addAll(finding.evidence());
            });
        }
        if (due.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = Stream.concat(Stream.of(
                        Evidence.valued("Respiratory condition", condition.get()),
                        Evidence.valued("Vaccines due", String.join(", ", due))),
                carried.stream()).toList();
        return Optional.of(new Finding(ID, evidence));
    }
}
