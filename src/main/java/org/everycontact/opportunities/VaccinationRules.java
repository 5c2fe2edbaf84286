package org.everycontact.opportunities;

import java.util.List;
import java.util.Optional;
import org.everycontact.cohorts.Pregnancy;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * Builds the vaccination rules (clinical-spec §6.5) and the respiratory bundle (§6.8) from their
 * parameters and code lists: the one place they are wired, for the finder and for rule tests on
 * other as-of dates.
 */
final class VaccinationRules {

    private VaccinationRules() {
    }

    static List<Rule> all(VaccineParameters parameters, ValueSetLibrary valueSets, GlobalExclusions exclusions) {
        Campaigns campaigns = new Campaigns(parameters.campaigns());
        Vaccinations vaccinations = new Vaccinations(valueSets.get(ValueSetId.IMMUNISATION_CONTRAINDICATED));
        ClinicalRiskGroups riskGroups = new ClinicalRiskGroups(valueSets, parameters.asthmaSteroidMonths());
        int declinedMonths = parameters.onceOnlyDeclinedMonths();
        Rule flu = new SeasonalFluVaccination(parameters.flu(), campaigns, vaccinations,
                programme(valueSets, ValueSetId.FLU_VACCINATION, ValueSetId.FLU_VACCINATION_DECLINED), riskGroups,
                new Pregnancy(valueSets.get(ValueSetId.PREGNANCY), valueSets.get(ValueSetId.PREGNANCY_ENDED)),
                valueSets.get(ValueSetId.CARE_HOME),
                valueSets.get(ValueSetId.CARER), valueSets.get(ValueSetId.NOT_CARER), exclusions);
        Rule covid = new CovidVaccination(parameters.covid(), campaigns, vaccinations,
                programme(valueSets, ValueSetId.COVID_VACCINATION, ValueSetId.COVID_VACCINATION_DECLINED), riskGroups,
                valueSets.get(ValueSetId.CARE_HOME), exclusions);
        Rule pneumococcal = new PneumococcalVaccination(parameters.pneumococcal(), declinedMonths, vaccinations,
                programme(valueSets, ValueSetId.PNEUMOCOCCAL_VACCINATION, ValueSetId.PNEUMOCOCCAL_VACCINATION_DECLINED),
                riskGroups, exclusions);
        return List.of(
                new RespiratoryVaccinationBundle(List.of(
                        new RespiratoryVaccinationBundle.Bundled(flu, "flu"),
                        new RespiratoryVaccinationBundle.Bundled(covid, "COVID-19"),
                        new RespiratoryVaccinationBundle.Bundled(pneumococcal, "pneumococcal")), riskGroups),
                flu, covid, pneumococcal,
                new ShinglesVaccination(parameters.shingles(), declinedMonths, vaccinations,
                        programme(valueSets, ValueSetId.SHINGLES_VACCINATION, ValueSetId.SHINGLES_VACCINATION_DECLINED),
                        new Vaccinations.Programme(valueSets.get(ValueSetId.SHINGLES_LIVE_VACCINATION), Optional.empty()),
                        riskGroups, exclusions),
                new RsvVaccination(parameters.rsv(), declinedMonths, vaccinations,
                        new Vaccinations.Programme(valueSets.get(ValueSetId.RSV_VACCINATION), Optional.empty()),
                        valueSets.get(ValueSetId.CARE_HOME), exclusions));
    }

    private static Vaccinations.Programme programme(ValueSetLibrary valueSets, ValueSetId given, ValueSetId declined) {
        return new Vaccinations.Programme(valueSets.get(given), Optional.of(valueSets.get(declined)));
    }
}
