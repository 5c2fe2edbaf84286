package org.everycontact.opportunities;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.Pregnancy;
import org.everycontact.opportunities.VaccineParameters.Campaign;
import org.everycontact.opportunities.VaccineParameters.Programme;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-VAC-FLU-01 Seasonal influenza (clinical-spec §6.5; S16, Green Book ch.19).
 * <ul>
 * <li>Campaign: a signed-off flu campaign covers the as-of date (C6); children under
 *     {@code adultAge} and pregnant women from its early start (1 Sep 2026), adults from its start
 *     (1 Oct 2026), to its end (31 Mar 2027, U).</li>
 * <li>Population: (a) aged {@code eligibleAge} (65) or over on the campaign's age anchor (31 Mar 2027,
 *     U); (b) a clinical risk group ({@link ClinicalRiskGroups#flu}) from 6 months of age; (c) pregnant
 *     (pregnancy code in the last 9 months not ended by a delivery or pregnancy-loss code); (d) care home resident; (e) carer (CARER_COD not cancelled by a
 *     NOTCARER code on the same day or later, as the cohort finder reads it); (g) aged 2 or 3 on the
 *     child age anchor (31 Aug 2026). Not derivable: (f) household contacts of immunosuppressed people
 *     and frontline workers. School-age children outside these groups get no card: the school
 *     programme vaccinates them, and an info card the practice cannot act on adds alert fatigue (H08).</li>
 * <li>Trigger: no flu vaccination (FLU_COD in any setting; CVX 140, 141) since the campaign opened.</li>
 * <li>Exclusions: flu vaccination declined or contraindicated (FLUDEC_COD, §8.4) or any immunisation
 *     contraindicated since the campaign opened;
 *     GX deceased only: clinical-spec §6 GX limits the palliative care exclusion to other rules.</li>
 * </ul>
 * A patient in the respiratory bundle's population gets this finding inside R-RESP-01 instead.
 */
final class SeasonalFluVaccination implements Rule {

    static final String ID = "R-VAC-FLU-01";

    private final VaccineParameters.Flu parameters;
    private final Campaigns campaigns;
    private final Vaccinations vaccinations;
    private final Vaccinations.Programme flu;
    private final ClinicalRiskGroups riskGroups;
    private final Pregnancy pregnancy;
    private final CodeSet careHome;
    private final CodeSet carer;
    private final CodeSet notCarer;
    private final GlobalExclusions exclusions;

    SeasonalFluVaccination(VaccineParameters.Flu parameters, Campaigns campaigns, Vaccinations vaccinations,
                           Vaccinations.Programme flu, ClinicalRiskGroups riskGroups, Pregnancy pregnancy,
                           CodeSet careHome, CodeSet carer, CodeSet notCarer, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.campaigns = campaigns;
        this.vaccinations = vaccinations;
        this.flu = flu;
        this.riskGroups = riskGroups;
        this.pregnancy = pregnancy;
        this.careHome = careHome;
        this.carer = carer;
        this.notCarer = notCarer;
        this.exclusions = exclusions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.OTHER_VACCINE;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return Vaccinations.NEEDS_COMPLETE;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        Optional<Campaign> open = campaigns.covering(Programme.FLU, asOf);
        LocalDate born = record.demographics().birthDate();
        if (open.isEmpty() || born == null || exclusions.excludesAny(record)) {
            return Optional.empty();
        }
        Campaign campaign = open.get();
        int age = record.demographics().ageOn(asOf);
        boolean pregnant =
                pregnancy.recordedAfter(record, asOf.minusMonths(parameters.pregnancyMonths()), asOf).isPresent();
        List<String> eligibleAs = eligibility(record, campaign, asOf, pregnant);
        LocalDate startsFor = age < parameters.adultAge() || pregnant ? campaign.opens() : campaign.start();
        if (eligibleAs.isEmpty() || asOf.isBefore(startsFor)
                || Vaccinations.lastGiven(record, flu, asOf).filter(d -> !d.isBefore(campaign.opens())).isPresent()
                || vaccinations.lastDeclined(record, flu, asOf).filter(d -> !d.isBefore(campaign.opens())).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Flu season", campaign.label()));
        evidence.add(Evidence.dated("Flu season opened", campaign.opens()));
        evidence.add(Evidence.valued("Flu eligible as", String.join("; ", eligibleAs)));
        Vaccinations.lastGiven(record, flu, asOf).ifPresent(d -> evidence.add(Evidence.dated("Last flu vaccination", d)));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }

    private List<String> eligibility(PatientRecord record, Campaign campaign, LocalDate asOf, boolean pregnant) {
        List<String> reasons = new ArrayList<>();
        LocalDate born = record.demographics().birthDate();
        if (record.demographics().ageOn(campaign.ageAnchor()) >= campaign.eligibleAge()) {
            reasons.add("aged " + campaign.eligibleAge() + " or over by " + Vaccinations.display(campaign.ageAnchor()));
        }
        if (Period.between(born, asOf).toTotalMonths() >= parameters.riskGroupMinAgeMonths()) {
            reasons.addAll(riskGroups.flu(record, asOf, parameters));
        }
        if (pregnant) {
            reasons.add("pregnant");
        }
        if (RecordQueries.onRegister(record, careHome, asOf)) {
            reasons.add("living in a care home");
        }
        if (RecordQueries.onRegister(record, carer, notCarer, asOf)) {
            reasons.add("a carer");
        }
        campaign.childAgeAnchor().ifPresent(anchor -> {
            int childAge = record.demographics().ageOn(anchor);
            if (childAge >= parameters.childAgeMin() && childAge <= parameters.childAgeMax()) {
                reasons.add("aged " + childAge + " on " + Vaccinations.display(anchor));
            }
        });
        return reasons;
    }
}
