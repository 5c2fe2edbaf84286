package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-SCR-BRE-01 Breast screening (clinical-spec §6.6; S26).
 * <ul>
 * <li>Population: registered female ({@code Patient.gender = female}), aged {@code ageMin} (53: the
 *     first invitation comes by the 53rd birthday) to {@code ageMax} (70: before the 71st birthday).
 *     How trans and non-binary people are invited is unverified (U): they are not judged.</li>
 * <li>Trigger: no mammogram or breast screening in the last interval plus grace (36 + 6 months).</li>
 * <li>Exclusions: GX including palliative care.</li>
 * </ul>
 */
final class BreastScreeningDue implements Rule {

    static final String ID = "R-SCR-BRE-01";

    private final ScreeningInterval band;
    private final CodeSet screening;
    private final GlobalExclusions exclusions;

    BreastScreeningDue(ScreeningParameters.Breast parameters, CodeSet screening, GlobalExclusions exclusions) {
        this.band = new ScreeningInterval(parameters.ageMin(), parameters.ageMax(), parameters.intervalMonths(),
                parameters.graceMonths());
        this.screening = screening;
        this.exclusions = exclusions;
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
        return RecordQueries.CODED_EVENT_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        int age = record.demographics().ageOn(asOf);
        if (!"female".equals(record.demographics().gender())
                || !band.covers(age)
                || exclusions.excludesPreventive(record, asOf)
                || band.screenedWithin(record, screening, asOf)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, band.evidence(record, screening, age, "Last mammogram",
                "No mammogram in the record")));
    }
}
