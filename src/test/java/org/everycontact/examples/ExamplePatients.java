package org.everycontact.examples;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.everycontact.support.TestPatient;

/**
 * The example patients of fhir-profiles/examples, described compactly: for every rule a patient it
 * fires for and its nearest neighbour that it does not (one fact different), then Core20 and not, each
 * IMD edition, a Welsh and a Scottish postcode and no fixed abode. Each adult also holds the routine
 * records a well-kept record of that age holds (a blood pressure, screening, vaccines...), so that only
 * the rule the example is about fires; the example leaves out the routine record it is about.
 * Conditions, procedures and most observations are coded in SNOMED CT and medicines in dm+d, as UK GP
 * systems send them; the {@code -loinc-} examples and the type 2 diabetes children have LOINC
 * observations; vaccines given as Immunizations are CVX-coded (the {@code -cvx-} examples are about
 * them), those recorded as procedures SNOMED CT (the shingles, RSV and children's examples).
 */
public final class ExamplePatients {

    private static final String SNOMED = TestPatient.SNOMED;
    private static final String LOINC = TestPatient.LOINC;
    private static final String CVX = "http://hl7.org/fhir/sid/cvx";
    private static final String DMD = "https://dmd.nhs.uk";
    private static final String IMD2019 = "IMD2019";
    private static final String IMD2025 = "IMD2025";
    /** The spring 2026 COVID-19 campaign (13 Apr to 30 Jun 2026): no autumn 2026 campaign is configured. */
    private static final LocalDate COVID_SPRING = LocalDate.parse("2026-05-15");

    private static final String ESSENTIAL_HYPERTENSION = "59621000";
    private static final String HOME_SYSTOLIC = "413606001";
    private static final String HOME_DIASTOLIC = "413605002";
    private static final String CHD = "53741008";
    private static final String ATORVASTATIN_20MG = "320030001";
    private static final String LDL = "1022191000000100";
    private static final String QRISK3 = "1085871000000105";
    private static final String HEALTH_CHECK_COMPLETED = "523221000000100";
    private static final String SCHIZOPHRENIA = "58214004";
    private static final String NEVER_SMOKED = "266919005";
    private static final String SMOKER = "77176002";
    private static final String SMOKING_CESSATION_EDUCATION = "225323000";
    private static final String BMI = "60621009";
    private static final String AUDIT_C = "763256006";
    private static final String NON_DRINKER = "105542008";
    private static final String GPPAQ_ACTIVE = "366241000000106";
    private static final String COPD = "13645005";
    private static final String COPD_RESOLVED = "394703002";
    private static final String FIT_NORMAL = "1101361000000103";
    private static final String SCREENING_MAMMOGRAPHY = "24623002";
    private static final String SMEAR_NEGATIVE = "269958004";
    private static final String PREGNANT = "77386006";
    private static final String ASTHMA = "195967001";
    private static final String SALBUTAMOL_INHALER = "35936511000001108";
    private static final String BECLOMETASONE_INHALER = "320537007";
    private static final String TYPE_1 = "46635009";
    private static final String TYPE_2 = "44054006";
    private static final String HBA1C_IFCC = "999791000000106";
    private static final String URINE_ACR = "1023491000000104";
    private static final String EPILEPSY = "84757009";
    private static final String LEARNING_DISABILITY = "110359009";
    private static final String RSV_GIVEN = "1303503001";
    private static final String FLU_INTRANASAL = "884861000000100";
    private static final String SHINGRIX_FIRST = "1326101000000105";
    private static final String SHINGRIX_SECOND = "1326111000000107";
    private static final String PNEUMOCOCCAL_GIVEN = "170337005";
    private static final String FLU_CVX = "140";
    private static final String PPV23_CVX = "33";
    private static final String PCV20_CVX = "216";
    private static final String COVID_CVX = "208";
    private static final String LOINC_HBA1C = "4548-4";
    private static final String LOINC_BMI = "39156-5";

    /** M15 4AG, M15 4AD, M15 4AJ (Trafford postcodes, LSOA 2021): IMD2025 deciles 1, 2 and 3. */
    private static final String DECILE_1 = "M15 4AG";
    private static final String DECILE_2 = "M15 4AD";
    private static final String DECILE_3 = "M15 4AJ";
    /** M16 0EU (Trafford, LSOA 2021 E01006146): IMD2025 decile 7, where the examples not about place live. */
    private static final String DECILE_7 = "M16 0EU";

    private final List<ExamplePatient> examples = new ArrayList<>();

    private ExamplePatients() {
    }

    public static List<ExamplePatient> all() {
        ExamplePatients catalogue = new ExamplePatients();
        catalogue.bloodPressure();
        catalogue.lipids();
        catalogue.healthChecks();
        catalogue.vaccinations();
        catalogue.lifestyle();
        catalogue.screening();
        catalogue.maternity();
        catalogue.children();
        catalogue.places();
        return List.copyOf(catalogue.examples);
    }

    private void bloodPressure() {
        ExamplePatient htn01 = example("r-htn-01-raised-clinic-bp", "Aged 52, clinic BP 152/94 on 3 Mar 2026 and no "
                        + "diagnosis, home or ambulatory BP since.", Expectation.fires("R-HTN-01"),
                person(Sex.MALE, "1974-01-01", Routine.BLOOD_PRESSURE).bloodPressure("2026-03-03T09:15:00Z", 152, 94));
        neighbour(htn01, "r-htn-01-home-bp-since", "As r-htn-01-raised-clinic-bp, with a home BP average 128/80 on "
                        + "20 Mar 2026: followed up.", Expectation.fires(),
                home(person(Sex.MALE, "1974-01-01", Routine.BLOOD_PRESSURE).bloodPressure("2026-03-03T09:15:00Z", 152, 94),
                        "2026-03-20T08:00:00Z", 128, 80));
        ExamplePatient htn01Loinc = example("r-htn-01-loinc-raised-clinic-bp", "Aged 52, a LOINC blood pressure "
                        + "panel (85354-9) 152/94 on 3 Mar 2026 and nothing since.", Expectation.fires("R-HTN-01"),
                person(Sex.FEMALE, "1974-01-01", Routine.BLOOD_PRESSURE).loincBloodPressure("2026-03-03T09:15:00Z", 152, 94));
        neighbour(htn01Loinc, "r-htn-01-loinc-normal-clinic-bp", "As r-htn-01-loinc-raised-clinic-bp, but the "
                        + "reading is 138/88: below 140/90.", Expectation.fires(),
                person(Sex.FEMALE, "1974-01-01", Routine.BLOOD_PRESSURE).loincBloodPressure("2026-03-03T09:15:00Z", 138, 88));

        ExamplePatient htn02 = example("r-htn-02-severe-bp-today", "Aged 52, clinic BP 186/122 on 26 Nov 2026 "
                        + "(the as-of date): the severe reading warning, and raised without follow-up.", Expectation.fires("R-HTN-01", "R-HTN-02"),
                person(Sex.MALE, "1974-01-01", Routine.BLOOD_PRESSURE).bloodPressure("2026-11-26T09:00:00Z", 186, 122));
        neighbour(htn02, "r-htn-02-severe-bp-stale", "As r-htn-02-severe-bp-today, but the reading was 16 days ago "
                        + "(10 Nov 2026): older than 14 days is stale, no warning; still raised without follow-up.",
                Expectation.fires("R-HTN-01"),
                person(Sex.MALE, "1974-01-01", Routine.BLOOD_PRESSURE).bloodPressure("2026-11-10T09:00:00Z", 186, 122));

        ExamplePatient htn03 = example("r-htn-03-no-bp-in-5-years", "Aged 46, last blood pressure 1 Jun 2020, "
                        + "more than 5 years ago.", Expectation.fires("R-HTN-03"),
                person(Sex.MALE, "1980-06-01", Routine.BLOOD_PRESSURE).bloodPressure("2020-06-01T10:00:00Z", 128, 82));
        neighbour(htn03, "r-htn-03-bp-within-5-years", "As r-htn-03-no-bp-in-5-years, but the last blood pressure "
                        + "was on 1 Dec 2021, within 5 years.", Expectation.fires(),
                person(Sex.MALE, "1980-06-01", Routine.BLOOD_PRESSURE).bloodPressure("2021-12-01T10:00:00Z", 128, 82));

        ExamplePatient htn04 = example("r-htn-04-home-bp-above-target", "Aged 70 on the hypertension register, "
                        + "home BP average 138/84 on 1 Sep 2026: above the home target 135/85.",
                Expectation.fires("R-HTN-04"), home(hypertensive("1956-06-01"), "2026-09-01T08:00:00Z", 138, 84));
        neighbour(htn04, "r-htn-04-home-bp-at-target", "As r-htn-04-home-bp-above-target, but the home average is "
                        + "132/82: at target.", Expectation.fires(),
                home(hypertensive("1956-06-01"), "2026-09-01T08:00:00Z", 132, 82));
    }

    private void lipids() {
        ExamplePatient lip01 = example("r-lip-01-chd-no-statin", "Aged 66 with coronary heart disease, LDL 1.8 "
                        + "mmol/L, no statin issued in 6 months.", Expectation.fires("R-LIP-01"),
                chd().observation(SNOMED, LDL, "2026-05-14T09:00:00Z", 1.8, "mmol/L"));
        neighbour(lip01, "r-lip-01-chd-on-statin", "As r-lip-01-chd-no-statin, with atorvastatin issued on "
                        + "1 Nov 2026.", Expectation.fires(),
                chdOnStatin().observation(SNOMED, LDL, "2026-05-14T09:00:00Z", 1.8, "mmol/L"));

        ExamplePatient lip02 = example("r-lip-02-ldl-above-target", "Aged 66 with coronary heart disease on a "
                        + "statin, LDL 2.1 mmol/L on 14 May 2026: above 2.0.", Expectation.fires("R-LIP-02"),
                chdOnStatin().observation(SNOMED, LDL, "2026-05-14T09:00:00Z", 2.1, "mmol/L"));
        neighbour(lip02, "r-lip-02-ldl-at-target", "As r-lip-02-ldl-above-target, but LDL 2.0 mmol/L: equal to "
                        + "the target is at target.", Expectation.fires(),
                chdOnStatin().observation(SNOMED, LDL, "2026-05-14T09:00:00Z", 2.0, "mmol/L"));

        ExamplePatient lab = example("dq-lab-unit-ldl-in-percent", "Aged 66 with coronary heart disease on a "
                        + "statin, LDL 3.1 recorded with the unit \"%\": named as unreadable, not judged against the "
                        + "target.", Expectation.fires("DQ-LAB-UNIT"),
                chdOnStatin().observation(SNOMED, LDL, "2026-05-01T09:00:00Z", 3.1, "%"));
        neighbour(lab, "dq-lab-unit-ldl-in-mmol", "As dq-lab-unit-ldl-in-percent, but the unit is mmol/L: read, "
                        + "and above target.", Expectation.fires("R-LIP-02"),
                chdOnStatin().observation(SNOMED, LDL, "2026-05-01T09:00:00Z", 3.1, "mmol/L"));

        ExamplePatient lip03 = example("r-lip-03-qrisk-no-statin", "Aged 60, no CVD, QRISK3 12.4% on 10 Jun 2025, "
                        + "no statin.", Expectation.fires("R-LIP-03"),
                person(Sex.MALE, "1966-06-01").observation(SNOMED, QRISK3, "2025-06-10T10:00:00Z", 12.4, "%"));
        neighbour(lip03, "r-lip-03-qrisk-below-10", "As r-lip-03-qrisk-no-statin, but QRISK3 9.6%: below 10%.",
                Expectation.fires(),
                person(Sex.MALE, "1966-06-01").observation(SNOMED, QRISK3, "2025-06-10T10:00:00Z", 9.6, "%"));
    }

    private void healthChecks() {
        ExamplePatient nhc = example("r-nhc-01-health-check-due", "Aged 45, no exclusions, no NHS Health Check "
                        + "or risk assessment in 5 years.", Expectation.fires("R-NHC-01"),
                person(Sex.MALE, "1981-06-01", Routine.HEALTH_CHECK));
        neighbour(nhc, "r-nhc-01-health-check-done", "As r-nhc-01-health-check-due, with a Health Check completed "
                        + "on 1 Jun 2022.", Expectation.fires(),
                person(Sex.MALE, "1981-06-01", Routine.HEALTH_CHECK).codedEvent(SNOMED, HEALTH_CHECK_COMPLETED, "2022-06-01"));

        ExamplePatient smi = example("r-smi-01-no-hba1c", "Aged 46 with schizophrenia: BMI, blood pressure, "
                        + "smoking, alcohol and a lipid result in the last 12 months, but no HbA1c or glucose.",
                Expectation.fires("R-SMI-01"),
                schizophreniaWithoutHba1c());
        neighbour(smi, "r-smi-01-all-six-checks", "As r-smi-01-no-hba1c, with HbA1c 38 mmol/mol on 1 Sep 2026.",
                Expectation.fires(),
                schizophreniaWithoutHba1c().observation(SNOMED, HBA1C_IFCC, "2026-09-01T09:00:00Z", 38, "mmol/mol"));
    }

    /** Aged 46 with schizophrenia: five of the six SMI physical health checks in 12 months, not HbA1c. */
    private static TestPatient schizophreniaWithoutHba1c() {
        return person(Sex.MALE, "1980-04-04").condition(SNOMED, SCHIZOPHRENIA, "2012-05-01")
                .observation(SNOMED, LDL, "2026-09-01T09:00:00Z", 2.4, "mmol/L");
    }

    private void vaccinations() {
        ExamplePatient resp = example("r-resp-01-copd-vaccines-due", "Aged 40 with COPD, no flu vaccine this "
                        + "season and no pneumococcal vaccine: one respiratory bundle finding.",
                Expectation.fires("R-RESP-01"),
                person(Sex.MALE, "1986-01-01").condition(SNOMED, COPD, "2019-03-01"));
        neighbour(resp, "r-resp-01-copd-resolved", "As r-resp-01-copd-vaccines-due, with COPD resolved on "
                        + "1 Mar 2024: in no clinical risk group.", Expectation.fires(),
                person(Sex.MALE, "1986-01-01").condition(SNOMED, COPD, "2019-03-01")
                        .codedEvent(SNOMED, COPD_RESOLVED, "2024-03-01"));

        ExamplePatient flu = example("r-vac-flu-01-cvx-no-flu-vaccine", "Aged 67, no flu vaccine since the "
                        + "2026/27 campaign opened (vaccines coded in CVX).", Expectation.fires("R-VAC-FLU-01"),
                person(Sex.FEMALE, "1959-06-01", Routine.FLU));
        neighbour(flu, "r-vac-flu-01-cvx-flu-vaccine-given", "As r-vac-flu-01-cvx-no-flu-vaccine, with a flu "
                        + "vaccine (CVX 140) on 12 Oct 2026.", Expectation.fires(),
                person(Sex.FEMALE, "1959-06-01", Routine.FLU).immunization(CVX, FLU_CVX, "2026-10-12"));

        ExamplePatient covid = example("r-vac-cov-01-no-covid-vaccine", "On 15 May 2026, in the spring 2026 "
                        + "campaign: aged 76, no COVID-19 vaccine since it opened on 13 Apr 2026.",
                Expectation.fires("R-VAC-COV-01").on(COVID_SPRING), person(Sex.MALE, "1950-01-01", COVID_SPRING));
        neighbour(covid, "r-vac-cov-01-covid-vaccine-given", "As r-vac-cov-01-no-covid-vaccine, with a COVID-19 "
                        + "vaccine (CVX 208) on 20 Apr 2026.", Expectation.fires().on(COVID_SPRING),
                person(Sex.MALE, "1950-01-01", COVID_SPRING).immunization(CVX, COVID_CVX, "2026-04-20"));

        ExamplePatient pneumo = example("r-vac-pneu-01-cvx-no-pneumococcal", "Aged 67, no pneumococcal vaccine "
                        + "(vaccines coded in CVX).", Expectation.fires("R-VAC-PNEU-01"),
                person(Sex.FEMALE, "1959-06-01", Routine.PNEUMOCOCCAL));
        neighbour(pneumo, "r-vac-pneu-01-cvx-ppv23-given", "As r-vac-pneu-01-cvx-no-pneumococcal, with PPV23 "
                        + "(CVX 33) on 1 Sep 2025, after the 65th birthday.", Expectation.fires(),
                person(Sex.FEMALE, "1959-06-01", Routine.PNEUMOCOCCAL).immunization(CVX, PPV23_CVX, "2025-09-01"));

        ExamplePatient shingles = example("r-vac-shg-01-turned-65-no-shingrix", "Turned 65 on 1 May 2025 (after "
                        + "1 Sep 2023), no Shingrix (vaccines coded in SNOMED CT).", Expectation.fires("R-VAC-SHG-01"),
                person(Sex.MALE, "1960-05-01", Routine.SHINGLES));
        neighbour(shingles, "r-vac-shg-01-turned-65-before-2023", "As r-vac-shg-01-turned-65-no-shingrix, but "
                        + "born two years earlier: turned 65 on 1 May 2023, before the programme's 1 Sep 2023 "
                        + "cohort, and not yet 70.", Expectation.fires(),
                person(Sex.MALE, "1958-05-01", Routine.SHINGLES));

        ExamplePatient rsv = example("r-vac-rsv-01-no-rsv-vaccine", "Aged 82, no RSV vaccine.",
                Expectation.fires("R-VAC-RSV-01"), person(Sex.FEMALE, "1944-05-05", Routine.RSV));
        neighbour(rsv, "r-vac-rsv-01-rsv-vaccine-given", "As r-vac-rsv-01-no-rsv-vaccine, with the RSV vaccine "
                        + "(SNOMED CT procedure) on 1 Sep 2026.", Expectation.fires(),
                person(Sex.FEMALE, "1944-05-05", Routine.RSV).procedure(SNOMED, RSV_GIVEN, "2026-09-01"));
    }

    private void lifestyle() {
        ExamplePatient smoking = example("r-mecc-smk-01-smoker-no-support", "Aged 40, current smoker recorded on "
                        + "1 Jun 2026, no stop-smoking support in 24 months.", Expectation.fires("R-MECC-SMK-01"),
                person(Sex.MALE, "1986-01-01", Routine.SMOKING).codedEvent(SNOMED, SMOKER, "2026-06-01"));
        neighbour(smoking, "r-mecc-smk-01-smoker-supported", "As r-mecc-smk-01-smoker-no-support, with smoking "
                        + "cessation education on 1 Jun 2026.", Expectation.fires(),
                person(Sex.MALE, "1986-01-01", Routine.SMOKING).codedEvent(SNOMED, SMOKER, "2026-06-01")
                        .procedure(SNOMED, SMOKING_CESSATION_EDUCATION, "2026-06-01"));

        ExamplePatient alcohol = example("r-mecc-alc-01-audit-c-positive", "Aged 46, AUDIT-C 7 on 15 Jan 2026 "
                        + "and no full AUDIT since.", Expectation.fires("R-MECC-ALC-01"),
                person(Sex.MALE, "1980-06-15", Routine.ALCOHOL).observation(SNOMED, AUDIT_C, "2026-01-15", 7, "{score}"));
        neighbour(alcohol, "r-mecc-alc-01-audit-c-negative", "As r-mecc-alc-01-audit-c-positive, but AUDIT-C 4: "
                        + "below 5.", Expectation.fires(),
                person(Sex.MALE, "1980-06-15", Routine.ALCOHOL).observation(SNOMED, AUDIT_C, "2026-01-15", 4, "{score}"));

        ExamplePatient weight = example("r-mecc-wt-01-bmi-28-black-african", "Aged 46, BMI 28 on 1 Apr 2026, "
                        + "ethnic category N (Black African): at or above the 27.5 threshold.",
                Expectation.fires("R-MECC-WT-01"),
                person(Sex.MALE, "1980-06-15", Routine.WEIGHT).ethnicCategory("N")
                        .observation(SNOMED, BMI, "2026-04-01", 28, "kg/m2"));
        neighbour(weight, "r-mecc-wt-01-bmi-28-white-british", "As r-mecc-wt-01-bmi-28-black-african, but ethnic "
                        + "category A (White British): below the 30 threshold.", Expectation.fires(),
                person(Sex.MALE, "1980-06-15", Routine.WEIGHT).ethnicCategory("A")
                        .observation(SNOMED, BMI, "2026-04-01", 28, "kg/m2"));

        ExamplePatient activity = example("r-mecc-pa-01-activity-not-recorded", "Aged 31, last physical activity "
                        + "status on 26 Nov 2023, 36 months ago.", Expectation.fires("R-MECC-PA-01"),
                person(Sex.MALE, "1995-01-01", Routine.ACTIVITY).codedEvent(SNOMED, GPPAQ_ACTIVE, "2023-11-26"));
        neighbour(activity, "r-mecc-pa-01-activity-recorded", "As r-mecc-pa-01-activity-not-recorded, but the "
                        + "status was recorded on 10 Jan 2024, within 36 months.", Expectation.fires(),
                person(Sex.MALE, "1995-01-01", Routine.ACTIVITY).codedEvent(SNOMED, GPPAQ_ACTIVE, "2024-01-10"));
    }

    private void screening() {
        ExamplePatient bowel = example("r-scr-bow-01-no-bowel-screening", "Man aged 56, no bowel screening "
                        + "result.", Expectation.fires("R-SCR-BOW-01"),
                person(Sex.MALE, "1970-03-01", Routine.BOWEL_SCREENING));
        neighbour(bowel, "r-scr-bow-01-fit-normal", "As r-scr-bow-01-no-bowel-screening, with a normal FIT "
                        + "result on 1 Jun 2025.", Expectation.fires(),
                person(Sex.MALE, "1970-03-01", Routine.BOWEL_SCREENING).codedEvent(SNOMED, FIT_NORMAL, "2025-06-01"));

        ExamplePatient breast = example("r-scr-bre-01-mammogram-overdue", "Woman aged 55, last mammogram "
                        + "10 Jan 2022.", Expectation.fires("R-SCR-BRE-01"),
                person(Sex.FEMALE, "1971-05-10", Routine.BREAST_SCREENING)
                        .codedEvent(SNOMED, SCREENING_MAMMOGRAPHY, "2022-01-10"));
        neighbour(breast, "r-scr-bre-01-mammogram-in-interval", "As r-scr-bre-01-mammogram-overdue, but the last "
                        + "mammogram was on 10 Jan 2024.", Expectation.fires(),
                person(Sex.FEMALE, "1971-05-10", Routine.BREAST_SCREENING)
                        .codedEvent(SNOMED, SCREENING_MAMMOGRAPHY, "2024-01-10"));

        ExamplePatient cervical = example("r-scr-cer-01-no-cervical-screening", "Woman aged 30, no cervical "
                        + "screening result.", Expectation.fires("R-SCR-CER-01"),
                person(Sex.FEMALE, "1996-06-01", Routine.CERVICAL_SCREENING));
        neighbour(cervical, "r-scr-cer-01-smear-in-interval", "As r-scr-cer-01-no-cervical-screening, with a "
                        + "negative result on 10 Jan 2025.", Expectation.fires(),
                person(Sex.FEMALE, "1996-06-01", Routine.CERVICAL_SCREENING)
                        .codedEvent(SNOMED, SMEAR_NEGATIVE, "2025-01-10"));
    }

    private void maternity() {
        ExamplePatient ethnicity = example("r-mat-01-pregnant-black-caribbean", "Pregnant since 1 Sep 2026, "
                        + "ethnic category M (Black Caribbean), flu vaccine given.", Expectation.fires("R-MAT-01"),
                pregnant().ethnicCategory("M"));
        neighbour(ethnicity, "r-mat-01-pregnant-white-british", "As r-mat-01-pregnant-black-caribbean, but ethnic "
                        + "category A (White British), home in decile 7.", Expectation.fires(),
                pregnant().ethnicCategory("A"));

        ExamplePatient decile1 = example("r-mat-01-pregnant-imd-decile-1", "Pregnant since 1 Sep 2026, White "
                        + "British, home in an IMD2025 decile 1 neighbourhood (M15 4AG).",
                Expectation.fires("R-MAT-01").england(IMD2025, 1, true),
                pregnant().ethnicCategory("A").homePostcode(DECILE_1));
        neighbour(decile1, "r-mat-01-pregnant-imd-decile-2", "As r-mat-01-pregnant-imd-decile-1, but home in "
                        + "decile 2 (M15 4AD): Core20, but not the decile the continuity offer prioritises.",
                Expectation.fires().england(IMD2025, 2, true),
                pregnant().ethnicCategory("A").homePostcode(DECILE_2));
    }

    private void children() {
        ExamplePatient asthma = example("r-cyp-ast-01-four-relievers", "Aged 9 with asthma and a preventer, 4 "
                        + "salbutamol inhalers issued in 12 months; flu and pneumococcal vaccines given.",
                Expectation.fires("R-CYP-AST-01"), asthmaticChild(4));
        neighbour(asthma, "r-cyp-ast-01-two-relievers", "As r-cyp-ast-01-four-relievers, but 2 salbutamol "
                        + "inhalers: below the review threshold of 3.", Expectation.fires(), asthmaticChild(2));

        ExamplePatient type1 = example("r-cyp-dm-01-type-1-black-african", "Aged 12 with type 1 diabetes, ethnic "
                        + "category N (Black African), no insulin pump or rtCGM recorded.",
                Expectation.fires("R-CYP-DM-01"),
                vaccinatedChild("2014-02-01").ethnicCategory("N").condition(SNOMED, TYPE_1, "2020-01-01"));
        neighbour(type1, "r-cyp-dm-01-type-1-white-british", "As r-cyp-dm-01-type-1-black-african, but ethnic "
                        + "category A (White British), home in decile 7.", Expectation.fires(),
                vaccinatedChild("2014-02-01").ethnicCategory("A").condition(SNOMED, TYPE_1, "2020-01-01"));

        ExamplePatient type2 = example("r-cyp-dm-02-no-urine-acr", "Aged 15 with type 2 diabetes: HbA1c (LOINC), "
                        + "BMI (LOINC), blood pressure and smoking status in 12 months, no urine albumin:creatinine "
                        + "ratio.",
                Expectation.fires("R-CYP-DM-02"), type2Child());
        neighbour(type2, "r-cyp-dm-02-all-checks", "As r-cyp-dm-02-no-urine-acr, with a urine ACR on 1 May 2026.",
                Expectation.fires(),
                type2Child().observation(SNOMED, URINE_ACR, "2026-05-01", 1.2, "mg/mmol"));

        ExamplePatient epilepsy = example("r-cyp-epi-01-new-epilepsy-learning-disability", "Aged 14, epilepsy "
                        + "first coded 1 Mar 2026, learning disability.", Expectation.fires("R-CYP-EPI-01"),
                vaccinatedChild("2012-04-01").condition(SNOMED, EPILEPSY, "2026-03-01")
                        .condition(SNOMED, LEARNING_DISABILITY, "2021-01-01"));
        neighbour(epilepsy, "r-cyp-epi-01-epilepsy-over-a-year", "As r-cyp-epi-01-new-epilepsy-learning-disability, "
                        + "but epilepsy first coded on 1 Oct 2025: past the first year of care.", Expectation.fires(),
                vaccinatedChild("2012-04-01").condition(SNOMED, EPILEPSY, "2025-10-01")
                        .condition(SNOMED, LEARNING_DISABILITY, "2021-01-01"));

        ExamplePatient oral = example("r-cyp-oral-01-core20-child", "Aged 5, home in an IMD2025 decile 1 "
                        + "neighbourhood (M15 4AG): Core20.", Expectation.fires("R-CYP-ORAL-01").england(IMD2025, 1, true),
                child("2021-06-01").homePostcode(DECILE_1));
        neighbour(oral, "r-cyp-oral-01-decile-3-child", "As r-cyp-oral-01-core20-child, but home in decile 3 "
                        + "(M15 4AJ): not Core20.", Expectation.fires().england(IMD2025, 3, false),
                child("2021-06-01").homePostcode(DECILE_3));
    }

    private void places() {
        ExamplePatient imd2019 = example("imd2019-core20-child", "Under IMD2019: aged 5, home postcode SR2 7WY "
                        + "(LSOA 2011 E01008820, IMD2019 decile 2): Core20.",
                Expectation.fires("R-CYP-ORAL-01").england(IMD2019, 2, true), child("2021-06-01").homePostcode("SR2 7WY"));
        neighbour(imd2019, "imd2019-decile-3-child", "As imd2019-core20-child, but home postcode HR1 1AA "
                        + "(IMD2019 decile 3): not Core20.", Expectation.fires().england(IMD2019, 3, false),
                child("2021-06-01").homePostcode("HR1 1AA"));
        example("wales-child", "Aged 5, home postcode LD1 5AB in Wales: reported with WIMD 2025, never Core20.",
                Expectation.fires().devolved(IMD2025, "WIMD2025"), child("2021-06-01").homePostcode("LD1 5AB"));
        example("scotland-child", "Aged 5, home postcode DG1 1AA in Scotland: reported with SIMD 2020, never "
                        + "Core20.", Expectation.fires().devolved(IMD2025, "SIMD2020"),
                child("2021-06-01").homePostcode("DG1 1AA"));
        example("no-fixed-abode-child", "Aged 5, no fixed abode (pseudo-postcode ZZ99 3VZ): a prompt to check "
                        + "housing, no neighbourhood, not Core20.", Expectation.fires().withNoFixedAbode(IMD2025),
                child("2021-06-01").homePostcode("ZZ99 3VZ"));
        example("r-smi-01-no-hba1c-core20", "As r-smi-01-no-hba1c, but home in an IMD2025 decile 1 "
                        + "neighbourhood (M15 4AG): Core20 with severe mental illness (Core20PLUS5).",
                Expectation.fires("R-SMI-01").england(IMD2025, 1, true), schizophreniaWithoutHba1c().homePostcode(DECILE_1));
    }

    private ExamplePatient example(String name, String shows, Expectation expectation, TestPatient record) {
        ExamplePatient example = new ExamplePatient(name, shows, null, placed(expectation, record), record.id(name));
        examples.add(example);
        return example;
    }

    private void neighbour(ExamplePatient of, String name, String differs, Expectation expectation,
            TestPatient record) {
        examples.add(new ExamplePatient(name, differs, of.name(), placed(expectation, record), record.id(name)));
    }

    /** Every patient has a home postcode: unless the example is about the place, one no rule singles out. */
    private static Expectation placed(Expectation expectation, TestPatient record) {
        if (!record.patient().getAddress().isEmpty()) {
            return expectation;
        }
        record.homePostcode(DECILE_7);
        return expectation.england(IMD2025, 7, false);
    }

    private static TestPatient home(TestPatient patient, String when, int systolic, int diastolic) {
        return patient.observation(SNOMED, HOME_SYSTOLIC, when, systolic, "mm[Hg]")
                .observation(SNOMED, HOME_DIASTOLIC, when, diastolic, "mm[Hg]");
    }

    private static TestPatient hypertensive(String born) {
        return person(Sex.MALE, born, Routine.BLOOD_PRESSURE).condition(SNOMED, ESSENTIAL_HYPERTENSION, "2015-01-01");
    }

    private static TestPatient chd() {
        return person(Sex.MALE, "1960-01-01").condition(SNOMED, CHD, "2015-01-01");
    }

    private static TestPatient chdOnStatin() {
        return chd().medicationRequest(DMD, ATORVASTATIN_20MG, "2026-11-01");
    }

    private static TestPatient pregnant() {
        return person(Sex.FEMALE, "1994-04-01").condition(SNOMED, PREGNANT, "2026-09-01")
                .immunization(CVX, FLU_CVX, "2026-09-20");
    }

    /** A child under 10 with no records: the children's areas need none. */
    private static TestPatient child(String born) {
        return TestPatient.born(born).male();
    }

    /**
     * A child in a flu and pneumococcal clinical risk group, vaccinated: the nasal flu vaccine this season
     * and a pneumococcal vaccine, so that only the children's rule fires.
     */
    private static TestPatient vaccinatedChild(String born) {
        return child(born).procedure(SNOMED, FLU_INTRANASAL, "2026-09-20")
                .procedure(SNOMED, PNEUMOCOCCAL_GIVEN, "2022-03-01");
    }

    private static TestPatient asthmaticChild(int relievers) {
        TestPatient child = vaccinatedChild("2017-05-01").condition(SNOMED, ASTHMA, "2021-01-01")
                .medicationRequest(DMD, BECLOMETASONE_INHALER, "2026-06-01");
        String[] issued = {"2026-01-10", "2026-04-10", "2026-07-10", "2026-10-10"};
        for (int i = 0; i < relievers; i++) {
            child.medicationRequest(DMD, SALBUTAMOL_INHALER, issued[i]);
        }
        return child;
    }

    private static TestPatient type2Child() {
        return vaccinatedChild("2011-02-01").condition(SNOMED, TYPE_2, "2024-01-01")
                .codedEvent(SNOMED, NEVER_SMOKED, "2026-05-01")
                .observation(LOINC, LOINC_HBA1C, "2026-05-01", 52, "mmol/mol")
                .observation(LOINC, LOINC_BMI, "2026-05-01", 31.2, "kg/m2")
                .bloodPressure("2026-05-01T10:00:00Z", 118, 74);
    }

    enum Sex { FEMALE, MALE }

    /** Routine records a well-kept record holds for a person's age and sex, each of which quiets a rule. */
    enum Routine { BLOOD_PRESSURE, WEIGHT, SMOKING, ALCOHOL, ACTIVITY, HEALTH_CHECK, BOWEL_SCREENING,
        CERVICAL_SCREENING, BREAST_SCREENING, FLU, PNEUMOCOCCAL, SHINGLES, RSV }

    private static TestPatient person(Sex sex, String born, Routine... notDone) {
        return person(sex, born, Expectation.AS_OF, notDone);
    }

    /** An adult with the routine records of their age on {@code asOf}, but those {@code notDone}. */
    private static TestPatient person(Sex sex, String born, LocalDate asOf, Routine... notDone) {
        TestPatient patient = TestPatient.born(born);
        if (sex == Sex.MALE) {
            patient.male();
        }
        int age = Period.between(LocalDate.parse(born), asOf).getYears();
        Set<Routine> missing = notDone.length == 0 ? EnumSet.noneOf(Routine.class) : EnumSet.of(notDone[0], notDone);
        for (Routine routine : Routine.values()) {
            if (!missing.contains(routine) && due(routine, age, sex)) {
                record(patient, routine, asOf);
            }
        }
        return patient;
    }

    private static boolean due(Routine routine, int age, Sex sex) {
        return switch (routine) {
            case BLOOD_PRESSURE, WEIGHT, SMOKING, ALCOHOL, ACTIVITY -> age >= 18;
            case HEALTH_CHECK -> age >= 40 && age <= 74;
            case BOWEL_SCREENING -> age >= 50 && age <= 74;
            case CERVICAL_SCREENING -> sex == Sex.FEMALE && age >= 25 && age <= 64;
            case BREAST_SCREENING -> sex == Sex.FEMALE && age >= 53 && age <= 70;
            case FLU -> age >= 64;
            case PNEUMOCOCCAL -> age >= 65;
            case SHINGLES -> age >= 65 && age <= 79;
            case RSV -> age >= 75;
        };
    }

    /** Routine records are dated a few weeks to months before the as-of date. */
    private static void record(TestPatient patient, Routine routine, LocalDate asOf) {
        String recent = asOf.minusMonths(2).toString();
        switch (routine) {
            case BLOOD_PRESSURE -> patient.bloodPressure(recent + "T09:00:00Z", 124, 78);
            case WEIGHT -> patient.observation(SNOMED, BMI, recent, 22.5, "kg/m2");
            case SMOKING -> patient.codedEvent(SNOMED, NEVER_SMOKED, recent);
            case ALCOHOL -> patient.codedEvent(SNOMED, NON_DRINKER, recent);
            case ACTIVITY -> patient.codedEvent(SNOMED, GPPAQ_ACTIVE, recent);
            case HEALTH_CHECK -> patient.codedEvent(SNOMED, HEALTH_CHECK_COMPLETED, recent);
            case BOWEL_SCREENING -> patient.codedEvent(SNOMED, FIT_NORMAL, recent);
            case CERVICAL_SCREENING -> patient.codedEvent(SNOMED, SMEAR_NEGATIVE, asOf.minusMonths(22).toString());
            case BREAST_SCREENING -> patient.codedEvent(SNOMED, SCREENING_MAMMOGRAPHY, asOf.minusMonths(22).toString());
            case FLU -> patient.immunization(CVX, FLU_CVX, asOf.minusDays(45).toString());
            case PNEUMOCOCCAL -> patient.immunization(CVX, PCV20_CVX, recent);
            case SHINGLES -> patient.procedure(SNOMED, SHINGRIX_FIRST, asOf.minusMonths(14).toString())
                    .procedure(SNOMED, SHINGRIX_SECOND, asOf.minusMonths(8).toString());
            case RSV -> patient.procedure(SNOMED, RSV_GIVEN, recent);
        }
    }
}
