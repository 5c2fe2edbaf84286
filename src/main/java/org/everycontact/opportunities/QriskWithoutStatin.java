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
 * R-LIP-03 Primary prevention: QRISK3 10% or more and not on a statin (clinical-spec §6.2; NICE
 * NG238 1.1.7; QS100 statement 3). EveryContact reads recorded scores and never computes QRISK.
 * <ul>
 * <li>Population: age {@code primaryAgeMin} to {@code primaryAgeMax} (25 to 84); no established
 *     CVD (CHD, PAD, stroke, TIA, haemorrhagic stroke); not type 1 diabetes, CKD stage 3 to 5 (the
 *     coded stand-in for eGFR below 60) or familial hypercholesterolaemia (exclusion list U).</li>
 * <li>Trigger: the latest QRISK score (qrisk-score, in percent) in the last
 *     {@code qriskLookbackMonths} (60) months at or above {@code qriskThreshold} (10); no statin
 *     issued in the last {@code statinLookbackMonths} (6) months; no statin declined or contraindicated
 *     code in the last {@code statinDeclinedMonths} (12) months.</li>
 * <li>Exclusions: pregnancy in the last {@code pregnancyLookback} (8.5 months); palliative care; GX.</li>
 * <li>Not implemented: eGFR values below 60 and albuminuria results (only the CKD register is read).</li>
 * </ul>
 */
final class QriskWithoutStatin implements Rule {

    static final String ID = "R-LIP-03";

    private final CardiovascularParameters.Lipids parameters;
    private final CardiovascularQueries queries;
    private final List<CodeSet> notApplicable;
    private final CodeSet ckd35;
    private final CodeSet ckd12;
    private final CodeSet qrisk;
    private final CodeSet statins;
    private final CodeSet statinUnsuitable;
    private final Pregnancy pregnancy;
    private final GlobalExclusions exclusions;

    /**
     * @param notApplicable registers besides CKD for which QRISK3 does not apply or another rule
     *                      manages lipids: haemorrhagic stroke, type 1 diabetes, familial hypercholesterolaemia
     * @param ckd35 CKD stage 3 to 5, ended by a later stage 1 or 2 code ({@code ckd12})
     */
    QriskWithoutStatin(CardiovascularParameters.Lipids parameters, CardiovascularQueries queries,
                       List<CodeSet> notApplicable, CodeSet ckd35, CodeSet ckd12, CodeSet qrisk, CodeSet statins, CodeSet statinUnsuitable,
                       Pregnancy pregnancy, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.queries = queries;
        this.notApplicable = List.copyOf(notApplicable);
        this.ckd35 = ckd35;
        this.ckd12 = ckd12;
        this.qrisk = qrisk;
        this.statins = statins;
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
        int age = record.demographics().ageOn(asOf);
        if (age < parameters.primaryAgeMin() || age > parameters.primaryAgeMax()
                || exclusions.excludesPreventive(record, asOf)
                || queries.establishedCvd(record, asOf).isPresent()
                || notApplicable.stream().anyMatch(codes -> RecordQueries.onRegister(record, codes, asOf))
                || RecordQueries.onRegister(record, ckd35, ckd12, asOf)) {
            return Optional.empty();
        }
        List<CardiovascularQueries.Score> scores = CardiovascularQueries.scores(record, qrisk, asOf);
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        CardiovascularQueries.Score latest = scores.get(scores.size() - 1);
        if (!RecordQueries.withinMonths(latest.date(), asOf, parameters.qriskLookbackMonths())
                || latest.percent().compareTo(parameters.qriskThreshold()) < 0
                || RecordQueries.medicationWithinMonths(record, statins, asOf, parameters.statinLookbackMonths())
                || RecordQueries.anyWithinMonths(record, statinUnsuitable, asOf, parameters.statinDeclinedMonths())
                || pregnancy.recordedAfter(record, asOf.minus(parameters.pregnancyLookback()), asOf).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("QRISK score", latest.percent().toPlainString() + "%", latest.date()));
        evidence.add(Evidence.valued("Threshold (%)", parameters.qriskThreshold().toPlainString()));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(parameters.statinLookbackMonths())));
        return Optional.of(new Finding(ID, evidence));
    }
}
