package org.everycontact.opportunities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.Code;
import org.everycontact.record.Completeness;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.Demographics;
import org.everycontact.record.FetchConfig;
import org.everycontact.record.FhirSupport;
import org.everycontact.record.ImmunizationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;
import org.junit.jupiter.api.Test;

/**
 * The vaccination rules on as-of dates other than the test profile's. The service takes its as-of
 * date from the clock (or the fixed {@code everycontact.as-of-date}), with no per-request override, so
 * these tests build the rules as the finder does ({@link VaccinationRules}), from the shipped
 * application.properties and ValueSets, and evaluate a built PatientRecord on each date: campaign
 * first and last days, dated eligibility changes (T-VAC-07) and campaigns switched by configuration (C6).
 * The vaccination rules do not read the cohort profile, so none is given.
 */
class VaccinationRulesOnOtherDatesTest {

    private static final String SNOMED = "http://snomed.info/sct";
    private static final String CVX = "http://hl7.org/fhir/sid/cvx";
    private static final String CAMPAIGNS = "everycontact.clinical.vaccines.campaigns.";
    private static final ValueSetLibrary VALUE_SETS = new ValueSetLibrary(
            new FhirSupport(config(Map.of()).getConfigMapping(FetchConfig.class)), Optional.empty());
    private static final Map<String, Rule> RULES = rules(Map.of());

    private static SmallRyeConfig config(Map<String, String> overrides) {
        try {
            return new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(
                            VaccinationRulesOnOtherDatesTest.class.getClassLoader().getResource("application.properties"),
                            250))
                    .withSources(new PropertiesConfigSource(overrides, "test overrides", 500))
                    .withConverter(Duration.class, 100, new DurationConverter())
                    .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                    .withMapping(FetchConfig.class)
                    .withMapping(VaccineParameters.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Rule> rules(Map<String, String> overrides) {
        VaccineParameters parameters = config(overrides).getConfigMapping(VaccineParameters.class);
        return VaccinationRules.all(parameters, VALUE_SETS, new GlobalExclusions(VALUE_SETS.get(ValueSetId.PALLIATIVE_CARE)))
                .stream().collect(Collectors.toMap(Rule::id, Function.identity()));
    }

    private static PatientRecord patient(String born, ConditionEntry... conditions) {
        return record(born, List.of(conditions), List.of());
    }

    private static PatientRecord record(String born, List<ConditionEntry> conditions, List<ImmunizationEntry> immunizations) {
        Map<ResourceKind, Completeness> complete = new EnumMap<>(ResourceKind.class);
        Arrays.stream(ResourceKind.values()).forEach(k -> complete.put(k, Completeness.complete(Completeness.Source.PREFETCH)));
        return new PatientRecord(new Demographics("pat-1", LocalDate.parse(born), "female", false, null, null, null),
                conditions, List.of(), immunizations, List.of(), List.of(), List.of(), complete, 0);
    }

    private static ConditionEntry condition(String code, String onset) {
        return new ConditionEntry(List.of(new Code(SNOMED, code, null)), "active", null, time(onset), null, null);
    }

    private static ImmunizationEntry given(String system, String code, String date) {
        return new ImmunizationEntry(List.of(new Code(system, code, null)), List.of(), "completed", List.of(), time(date));
    }

    private static ClinicalTime time(String date) {
        return new ClinicalTime(LocalDate.parse(date), null);
    }

    private static Optional<Finding> run(Map<String, Rule> rules, String ruleId, PatientRecord record, String asOf) {
        return rules.get(ruleId).evaluate(record, null, LocalDate.parse(asOf));
    }

    private static boolean fires(String ruleId, PatientRecord record, String asOf) {
        return run(RULES, ruleId, record, asOf).isPresent();
    }

    // R-VAC-RSV-01: 80 and over from 1 Apr 2026 (T-VAC-07, T-VAC-08; hazard H03)

    @Test
    void T_VAC_07_age82On15March2026GetsNoRsvCard() {
        assertFalse(fires(RsvVaccination.ID, patient("1944-01-10"), "2026-03-15"));
    }

    @Test
    void age82BecomesEligibleOnTheFirstOfApril2026() {
        assertFalse(fires(RsvVaccination.ID, patient("1944-01-10"), "2026-03-31"));
        assertTrue(fires(RsvVaccination.ID, patient("1944-01-10"), "2026-04-01"));
    }

    @Test
    void age77WasEligibleBeforeTheExtension() {
        assertTrue(fires(RsvVaccination.ID, patient("1949-01-10"), "2026-03-15"));
    }

    @Test
    void careHomeResidentUnder75BecomesEligibleWithTheExtension() {
        PatientRecord resident = patient("1960-01-01", condition("248171000000108", "2025-01-01"));
        assertFalse(fires(RsvVaccination.ID, resident, "2026-03-31"));
        assertTrue(fires(RsvVaccination.ID, resident, "2026-04-01"));
    }

    // R-VAC-FLU-01 campaign window 2026/27

    @Test
    void adultFluWindowIsFirstOfOctoberTo31stOfMarch() {
        PatientRecord age76 = patient("1950-03-03");
        assertFalse(fires(SeasonalFluVaccination.ID, age76, "2026-09-30"));
        assertTrue(fires(SeasonalFluVaccination.ID, age76, "2026-10-01"));
        assertTrue(fires(SeasonalFluVaccination.ID, age76, "2027-03-31"));
        assertFalse(fires(SeasonalFluVaccination.ID, age76, "2027-04-01"));
    }

    @Test
    void childrenAndPregnantWomenStartOnTheFirstOfSeptember() {
        PatientRecord age3 = patient("2023-01-15");
        assertFalse(fires(SeasonalFluVaccination.ID, age3, "2026-08-31"));
        assertTrue(fires(SeasonalFluVaccination.ID, age3, "2026-09-01"));
        PatientRecord pregnant = patient("1996-02-02", condition("77386006", "2026-07-01"));
        assertTrue(fires(SeasonalFluVaccination.ID, pregnant, "2026-09-01"));
        assertFalse(fires(SeasonalFluVaccination.ID, patient("1950-03-03"), "2026-09-01"));
    }

    @Test
    void noSignedOffFluCampaignMeansSilence() {
        Map<String, Rule> unsigned = rules(Map.of(CAMPAIGNS + "flu-2026-27.signed-off", "false"));
        assertTrue(run(unsigned, SeasonalFluVaccination.ID, patient("1950-03-03"), "2026-11-26").isEmpty());
    }

    // R-VAC-COV-01 campaigns (hazard H03, C6)

    @Test
    void spring2026CovidWindowIsThe13thOfAprilTo30thOfJune() {
        PatientRecord age86 = patient("1940-01-01");
        assertFalse(fires(CovidVaccination.ID, age86, "2026-04-12"));
        assertTrue(fires(CovidVaccination.ID, age86, "2026-04-13"));
        assertTrue(fires(CovidVaccination.ID, age86, "2026-06-30"));
        assertFalse(fires(CovidVaccination.ID, age86, "2026-07-01"));
    }

    @Test
    void covidAgeIsJudgedOnTheCampaignsAgeAnchor() {
        assertTrue(fires(CovidVaccination.ID, patient("1951-06-30"), "2026-05-01"));
        assertFalse(fires(CovidVaccination.ID, patient("1951-07-01"), "2026-05-01"));
    }

    @Test
    void covidVaccinationInTheCampaignMeansNoCard() {
        PatientRecord vaccinated = record("1940-01-01", List.of(), List.of(given(CVX, "208", "2026-04-20")));
        assertFalse(fires(CovidVaccination.ID, vaccinated, "2026-05-01"));
        PatientRecord lastAutumn = record("1940-01-01", List.of(), List.of(given(CVX, "208", "2025-10-20")));
        assertTrue(fires(CovidVaccination.ID, lastAutumn, "2026-05-01"));
    }

    @Test
    void immunosuppressedAndCareHomeResidentsAreEligible() {
        assertTrue(fires(CovidVaccination.ID, patient("1990-01-01", condition("370388006", "2024-01-01")), "2026-05-01"));
        assertTrue(fires(CovidVaccination.ID, patient("1960-01-01", condition("160734000", "2024-01-01")), "2026-05-01"));
        assertFalse(fires(CovidVaccination.ID, patient("1990-01-01"), "2026-05-01"));
    }

    @Test
    void autumn2025CampaignIsKeptAsHistory() {
        assertTrue(fires(CovidVaccination.ID, patient("1940-01-01"), "2025-12-01"));
    }

    @Test
    void unsignedCovidCampaignIsSilent() {
        Map<String, Rule> unsigned = rules(Map.of(CAMPAIGNS + "covid-spring-2026.signed-off", "false"));
        assertTrue(run(unsigned, CovidVaccination.ID, patient("1940-01-01"), "2026-05-01").isEmpty());
    }

    @Test
    void nextCovidCampaignIsAConfigurationChange() {
        assertFalse(fires(CovidVaccination.ID, patient("1940-01-01"), "2026-11-26"));
        Map<String, Rule> autumn2026 = rules(Map.of(
                CAMPAIGNS + "covid-autumn-2026.programme", "covid",
                CAMPAIGNS + "covid-autumn-2026.label", "autumn 2026",
                CAMPAIGNS + "covid-autumn-2026.start", "2026-10-01",
                CAMPAIGNS + "covid-autumn-2026.end", "2027-01-31",
                CAMPAIGNS + "covid-autumn-2026.age-anchor", "2027-01-31",
                CAMPAIGNS + "covid-autumn-2026.eligible-age", "75",
                CAMPAIGNS + "covid-autumn-2026.signed-off", "true"));
        Finding finding = run(autumn2026, CovidVaccination.ID, patient("1940-01-01"), "2026-11-26").orElseThrow();
        assertTrue(finding.evidence().contains(Evidence.valued("COVID-19 campaign", "autumn 2026")));
    }

    // R-RESP-01 outside the flu season

    @Test
    void copdInSpringBundlesCovidAndPneumococcalWithoutFlu() {
        PatientRecord copd = patient("1944-01-01", condition("13645005", "2015-01-01"));
        Finding finding = run(RULES, RespiratoryVaccinationBundle.ID, copd, "2026-05-01").orElseThrow();
        assertTrue(finding.evidence().contains(Evidence.valued("Vaccines due", "COVID-19, pneumococcal")));
        assertEquals(Set.of(SeasonalFluVaccination.ID, CovidVaccination.ID, PneumococcalVaccination.ID),
                RULES.get(RespiratoryVaccinationBundle.ID).supersedes());
    }

    // R-VAC-SHG-01 immunosuppressed cohort from 1 Sep 2025

    @Test
    void immunosuppressedAged30BecameEligibleOnTheFirstOfSeptember2025() {
        PatientRecord immunosuppressed = patient("1996-03-03", condition("38013005", "2024-01-10"));
        assertFalse(fires(ShinglesVaccination.ID, immunosuppressed, "2025-08-31"));
        assertTrue(fires(ShinglesVaccination.ID, immunosuppressed, "2025-09-01"));
    }
}
