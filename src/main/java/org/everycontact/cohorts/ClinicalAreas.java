package org.everycontact.cohorts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.everycontact.cohorts.CodedEvents.Event;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * The Core20PLUS5 clinical areas that apply to a patient, each with the recorded trigger
 * (clinical-spec §4 adults, §5 children and young people). An area says which national priority a
 * patient's care falls under; whether anything is due is for the rules.
 *
 * <ul>
 *   <li>{@code area:adult-maternity}: pregnancy recorded within {@code pregnancy-weeks} and not ended by a
 *       delivery or pregnancy-loss code (any age).</li>
 *   <li>{@code area:adult-smi}: adult on the SMI register, not in remission.</li>
 *   <li>{@code area:adult-chronic-respiratory}: adult on the COPD or asthma register, not resolved.</li>
 *   <li>{@code area:adult-early-cancer-diagnosis}: age in a screening band (bowel; breast and
 *       cervical for women).</li>
 *   <li>{@code area:adult-hypertension-lipids}: adult on the hypertension (not resolved), CHD, stroke,
 *       TIA or PAD register.</li>
 *   <li>{@code area:cyp-asthma}, {@code area:cyp-diabetes}, {@code area:cyp-epilepsy}: under the adult
 *       age and on the register (asthma and diabetes not resolved).</li>
 *   <li>{@code area:cyp-oral-health}: under {@code oral-health-under-age} and Core20 or in a PLUS group.</li>
 * </ul>
 * Children and young people's mental health has no automatic trigger (§5, hazard H20, T-CYP-05).
 */
final class ClinicalAreas {

    static final String MATERNITY = "area:adult-maternity";
    static final String SMI = "area:adult-smi";
    static final String RESPIRATORY = "area:adult-chronic-respiratory";
    static final String EARLY_CANCER = "area:adult-early-cancer-diagnosis";
    static final String HYPERTENSION_LIPIDS = "area:adult-hypertension-lipids";
    static final String CYP_ASTHMA = "area:cyp-asthma";
    static final String CYP_DIABETES = "area:cyp-diabetes";
    static final String CYP_EPILEPSY = "area:cyp-epilepsy";
    static final String CYP_ORAL_HEALTH = "area:cyp-oral-health";

    private final ValueSetLibrary valueSets;
    private final CohortParameters.Areas parameters;
    private final Pregnancy pregnancy;

    ClinicalAreas(ValueSetLibrary valueSets, CohortParameters.Areas parameters) {
        this.valueSets = valueSets;
        this.parameters = parameters;
        this.pregnancy = new Pregnancy(valueSets.get(ValueSetId.PREGNANCY), valueSets.get(ValueSetId.PREGNANCY_ENDED));
    }

    /** @param prioritised Core20 or in any PLUS group */
    List<Cohort> find(PatientRecord record, boolean prioritised, LocalDate asOf) {
        List<Cohort> areas = new ArrayList<>();
        int age = record.demographics().ageOn(asOf);
        if (age < 0) {
            return areas;
        }
        boolean adult = age >= parameters.adultAge();
        pregnancy.recordedAfter(record, asOf.minusWeeks(parameters.pregnancyWeeks()), asOf)
                .ifPresent(date -> areas.add(area(MATERNITY, "pregnancy recorded on " + date)));
        if (adult) {
            register(ValueSetId.SMI, ValueSetId.SMI_REMISSION, record, asOf)
                    .ifPresent(e -> areas.add(area(SMI, "SMI register " + e.evidence())));
            List<String> respiratory = Stream.of(
                            register(ValueSetId.COPD, ValueSetId.COPD_RESOLVED, record, asOf).map(e -> "COPD register "
                                    + e.evidence()),
                            register(ValueSetId.ASTHMA, ValueSetId.ASTHMA_RESOLVED, record, asOf)
                                    .map(e -> "asthma register " + e.evidence()))
                    .flatMap(Optional::stream).toList();
            if (!respiratory.isEmpty()) {
                areas.add(new Cohort(RESPIRATORY, respiratory));
            }
            List<String> screening = screening(age, "female".equals(record.demographics().gender()));
            if (!screening.isEmpty()) {
                areas.add(new Cohort(EARLY_CANCER, screening));
            }
            List<String> cardiovascular = Stream.of(
                            register(ValueSetId.HYPERTENSION, ValueSetId.HYPERTENSION_RESOLVED, record, asOf)
                                    .map(e -> "hypertension register " + e.evidence()),
                            register(ValueSetId.CHD, null, record, asOf).map(e -> "CHD register " + e.evidence()),
                            register(ValueSetId.STROKE, null, record, asOf).map(e -> "stroke register " + e.evidence()),
                            register(ValueSetId.TIA, null, record, asOf).map(e -> "TIA register " + e.evidence()),
                            register(ValueSetId.PAD, null, record, asOf).map(e -> "PAD register " + e.evidence()))
                    .flatMap(Optional::stream).toList();
            if (!cardiovascular.isEmpty()) {
                areas.add(new Cohort(HYPERTENSION_LIPIDS, cardiovascular));
            }
            return areas;
        }
        String child = "age " + age;
        register(ValueSetId.ASTHMA, ValueSetId.ASTHMA_RESOLVED, record, asOf)
                .ifPresent(e -> areas.add(area(CYP_ASTHMA, child + "; asthma register " + e.evidence())));
        register(ValueSetId.DIABETES, ValueSetId.DIABETES_RESOLVED, record, asOf)
                .ifPresent(e -> areas.add(area(CYP_DIABETES, child + "; diabetes register " + e.evidence())));
        register(ValueSetId.EPILEPSY, null, record, asOf)
                .ifPresent(e -> areas.add(area(CYP_EPILEPSY, child + "; epilepsy " + e.evidence())));
        if (age < parameters.oralHealthUnderAge() && prioritised) {
            areas.add(area(CYP_ORAL_HEALTH, child + "; prioritised (Core20 or PLUS)"));
        }
        return areas;
    }

    private List<String> screening(int age, boolean female) {
        List<String> bands = new ArrayList<>();
        band(bands, age, "bowel", parameters.bowelScreeningFromAge(), parameters.bowelScreeningToAge());
        if (female) {
            band(bands, age, "breast", parameters.breastScreeningFromAge(), parameters.breastScreeningToAge());
            band(bands, age, "cervical", parameters.cervicalScreeningFromAge(), parameters.cervicalScreeningToAge());
        }
        return bands;
    }

    private static void band(List<String> bands, int age, String programme, int from, int to) {
        if (age >= from && age <= to) {
            bands.add("age " + age + ": " + programme + " screening ages " + from + " to " + to);
        }
    }

    private Optional<Event> register(ValueSetId codes, ValueSetId resolved, PatientRecord record, LocalDate asOf) {
        return CodedEvents.register(record, valueSets.get(codes), resolved == null ? null : valueSets.get(resolved),
                asOf);
    }

    private static Cohort area(String id, String evidence) {
        return new Cohort(id, List.of(evidence));
    }
}
