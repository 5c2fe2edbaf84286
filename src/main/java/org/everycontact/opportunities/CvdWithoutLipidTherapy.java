package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.Pregnancy;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-LIP-01 Established CVD not on lipid-lowering therapy (clinical-spec §6.2; QOF CHOL003 logic).
 * <ul>
 * <li>Population: on the CHD, PAD, stroke or TIA register, or CKD stage 3 to 5 (CKD_COD with no
 *     later stage 1-2 code) from age {@code ckdAgeMin} (18). Diabetes is not excluded (the QOF
 *     exclusion is an accounting rule, spec design decision).</li>
 * <li>Trigger: no statin issued in the last {@code statinLookbackMonths} (6) months. If a statin was
 *     ever recorded as declined, contraindicated or not tolerated (statin-declined-or-unsuitable, U),
 *     it fires only if no alternative lipid-lowering therapy was issued in the last
 *     {@code alternativeLookbackMonths} (6) months.</li>
 * <li>Exclusions: haemorrhagic stroke ever (HSTRK_COD); pregnancy in the last
 *     {@code pregnancyLookback} (8.5 months, hazard H13); palliative care and GX.</li>
 * <li>Not implemented: "statin declined in the current QOF year and alternative declined" (no
 *     alternative-declined code list is loaded) and PREGDEL (a delivery does not end the pregnancy
 *     exclusion early).</li>
 * </ul>
 */
final class CvdWithoutLipidTherapy implements Rule {

    static final String ID = "R-LIP-01";

    private final CardiovascularParameters.Lipids parameters;
    private final CardiovascularQueries queries;
    private final CodeSet ckd35;
    private final CodeSet ckd12;
    private final CodeSet haemorrhagicStroke;
    private final CodeSet statins;
    private final CodeSet alternatives;
    private final CodeSet statinUnsuitable;
    private final Pregnancy pregnancy;
    private final GlobalExclusions exclusions;

    CvdWithoutLipidTherapy(CardiovascularParameters.Lipids parameters, CardiovascularQueries queries, CodeSet ckd35,
                           CodeSet ckd12, CodeSet haemorrhagicStroke, CodeSet statins, CodeSet alternatives,
                           CodeSet statinUnsuitable, Pregnancy pregnancy, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.queries = queries;
        this.ckd35 = ckd35;
        this.ckd12 = ckd12;
        this.haemorrhagicStroke = haemorrhagicStroke;
        this.statins = statins;
        this.alternatives = alternatives;
        this.statinUnsuitable = statinUnsuitable;
        this.pregnancy = pregnancy;
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
        return CardiovascularQueries.CODED_EVENT_AND_MEDICATION_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        if (exclusions.excludesPreventive(record, asOf)) {
            return Optional.empty();
        }
        Optional<String> condition = queries.establishedCvd(record, asOf).map(CardiovascularQueries.Register::name);
        if (condition.isEmpty() && record.demographics().ageOn(asOf) >= parameters.ckdAgeMin()
                && RecordQueries.onRegister(record, ckd35, ckd12, asOf)) {
            condition = Optional.of("Chronic kidney disease stage 3 to 5");
        }
        if (condition.isEmpty()
                || CardiovascularQueries.anyEver(record, haemorrhagicStroke, asOf)
                || pregnancy.recordedAfter(record, asOf.minus(parameters.pregnancyLookback()), asOf).isPresent()
                || RecordQueries.medicationWithinMonths(record, statins, asOf, parameters.statinLookbackMonths())) {
            return Optional.empty();
        }
        Optional<LocalDate> unsuitable = CardiovascularQueries.latestUpTo(record, statinUnsuitable, asOf);
        if (unsuitable.isPresent() && RecordQueries.medicationWithinMonths(record, alternatives, asOf,
                parameters.alternativeLookbackMonths())) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Condition", condition.get()));
        CardiovascularQueries.lastMedication(record, statins, asOf).ifPresentOrElse(
                last -> evidence.add(Evidence.dated("Last statin issued", last)),
                () -> evidence.add(Evidence.statement("No statin issue found in the record")));
        unsuitable.ifPresent(d -> evidence.add(Evidence.dated("Statin declined, contraindicated or not tolerated", d)));
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(parameters.statinLookbackMonths())));
        return Optional.of(new Finding(ID, evidence));
    }
}
