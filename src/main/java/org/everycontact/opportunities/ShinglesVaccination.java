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
 * R-VAC-SHG-01 Shingles, Shingrix 2 doses (clinical-spec §6.5; S21, Green Book ch.28a). Year-round.
 * <ul>
 * <li>Population: immunocompetent aged {@code turningAge} (65) to before {@code upperAge} (80) whose
 *     65th birthday is on or after {@code turningFrom} (2023-09-01), or aged {@code catchUpAge} (70) to
 *     79; immunosuppression recorded (IMMDX_COV examples) aged {@code immunosuppressedMinAge} (18) from
 *     {@code immunosuppressedExtendedFrom} (2025-09-01), 50 before it, with no upper age (U). The programme's
 *     cohort is the severely immunosuppressed (Green Book ch.28a), but that list and immunosuppressive
 *     medicines (IMMRX) are unverified (U) and not loaded: the general immunosuppression codes stand in.</li>
 * <li>Trigger: no Shingrix dose (CVX 187; SNOMED zoster vaccination), or one dose and the second-dose
 *     interval has passed: 8 weeks when immunosuppressed, 6 months otherwise (U).</li>
 * <li>Not needed: Zostavax (CVX 121) given, for an immunocompetent person (already protected).</li>
 * <li>Exclusions: herpes zoster vaccination declined or contraindicated, or any immunisation
 *     contraindicated, in the last {@code onceOnlyDeclinedMonths} (12, design);
 *     GX deceased only: clinical-spec §6 GX limits the palliative care exclusion to other rules.</li>
 * </ul>
 */
final class ShinglesVaccination implements Rule {

    static final String ID = "R-VAC-SHG-01";

    private final VaccineParameters.Shingles parameters;
    private final int declinedMonths;
    private final Vaccinations vaccinations;
    private final Vaccinations.Programme shingrix;
    private final Vaccinations.Programme zostavax;
    private final ClinicalRiskGroups riskGroups;
    private final GlobalExclusions exclusions;

    ShinglesVaccination(VaccineParameters.Shingles parameters, int declinedMonths, Vaccinations vaccinations,
                        Vaccinations.Programme shingrix, Vaccinations.Programme zostavax,
                        ClinicalRiskGroups riskGroups, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.declinedMonths = declinedMonths;
        this.vaccinations = vaccinations;
        this.shingrix = shingrix;
        this.zostavax = zostavax;
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
        boolean immunosuppressed = riskGroups.immunosuppressed(record, asOf);
        int immunosuppressedMinAge = asOf.isBefore(parameters.immunosuppressedExtendedFrom())
                ? parameters.immunosuppressedMinAgeBefore() : parameters.immunosuppressedMinAge();
        LocalDate turned = born.plusYears(parameters.turningAge());
        boolean immunocompetentCohort = age >= parameters.turningAge() && age < parameters.upperAge()
                && (!turned.isBefore(parameters.turningFrom()) || age >= parameters.catchUpAge());
        String eligibleAs;
        if (immunosuppressed && age >= immunosuppressedMinAge) {
            eligibleAs = "immunosuppression recorded, aged " + immunosuppressedMinAge + " or over";
        } else if (!immunosuppressed && immunocompetentCohort) {
            if (Vaccinations.lastGiven(record, zostavax, asOf).isPresent()) {
                return Optional.empty();
            }
            eligibleAs = age >= parameters.catchUpAge()
                    ? "aged " + parameters.catchUpAge() + " to " + (parameters.upperAge() - 1)
                    : "turned " + parameters.turningAge() + " on or after " + Vaccinations.display(parameters.turningFrom());
        } else {
            return Optional.empty();
        }
        List<LocalDate> doses = Vaccinations.given(record, shingrix, asOf);
        if (doses.size() >= 2 || vaccinations.lastDeclined(record, shingrix, asOf)
                .filter(d -> RecordQueries.withinMonths(d, asOf, declinedMonths)).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        if (doses.size() == 1) {
            LocalDate first = doses.get(0);
            LocalDate secondDue = immunosuppressed ? first.plusWeeks(parameters.immunosuppressedSecondDoseWeeks())
                    : first.plusMonths(parameters.immunocompetentSecondDoseMonths());
            if (asOf.isBefore(secondDue)) {
                return Optional.empty();
            }
            evidence.add(Evidence.valued("Dose due", "second"));
            evidence.add(Evidence.dated("First Shingrix dose", first));
            evidence.add(Evidence.dated("Second dose due from", secondDue));
        } else {
            evidence.add(Evidence.valued("Dose due", "first"));
        }
        evidence.add(Evidence.valued("Eligible as", eligibleAs));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
