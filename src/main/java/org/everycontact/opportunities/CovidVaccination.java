package org.everycontact.opportunities;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.opportunities.VaccineParameters.Campaign;
import org.everycontact.opportunities.VaccineParameters.Programme;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-VAC-COV-01 COVID-19 (clinical-spec §6.5; S18 spring 2026, S19 autumn 2025).
 * <ul>
 * <li>Campaign: a signed-off COVID-19 campaign covers the as-of date (C6). None is configured for
 *     autumn 2026, whose eligibility is unpublished (U), so the rule is silent then (T-VAC-13).</li>
 * <li>Population: aged {@code eligibleAge} (75) or over on the campaign's age anchor (end of campaign,
 *     U); care home resident (CAREHOME_COD; whether the home is for older adults is not recorded);
 *     immunosuppressed (IMMDX_COV) from 6 months of age.</li>
 * <li>Trigger: no COVID-19 vaccination since the campaign opened.</li>
 * <li>Exclusions: COVID-19 vaccination declined or contraindicated (COV1DECL, COVCONTRA, §8.4) or any
 *     immunisation contraindicated since the campaign opened;
 *     GX deceased only: clinical-spec §6 GX limits the palliative care exclusion to other rules.</li>
 * </ul>
 * A patient in the respiratory bundle's population gets this finding inside R-RESP-01 instead.
 */
final class CovidVaccination implements Rule {

    static final String ID = "R-VAC-COV-01";

    private final VaccineParameters.Covid parameters;
    private final Campaigns campaigns;
    private final Vaccinations vaccinations;
    private final Vaccinations.Programme covid;
    private final ClinicalRiskGroups riskGroups;
    private final CodeSet careHome;
    private final GlobalExclusions exclusions;

    CovidVaccination(VaccineParameters.Covid parameters, Campaigns campaigns, Vaccinations vaccinations,
                     Vaccinations.Programme covid, ClinicalRiskGroups riskGroups, CodeSet careHome,
                     GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.campaigns = campaigns;
        this.vaccinations = vaccinations;
        this.covid = covid;
        this.riskGroups = riskGroups;
        this.careHome = careHome;
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
        Optional<Campaign> open = campaigns.covering(Programme.COVID, asOf);
        LocalDate born = record.demographics().birthDate();
        if (open.isEmpty() || born == null || exclusions.excludesAny(record)) {
            return Optional.empty();
        }
        Campaign campaign = open.get();
        List<String> eligibleAs = new ArrayList<>();
        if (record.demographics().ageOn(campaign.ageAnchor()) >= campaign.eligibleAge()) {
            eligibleAs.add("aged " + campaign.eligibleAge() + " or over by " + Vaccinations.display(campaign.ageAnchor()));
        }
        if (RecordQueries.onRegister(record, careHome, asOf)) {
            eligibleAs.add("living in a care home");
        }
        if (Period.between(born, asOf).toTotalMonths() >= parameters.immunosuppressedMinAgeMonths()
                && riskGroups.immunosuppressed(record, asOf)) {
            eligibleAs.add("immunosuppression");
        }
        if (eligibleAs.isEmpty()
                || Vaccinations.lastGiven(record, covid, asOf).filter(d -> !d.isBefore(campaign.opens())).isPresent()
                || vaccinations.lastDeclined(record, covid, asOf).filter(d -> !d.isBefore(campaign.opens())).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("COVID-19 campaign", campaign.label()));
        evidence.add(Evidence.dated("COVID-19 campaign opened", campaign.opens()));
        evidence.add(Evidence.valued("COVID-19 eligible as", String.join("; ", eligibleAs)));
        Vaccinations.lastGiven(record, covid, asOf)
                .ifPresent(d -> evidence.add(Evidence.dated("Last COVID-19 vaccination", d)));
        evidence.add(Evidence.valued("Age", Integer.toString(record.demographics().ageOn(asOf))));
        return Optional.of(new Finding(ID, evidence));
    }
}
