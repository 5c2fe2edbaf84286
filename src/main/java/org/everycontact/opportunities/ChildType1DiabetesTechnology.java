package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.EthnicGroup;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-CYP-DM-01 Type 1 diabetes technology access (clinical-spec §5 CYP diabetes).
 * <ul>
 * <li>Population: aged under 18 with type 1 diabetes (not resolved by DMRES_COD).</li>
 * <li>Trigger: Core20 neighbourhood, or a recorded ethnic group that is neither white nor unknown
 *     (an unrecorded or not-stated ethnicity never qualifies), and no insulin pump or real-time CGM
 *     recorded (the code list is U: no rtCGM code was verified).</li>
 * <li>Exclusions: deceased. Info only: check the specialist team has offered rtCGM or a pump.</li>
 * </ul>
 */
final class ChildType1DiabetesTechnology implements Rule {

    static final String ID = "R-CYP-DM-01";

    private final int ageLimit;
    private final CodeSet type1Diabetes;
    private final CodeSet diabetesResolved;
    private final CodeSet technology;
    private final GlobalExclusions exclusions;

    ChildType1DiabetesTechnology(int ageLimit, CodeSet type1Diabetes, CodeSet diabetesResolved, CodeSet technology,
                                 GlobalExclusions exclusions) {
        this.ageLimit = ageLimit;
        this.type1Diabetes = type1Diabetes;
        this.diabetesResolved = diabetesResolved;
        this.technology = technology;
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
        EthnicGroup group = cohorts.ethnicGroup();
        boolean minority = group != EthnicGroup.WHITE && group != EthnicGroup.UNKNOWN;
        if (age < 0 || age >= ageLimit || exclusions.excludesAny(record)
                || !(cohorts.core20() || minority)
                || !RecordQueries.onRegister(record, type1Diabetes, diabetesResolved, asOf)
                || RecordQueries.codedEvents(record, technology).anyMatch(t -> !t.date().isAfter(asOf))) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        RecordQueries.latest(record, type1Diabetes).ifPresent(d -> evidence.add(Evidence.dated("Type 1 diabetes", d)));
        evidence.add(Evidence.statement("No insulin pump or real-time CGM recorded"));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
