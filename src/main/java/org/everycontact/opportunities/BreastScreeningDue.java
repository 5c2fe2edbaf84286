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

    private final ScreeningParameters.Breast parameters;
    private final CodeSet screening;
    private final GlobalExclusions exclusions;

    BreastScreeningDue(ScreeningParameters.Breast parameters, CodeSet screening, GlobalExclusions exclusions) {
        this.parameters = parameters;
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
        int months = parameters.intervalMonths() + parameters.graceMonths();
        if (!"female".equals(record.demographics().gender())
                || age < parameters.ageMin() || age > parameters.ageMax()
                || exclusions.excludesPreventive(record, asOf)
                || RecordQueries.anyWithinMonths(record, screening, asOf, months)) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        RecordQueries.latest(record, screening).ifPresentOrElse(
                last -> evidence.add(Evidence.dated("Last mammogram", last)),
                () -> evidence.add(Evidence.statement("No mammogram in the record")));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        evidence.add(Evidence.valued("Interval (months)", Integer.toString(parameters.intervalMonths())));
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(months)));
        return Optional.of(new Finding(ID, evidence));
    }
}
