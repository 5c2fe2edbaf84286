package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-CYP-DM-02 Type 2 diabetes annual health checks (clinical-spec §5 CYP diabetes).
 * <ul>
 * <li>Population: aged under 18 with type 2 diabetes (not resolved by DMRES_COD).</li>
 * <li>Trigger: any of HbA1c, BMI, blood pressure, urine albumin:creatinine ratio missing in the last
 *     12 months; one finding lists every missing check. The care-process list is U.</li>
 * <li>Exclusions: deceased.</li>
 * </ul>
 */
final class ChildType2DiabetesCareProcesses implements Rule {

    static final String ID = "R-CYP-DM-02";

    private final int ageLimit;
    private final ChildrenParameters.Diabetes parameters;
    private final CodeSet type2Diabetes;
    private final CodeSet diabetesResolved;
    private final Map<String, CodeSet> careProcesses = new LinkedHashMap<>();
    private final GlobalExclusions exclusions;

    ChildType2DiabetesCareProcesses(int ageLimit, ChildrenParameters.Diabetes parameters, CodeSet type2Diabetes,
                                    CodeSet diabetesResolved, CodeSet hba1c, CodeSet bmi, CodeSet bloodPressure,
                                    CodeSet urineAcr, GlobalExclusions exclusions) {
        this.ageLimit = ageLimit;
        this.parameters = parameters;
        this.type2Diabetes = type2Diabetes;
        this.diabetesResolved = diabetesResolved;
        careProcesses.put("HbA1c", hba1c);
        careProcesses.put("BMI", bmi);
        careProcesses.put("blood pressure", bloodPressure);
        careProcesses.put("urine ACR", urineAcr);
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
        int months = parameters.careProcessLookbackMonths();
        if (age < 0 || age >= ageLimit || exclusions.excludesAny(record)
                || !RecordQueries.onRegister(record, type2Diabetes, diabetesResolved, asOf)) {
            return Optional.empty();
        }
        List<String> missing = careProcesses.entrySet().stream()
                .filter(e -> !RecordQueries.anyWithinMonths(record, e.getValue(), asOf, months))
                .map(Map.Entry::getKey)
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Missing", String.join(", ", missing)));
        evidence.add(Evidence.valued("Missing count", Integer.toString(missing.size())));
        evidence.add(Evidence.valued("Checks", Integer.toString(careProcesses.size())));
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(months)));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
