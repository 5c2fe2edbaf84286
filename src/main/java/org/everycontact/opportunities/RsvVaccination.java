package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-VAC-RSV-01 RSV, older adults, single dose (clinical-spec §6.5; S20). Year-round.
 * <ul>
 * <li>Population: aged {@code ageMin} (75) or over; before {@code extendedFrom} (2026-04-01) only until
 *     the 80th birthday; from it also every age for care home residents (CAREHOME_COD; whether the home
 *     is for older adults is not recorded) (T-VAC-07, T-VAC-08).</li>
 * <li>Trigger: no RSV vaccine ever recorded.</li>
 * <li>Exclusions: any immunisation contraindicated (coded, or as the statusReason of a not-done
 *     Immunization) in the last {@code onceOnlyDeclinedMonths} (12, design); RSV declined codes are
 *     unverified (U, §8.4) and not loaded, so a not-done RSV Immunization with another reason does not
 *     suppress;
 *     GX deceased only: clinical-spec §6 GX limits the palliative care exclusion to other rules.</li>
 * </ul>
 * R-VAC-RSV-02 (maternal, from 28 weeks' gestation) is not implemented: the record gives no gestation
 * (the pregnancy code has no date of conception or expected delivery, and no gestation code is verified
 * in the spec), so "28 weeks or more" cannot be derived (clinical-spec §6.5).
 */
final class RsvVaccination implements Rule {

    static final String ID = "R-VAC-RSV-01";

    private final VaccineParameters.Rsv parameters;
    private final int declinedMonths;
    private final Vaccinations vaccinations;
    private final Vaccinations.Programme rsv;
    private final CodeSet careHome;
    private final GlobalExclusions exclusions;

    RsvVaccination(VaccineParameters.Rsv parameters, int declinedMonths, Vaccinations vaccinations,
                   Vaccinations.Programme rsv, CodeSet careHome, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.declinedMonths = declinedMonths;
        this.vaccinations = vaccinations;
        this.rsv = rsv;
        this.careHome = careHome;
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
        if (record.demographics().birthDate() == null || exclusions.excludesAny(record)) {
            return Optional.empty();
        }
        int age = record.demographics().ageOn(asOf);
        boolean extended = !asOf.isBefore(parameters.extendedFrom());
        int upper = parameters.upperAgeBeforeExtension();
        String eligibleAs;
        if (age >= parameters.ageMin() && age < upper) {
            eligibleAs = "aged " + parameters.ageMin() + " to " + (upper - 1);
        } else if (extended && age >= upper) {
            eligibleAs = "aged " + upper + " or over";
        } else if (extended && RecordQueries.onRegister(record, careHome, asOf)) {
            eligibleAs = "living in a care home";
        } else {
            return Optional.empty();
        }
        if (!Vaccinations.given(record, rsv, asOf).isEmpty() || vaccinations.lastDeclined(record, rsv, asOf)
                .filter(d -> RecordQueries.withinMonths(d, asOf, declinedMonths)).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Eligible as", eligibleAs));
        if (age < parameters.ageMin() || age >= upper) {
            evidence.add(Evidence.dated("Eligible since", parameters.extendedFrom()));
        }
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
