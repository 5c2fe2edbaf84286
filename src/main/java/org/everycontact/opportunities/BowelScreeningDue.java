package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-SCR-BOW-01 Bowel cancer screening (clinical-spec §6.6; S25).
 * <ul>
 * <li>Population: aged {@code ageMin} (50) to {@code ageMax} (74) at the as-of date.</li>
 * <li>Trigger: no FIT or other bowel screening result in the last interval plus grace (24 + 6
 *     months). The card asks to check and encourage: invitations are national, and GP records
 *     hold results unreliably.</li>
 * <li>Exclusions: GX including palliative care.</li>
 * </ul>
 */
final class BowelScreeningDue implements Rule {

    static final String ID = "R-SCR-BOW-01";

    private final ScreeningInterval band;
    private final CodeSet screening;
    private final GlobalExclusions exclusions;

    BowelScreeningDue(ScreeningParameters.Bowel parameters, CodeSet screening, GlobalExclusions exclusions) {
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
        if (!band.covers(age)
                || exclusions.excludesPreventive(record, asOf)
                || band.screenedWithin(record, screening, asOf)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, band.evidence(record, screening, age, "Last bowel screening",
                "No bowel screening result in the record")));
    }
}
