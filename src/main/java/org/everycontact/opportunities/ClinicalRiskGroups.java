package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * The clinical risk groups of the flu (Green Book ch.19) and pneumococcal (ch.25) programmes, as far
 * as the loaded code lists show them (clinical-spec §6.5; PRIMIS clusters named in each ValueSet).
 * Not derivable from the loaded lists: adrenal insufficiency (U), household contacts of immunosuppressed
 * people (HHLD_IMDEF), cochlear implants, CSF leaks, occupational risk, immunosuppressive drug issues
 * (IMMRX) and diabetes treatment (so every diabetic on the register counts for pneumococcal, U).
 */
final class ClinicalRiskGroups {

    static final String COPD = "COPD";
    static final String ASTHMA = "Asthma";

    private final CodeSet copd;
    private final CodeSet copdResolved;
    private final CodeSet asthma;
    private final CodeSet asthmaResolved;
    private final CodeSet asthmaAdmission;
    private final CodeSet inhaledSteroid;
    private final CodeSet oralSteroid;
    private final CodeSet otherRespiratory;
    private final CodeSet chd;
    private final CodeSet heartFailure;
    private final CodeSet ckd3To5;
    private final CodeSet ckd1To2;
    private final CodeSet ckd4To5;
    private final CodeSet liver;
    private final CodeSet neurological;
    private final CodeSet stroke;
    private final CodeSet tia;
    private final CodeSet learningDisability;
    private final CodeSet diabetes;
    private final CodeSet diabetesResolved;
    private final CodeSet asplenia;
    private final CodeSet immunosuppression;
    private final CodeSet bmi;
    private final int steroidMonths;

    ClinicalRiskGroups(ValueSetLibrary valueSets, int steroidMonths) {
        this.copd = valueSets.get(ValueSetId.COPD);
        this.copdResolved = valueSets.get(ValueSetId.COPD_RESOLVED);
        this.asthma = valueSets.get(ValueSetId.ASTHMA);
        this.asthmaResolved = valueSets.get(ValueSetId.ASTHMA_RESOLVED);
        this.asthmaAdmission = valueSets.get(ValueSetId.ASTHMA_ADMISSION);
        this.inhaledSteroid = valueSets.get(ValueSetId.INHALED_CORTICOSTEROID);
        this.oralSteroid = valueSets.get(ValueSetId.ORAL_CORTICOSTEROID);
        this.otherRespiratory = valueSets.get(ValueSetId.CHRONIC_RESPIRATORY_DISEASE);
        this.chd = valueSets.get(ValueSetId.CHD);
        this.heartFailure = valueSets.get(ValueSetId.HEART_FAILURE);
        this.ckd3To5 = valueSets.get(ValueSetId.CKD_3_5);
        this.ckd1To2 = valueSets.get(ValueSetId.CKD_1_2);
        this.ckd4To5 = valueSets.get(ValueSetId.CKD_4_5);
        this.liver = valueSets.get(ValueSetId.CHRONIC_LIVER_DISEASE);
        this.neurological = valueSets.get(ValueSetId.CHRONIC_NEUROLOGICAL_DISEASE);
        this.stroke = valueSets.get(ValueSetId.STROKE);
        this.tia = valueSets.get(ValueSetId.TIA);
        this.learningDisability = valueSets.get(ValueSetId.LEARNING_DISABILITY);
        this.diabetes = valueSets.get(ValueSetId.DIABETES);
        this.diabetesResolved = valueSets.get(ValueSetId.DIABETES_RESOLVED);
        this.asplenia = valueSets.get(ValueSetId.ASPLENIA);
        this.immunosuppression = valueSets.get(ValueSetId.IMMUNOSUPPRESSION);
        this.bmi = valueSets.get(ValueSetId.BMI);
        this.steroidMonths = steroidMonths;
    }

    /**
     * The respiratory bundle's population (R-RESP-01): COPD not resolved, else asthma (not resolved) with
     * an inhaled or oral corticosteroid issued in the steroid window.
     */
    Optional<String> respiratoryCondition(PatientRecord record, LocalDate asOf) {
        if (RecordQueries.onRegister(record, copd, copdResolved, asOf)) {
            return Optional.of(COPD);
        }
        return asthmaOnSteroids(record, asOf) ? Optional.of(ASTHMA) : Optional.empty();
    }

    boolean immunosuppressed(PatientRecord record, LocalDate asOf) {
        return RecordQueries.onRegister(record, immunosuppression, asOf);
    }

    /** The flu clinical risk groups recorded, as card wording; empty when none. */
    List<String> flu(PatientRecord record, LocalDate asOf, VaccineParameters.Flu parameters) {
        List<String> groups = new ArrayList<>();
        if (RecordQueries.onRegister(record, copd, copdResolved, asOf)) {
            groups.add(COPD);
        }
        if (asthmaOnSteroids(record, asOf)) {
            groups.add("asthma needing steroids");
        } else if (asthmaAdmitted(record, asOf)) {
            groups.add("asthma with an emergency admission");
        }
        addIf(groups, "chronic respiratory disease", RecordQueries.onRegister(record, otherRespiratory, asOf));
        addIf(groups, "chronic heart disease", RecordQueries.onRegister(record, chd, asOf)
                || RecordQueries.onRegister(record, heartFailure, asOf));
        addIf(groups, "chronic kidney disease stage 3 to 5", RecordQueries.onRegister(record, ckd3To5, ckd1To2, asOf));
        addIf(groups, "chronic liver disease", RecordQueries.onRegister(record, liver, asOf));
        addIf(groups, "chronic neurological disease", RecordQueries.onRegister(record, neurological, asOf)
                || RecordQueries.onRegister(record, stroke, asOf) || RecordQueries.onRegister(record, tia, asOf)
                || RecordQueries.onRegister(record, learningDisability, asOf));
        addIf(groups, "diabetes", RecordQueries.onRegister(record, diabetes, diabetesResolved, asOf));
        addIf(groups, "asplenia or splenic dysfunction", RecordQueries.onRegister(record, asplenia, asOf));
        addIf(groups, "immunosuppression", immunosuppressed(record, asOf));
        addIf(groups, "BMI " + parameters.severeObesityBmi() + " or more",
                record.demographics().ageOn(asOf) >= parameters.adultAge()
                        && latestBmi(record, asOf).map(b -> b.compareTo(BigDecimal.valueOf(parameters.severeObesityBmi())) >= 0)
                        .orElse(false));
        return groups;
    }

    /**
     * The pneumococcal clinical risk groups recorded (Green Book ch.25 table 25.2): asthma only with
     * repeated oral steroids, and CKD only at stage 4 to 5.
     */
    List<String> pneumococcal(PatientRecord record, LocalDate asOf, VaccineParameters.Pneumococcal parameters) {
        List<String> groups = new ArrayList<>();
        addIf(groups, COPD, RecordQueries.onRegister(record, copd, copdResolved, asOf));
        addIf(groups, "asthma needing repeated oral steroids", onAsthmaRegister(record, asOf)
                && RecordQueries.medicationDates(record, oralSteroid)
                .filter(d -> RecordQueries.withinMonths(d, asOf, steroidMonths) && !d.isAfter(asOf))
                .count() >= parameters.asthmaOralSteroidIssues());
        addIf(groups, "chronic respiratory disease", RecordQueries.onRegister(record, otherRespiratory, asOf));
        addIf(groups, "chronic heart disease", RecordQueries.onRegister(record, chd, asOf)
                || RecordQueries.onRegister(record, heartFailure, asOf));
        addIf(groups, "chronic kidney disease stage 4 to 5", RecordQueries.onRegister(record, ckd4To5, ckd1To2, asOf));
        addIf(groups, "chronic liver disease", RecordQueries.onRegister(record, liver, asOf));
        addIf(groups, "diabetes", RecordQueries.onRegister(record, diabetes, diabetesResolved, asOf));
        addIf(groups, "asplenia or splenic dysfunction", RecordQueries.onRegister(record, asplenia, asOf));
        addIf(groups, "immunosuppression", immunosuppressed(record, asOf));
        return groups;
    }

    private boolean onAsthmaRegister(PatientRecord record, LocalDate asOf) {
        return RecordQueries.onRegister(record, asthma, asthmaResolved, asOf);
    }

    private boolean asthmaOnSteroids(PatientRecord record, LocalDate asOf) {
        return onAsthmaRegister(record, asOf)
                && (RecordQueries.medicationWithinMonths(record, inhaledSteroid, asOf, steroidMonths)
                || RecordQueries.medicationWithinMonths(record, oralSteroid, asOf, steroidMonths));
    }

    private boolean asthmaAdmitted(PatientRecord record, LocalDate asOf) {
        return onAsthmaRegister(record, asOf)
                && RecordQueries.codedEvents(record, asthmaAdmission).anyMatch(t -> !t.date().isAfter(asOf));
    }

    private Optional<BigDecimal> latestBmi(PatientRecord record, LocalDate asOf) {
        return record.index().observations(bmi.keys()).stream()
                .filter(o -> o.isUsable() && o.value() != null
                        && o.value().value() != null && o.effective() != null && !o.effective().date().isAfter(asOf))
                .max(Comparator.comparing((ObservationEntry o) -> o.effective().date()))
                .map(o -> o.value().value());
    }

    private static void addIf(List<String> groups, String group, boolean present) {
        if (present) {
            groups.add(group);
        }
    }
}
