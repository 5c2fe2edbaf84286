package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * R-VAC-PNEU-01 Pneumococcal (clinical-spec §6.5; S22, S23, Green Book ch.25). Year-round, once only.
 * <ul>
 * <li>Population: (a) aged {@code routineAge} (65) or over; (b) aged {@code riskGroupMinAge} (2) to 64
 *     in a pneumococcal clinical risk group ({@link ClinicalRiskGroups#pneumococcal}).</li>
 * <li>Trigger: (a) no pneumococcal vaccine (PPV23 or PCV20; CVX 33, 133, 216) on or after the 65th
 *     birthday, unless {@code doseBeforeRoutineAgeCounts} (U, default false); (b) none ever. Either
 *     product counts. Revaccination (asplenia, CKD) under PCV20 is unconfirmed (U): not prompted.</li>
 * <li>Exclusions: pneumococcal vaccination declined or contraindicated, or any immunisation
 *     contraindicated, in the last {@code onceOnlyDeclinedMonths} (12, design);
 *     GX deceased only: clinical-spec §6 GX limits the palliative care exclusion to other rules.</li>
 * </ul>
 * A patient in the respiratory bundle's population gets this finding inside R-RESP-01 instead.
 */
final class PneumococcalVaccination implements Rule {

    static final String ID = "R-VAC-PNEU-01";

    private final VaccineParameters.Pneumococcal parameters;
    private final int declinedMonths;
    private final Vaccinations vaccinations;
    private final Vaccinations.Programme pneumococcal;
    private final ClinicalRiskGroups riskGroups;
    private final GlobalExclusions exclusions;

    PneumococcalVaccination(VaccineParameters.Pneumococcal parameters, int declinedMonths, Vaccinations vaccinations,
                            Vaccinations.Programme pneumococcal, ClinicalRiskGroups riskGroups,
                            GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.declinedMonths = declinedMonths;
        this.vaccinations = vaccinations;
        this.pneumococcal = pneumococcal;
        this.riskGroups = riskGroups;
        this.exclusions = exclusions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.OTHER_VACCINE;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return Vaccinations.NEEDS_COMPLETE;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        LocalDate born = record.demographics().birthDate();
        if (born == null || exclusions.excludesAny(record)) {
            return Optional.empty();
        }
        int age = record.demographics().ageOn(asOf);
        List<LocalDate> doses = Vaccinations.given(record, pneumococcal, asOf);
        String eligibleAs;
        LocalDate countedFrom = null;
        boolean protectedAlready;
        if (age >= parameters.routineAge()) {
            eligibleAs = "aged " + parameters.routineAge() + " or over";
            if (!parameters.doseBeforeRoutineAgeCounts()) {
                countedFrom = born.plusYears(parameters.routineAge());
            }
            LocalDate from = countedFrom;
            protectedAlready = doses.stream().anyMatch(d -> from == null || !d.isBefore(from));
        } else {
            List<String> groups = age >= parameters.riskGroupMinAge()
                    ? riskGroups.pneumococcal(record, asOf, parameters) : List.of();
            if (groups.isEmpty()) {
                return Optional.empty();
            }
            eligibleAs = String.join("; ", groups);
            protectedAlready = !doses.isEmpty();
        }
        if (protectedAlready || vaccinations.lastDeclined(record, pneumococcal, asOf)
                .filter(d -> RecordQueries.withinMonths(d, asOf, declinedMonths)).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Pneumococcal eligible as", eligibleAs));
        if (countedFrom != null) {
            evidence.add(Evidence.dated("Pneumococcal counted from", countedFrom));
        }
        if (!doses.isEmpty()) {
            evidence.add(Evidence.dated("Last pneumococcal vaccination", doses.get(doses.size() - 1)));
        }
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
