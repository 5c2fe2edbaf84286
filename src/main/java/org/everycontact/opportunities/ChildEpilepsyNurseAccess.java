package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-CYP-EPI-01 Epilepsy specialist nurse in the first year of care (clinical-spec §5 CYP epilepsy).
 * <ul>
 * <li>Population: aged under {@code epilepsy.ageLimit} (18; up to 26 for transition to age 25, U),
 *     on the epilepsy register (EPIL_COD) with the first epilepsy code in the last 12 months, and a
 *     learning disability (LD_COD) or autism (AUTISM_COD) recorded.</li>
 * <li>Trigger: no epilepsy specialist nurse contact or referral recorded. No national code was
 *     verified, so the codes are a local list ({@code epilepsy.specialist-nurse-codes}, U); while it is
 *     empty the card asks the clinician to check.</li>
 * <li>Exclusions: deceased.</li>
 * </ul>
 */
final class ChildEpilepsyNurseAccess implements Rule {

    static final String ID = "R-CYP-EPI-01";

    private final ChildrenParameters.Epilepsy parameters;
    private final CodeSet epilepsy;
    private final CodeSet learningDisability;
    private final CodeSet autism;
    private final CodeSet specialistNurse;
    private final GlobalExclusions exclusions;

    ChildEpilepsyNurseAccess(ChildrenParameters.Epilepsy parameters, CodeSet epilepsy, CodeSet learningDisability,
                             CodeSet autism, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.epilepsy = epilepsy;
        this.learningDisability = learningDisability;
        this.autism = autism;
        this.specialistNurse = new CodeSet("local:epilepsy-specialist-nurse", "local",
                Set.copyOf(parameters.specialistNurseCodes().orElse(List.of())));
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
        if (age < 0 || age >= parameters.ageLimit() || exclusions.excludesAny(record)
                || !RecordQueries.onRegister(record, epilepsy, asOf)
                || !(RecordQueries.onRegister(record, learningDisability, asOf)
                        || RecordQueries.onRegister(record, autism, asOf))
                || RecordQueries.codedEvents(record, specialistNurse).anyMatch(t -> !t.date().isAfter(asOf))) {
            return Optional.empty();
        }
        Optional<LocalDate> diagnosed = RecordQueries.codedEvents(record, epilepsy).map(ClinicalTime::date)
                .min(LocalDate::compareTo);
        if (diagnosed.isEmpty() || !RecordQueries.withinMonths(diagnosed.get(), asOf, parameters.firstYearMonths())) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.dated("Epilepsy first recorded", diagnosed.get()));
        evidence.add(Evidence.statement("No epilepsy specialist nurse contact or referral recorded"));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
