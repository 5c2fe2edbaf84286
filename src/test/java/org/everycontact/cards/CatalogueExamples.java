package org.everycontact.cards;

import java.util.List;
import java.util.Set;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The example patients of the card catalogue, mostly the clinical-spec §11 test vectors the rule
 * tests use. Each shows one card type; its record also holds the routine records that quiet other
 * rules (a recent blood pressure, screening, vaccines), but the one the example is about, so that
 * the card shown is not crowded out by others. As-of date 2026-11-26.
 */
public final class CatalogueExamples {

    /**
     * One example: the request an EHR would send and the card type (topic code) it shows, or
     * {@code null} for an example shown as its whole response (ranking, cap, merging).
     */
    public record Example(String topic, String title, CdsRequest request) {
    }

    /** M15 4AG: an LSOA in IMD2025 decile 1 in the shipped reference data. */
    static final String CORE20_POSTCODE = "M15 4AG";

    private static final String SNOMED = TestPatient.SNOMED;
    private static final String CVX = "http://hl7.org/fhir/sid/cvx";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String ESSENTIAL_HYPERTENSION = "59621000";
    private static final String HOME_SYSTOLIC = "413606001";
    private static final String HOME_DIASTOLIC = "413605002";
    private static final String CHD = "53741008";
    private static final String ATORVASTATIN = "83367";
    private static final String LDL = "1022191000000100";
    private static final String QRISK3 = "1085871000000105";
    private static final String HEALTH_CHECK_COMPLETED = "523221000000100";
    private static final String SCHIZOPHRENIA = "58214004";
    private static final String NEVER_SMOKED = "266919005";
    private static final String SMOKER = "77176002";
    private static final String BMI = "60621009";
    private static final String AUDIT_C = "763256006";
    private static final String AUDIT = "443280005";
    private static final String NON_DRINKER = "105542008";
    private static final String GPPAQ_ACTIVE = "366241000000106";
    private static final String COPD = "13645005";
    private static final String FIT_NORMAL = "1101361000000103";
    private static final String SCREENING_MAMMOGRAPHY = "24623002";
    private static final String PREGNANT = "77386006";
    private static final String ASTHMA = "195967001";
    private static final String ALBUTEROL = "435";
    private static final String BUDESONIDE = "19831";
    private static final String TYPE_1 = "46635009";
    private static final String TYPE_2 = "44054006";
    private static final String HBA1C_IFCC = "999791000000106";
    private static final String EPILEPSY = "84757009";
    private static final String LEARNING_DISABILITY = "110359009";
    private static final String RSV_GIVEN = "1303503001";
    private static final String FLU_CVX = "140";
    private static final String PCV20_CVX = "216";
    private static final String COVID_CVX = "208";
    private static final String SMEAR_NEGATIVE = "269958004";
    /** When the routine records were made: this year, after the flu campaign's early start. */
    private static final String ROUTINE_DAY = "2026-09-01";
    private static final String SHINGRIX_CVX = "187";

    /** Numbers the example patients: each has its own id, so no feedback on one (a snooze) reaches another. */
    private int sequence;

    private CatalogueExamples() {
    }

    public static List<Example> all() {
        return new CatalogueExamples().examples();
    }

    private List<Example> examples() {
        return List.of(
                example("R-HTN-02", "T-HTN-02: aged 52, clinic BP 186/122 today",
                        done(male("1974-01-01"), Routine.BLOOD_PRESSURE).bloodPressure("2026-11-26T09:00:00Z", 186, 122)),
                example("R-HTN-01", "T-HTN-01: aged 52, clinic BP 152/94 on 3 Mar 2026 and nothing since; "
                                + "home postcode in a Core20 neighbourhood",
                        done(male("1974-01-01"), Routine.BLOOD_PRESSURE).homePostcode(CORE20_POSTCODE)
                                .bloodPressure("2026-03-03T09:15:00Z", 152, 94)),
                example("R-HTN-03", "T-HTN-08: aged 46, last BP 1 Jun 2020",
                        done(male("1980-06-01"), Routine.BLOOD_PRESSURE).bloodPressure("2020-06-01T10:00:00Z", 128, 82)),
                example("R-HTN-04", "T-HTN-06: aged 70 on the hypertension register, home BP average 138/84",
                        done(male("1956-06-01"), Routine.BLOOD_PRESSURE)
                                .condition(SNOMED, ESSENTIAL_HYPERTENSION, "2015-01-01")
                                .observation(SNOMED, HOME_SYSTOLIC, "2026-09-01T08:00:00Z", 138, "mm[Hg]")
                                .observation(SNOMED, HOME_DIASTOLIC, "2026-09-01T08:00:00Z", 84, "mm[Hg]")),
                example("R-LIP-01", "T-LIP-01: coronary heart disease, no statin issued in 6 months",
                        done(male("1960-01-01")).condition(SNOMED, CHD, "2015-01-01")
                                .observation(SNOMED, LDL, "2026-05-14T09:00:00Z", 1.8, "mmol/L")),
                example("R-LIP-02", "T-LIP-03: coronary heart disease on a statin, LDL 2.1 mmol/L on 14 May 2026",
                        chdOnStatin().observation(SNOMED, LDL, "2026-05-14T09:00:00Z", 2.1, "mmol/L")),
                example("R-LIP-03", "T-LIP-06: aged 60, no CVD, QRISK3 12.4% in 2025, no statin",
                        done(male("1966-06-01")).observation(SNOMED, QRISK3, "2025-06-10T10:00:00Z", 12.4, "%")),
                example("DQ-LAB-UNIT", "T-UNIT-02: coronary heart disease, LDL recorded with the unit \"%\"",
                        chdOnStatin().observation(SNOMED, LDL, "2026-05-01T09:00:00Z", 3.1, "%")),
                example("R-NHC-01", "T-NHC-01: aged 45, no exclusions, no Health Check in 5 years",
                        done(male("1981-06-01"), Routine.HEALTH_CHECK)),
                example("R-SMI-01", "T-SMI-01: schizophrenia; BP, BMI and smoking status in the last 12 months; "
                                + "home postcode in a Core20 neighbourhood",
                        done(male("1980-04-04"), Routine.BLOOD_PRESSURE, Routine.WEIGHT, Routine.SMOKING,
                                Routine.ALCOHOL).homePostcode(CORE20_POSTCODE)
                                .condition(SNOMED, SCHIZOPHRENIA, "2012-05-01")
                                .bloodPressure("2026-02-10T10:00:00Z", 128, 80)
                                .observation(SNOMED, BMI, "2026-02-10", 26.0, "kg/m2")
                                .codedEvent(SNOMED, NEVER_SMOKED, "2026-02-10")),
                example("R-RESP-01", "T-VAC-02: aged 40 with COPD, no flu vaccine this season",
                        done(male("1986-01-01"), Routine.FLU, Routine.PNEUMOCOCCAL)
                                .condition(SNOMED, COPD, "2019-03-01")),
                example("R-VAC-FLU-01", "T-VAC-01: aged 67, no flu vaccine since 1 Sep 2026",
                        done(male("1959-06-01"), Routine.FLU)),
                example("R-VAC-COV-01", "aged 76, no COVID-19 vaccine in the example autumn 2026 campaign",
                        done(male("1950-06-01"), Routine.COVID)),
                example("R-VAC-PNEU-01", "aged 67, no pneumococcal vaccine",
                        done(male("1959-06-01"), Routine.PNEUMOCOCCAL)),
                example("R-VAC-SHG-01", "T-VAC-09: turned 65 on 1 May 2025, no Shingrix",
                        done(male("1960-05-01"), Routine.SHINGLES)),
                example("R-VAC-RSV-01", "T-VAC-08: aged 82, no RSV vaccine",
                        done(male("1944-05-05"), Routine.RSV)),
                example("R-MECC-SMK-01", "T-MECC-01: aged 40, current smoker, no stop-smoking offer in 24 months",
                        done(male("1986-01-01"), Routine.SMOKING).codedEvent(SNOMED, SMOKER, "2026-06-01")),
                example("R-MECC-ALC-01", "T-MECC-02: AUDIT-C 7 in January 2026, no full AUDIT",
                        done(male("1980-06-15"), Routine.ALCOHOL).observation(SNOMED, AUDIT_C, "2026-01-15", 7, "{score}")),
                example("R-MECC-ALC-01", "T-MECC-03: AUDIT 22 (possible dependence: no brief advice)",
                        done(male("1980-06-15"), Routine.ALCOHOL).observation(SNOMED, AUDIT, "2026-09-10", 22, "{score}")),
                example("R-MECC-WT-01", "T-MECC-04: BMI 28, ethnic category N (Black African)",
                        done(male("1980-06-15"), Routine.WEIGHT).ethnicCategory("N")
                                .observation(SNOMED, BMI, "2026-04-01", 28, "kg/m2")),
                example("R-MECC-PA-01", "aged 31, last physical activity status 26 Nov 2023",
                        done(male("1995-01-01"), Routine.ACTIVITY).codedEvent(SNOMED, GPPAQ_ACTIVE, "2023-11-26")),
                example("R-SCR-BOW-01", "aged 56, no bowel screening result",
                        done(male("1970-03-01"), Routine.BOWEL_SCREENING)),
                example("R-SCR-BRE-01", "T-SCR-01: woman aged 55, last mammogram 10 Jan 2022",
                        done(female("1971-05-10")).codedEvent(SNOMED, SCREENING_MAMMOGRAPHY, "2022-01-10")
                                .codedEvent(SNOMED, SMEAR_NEGATIVE, "2025-01-10")),
                example("R-SCR-CER-01", "woman aged 30, no cervical screening result",
                        done(female("1996-06-01"))),
                example("R-MAT-01", "T-MAT-01: pregnant since 1 Sep 2026, ethnic category M (Black Caribbean)",
                        done(female("1994-04-01")).ethnicCategory("M").condition(SNOMED, PREGNANT, "2026-09-01")
                                .codedEvent(SNOMED, SMEAR_NEGATIVE, "2025-01-10")),
                example("R-CYP-AST-01", "T-CYP-01: aged 9 with asthma, 4 reliever inhalers issued in 12 months",
                        done(male("2017-05-01")).condition(SNOMED, ASTHMA, "2021-01-01")
                                .medicationRequest(RXNORM, ALBUTEROL, "2026-01-10")
                                .medicationRequest(RXNORM, ALBUTEROL, "2026-04-10")
                                .medicationRequest(RXNORM, ALBUTEROL, "2026-07-10")
                                .medicationRequest(RXNORM, ALBUTEROL, "2026-10-10")
                                .medicationRequest(RXNORM, BUDESONIDE, "2026-06-01")),
                example("R-CYP-DM-01", "aged 12 with type 1 diabetes, ethnic category N, no pump or rtCGM recorded",
                        done(male("2014-02-01")).ethnicCategory("N").condition(SNOMED, TYPE_1, "2020-01-01")),
                example("R-CYP-DM-02", "aged 15 with type 2 diabetes, HbA1c and BMI recorded, no BP or urine ACR",
                        done(male("2011-02-01"), Routine.BLOOD_PRESSURE, Routine.WEIGHT)
                                .condition(SNOMED, TYPE_2, "2024-01-01")
                                .observation(SNOMED, HBA1C_IFCC, "2026-05-01", 52, "mmol/mol")
                                .observation(SNOMED, BMI, "2026-05-01", 31.2, "kg/m2")),
                example("R-CYP-EPI-01", "aged 14, epilepsy diagnosed 1 Mar 2026, learning disability",
                        done(male("2012-04-01")).condition(SNOMED, EPILEPSY, "2026-03-01")
                                .condition(SNOMED, LEARNING_DISABILITY, "2021-01-01")),
                example("R-CYP-ORAL-01", "aged 5, home postcode in a Core20 neighbourhood",
                        done(male("2021-06-01")).homePostcode(CORE20_POSTCODE)),
                new Example("DQ-INCOMPLETE-RECORD", "T-DQ-01: the EHR could not send the immunisations",
                        CdsRequest.patientView(done(male("1986-01-01")))
                                .prefetchValue("immunizations", TestPatient.json(new OperationOutcome()
                                        .addIssue(new OperationOutcome.OperationOutcomeIssueComponent()
                                                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                                                .setCode(OperationOutcome.IssueType.TIMEOUT)
                                                .setDiagnostics("search timed out"))))),
                example("DQ-NHS-NUMBER", "T-NHS-02: NHS number 1000000010 (check digit fails)",
                        done(male("1986-01-01")).nhsNumber("1000000010")),
                example(null, "T-UX-01: aged 67, Core20 neighbourhood, smoker with coronary heart disease and none "
                                + "of the routine records",
                        male("1959-06-01").homePostcode(CORE20_POSTCODE).condition(SNOMED, CHD, "2015-01-01")
                                .codedEvent(SNOMED, SMOKER, "2026-06-01")
                                .bloodPressure("2020-06-01T10:00:00Z", 138, 86)));
    }

    private static Example example(String topic, String title, TestPatient patient) {
        return new Example(topic, title, CdsRequest.patientView(patient));
    }

    private String nextId() {
        return "catalogue-" + ++sequence;
    }

    private TestPatient male(String born) {
        TestPatient patient = TestPatient.born(born).id(nextId());
        patient.patient().setGender(AdministrativeGender.MALE);
        return patient;
    }

    private TestPatient female(String born) {
        return TestPatient.born(born).id(nextId());
    }

    /** CHD on a statin this month: only the lipid-result cards can fire. */
    private TestPatient chdOnStatin() {
        return done(male("1960-01-01")).condition(SNOMED, CHD, "2015-01-01")
                .medicationRequest(RXNORM, ATORVASTATIN, "2026-11-01");
    }

    /** Routine records a well-kept record holds, each of which quiets a rule. */
    enum Routine { BLOOD_PRESSURE, WEIGHT, SMOKING, ALCOHOL, ACTIVITY, HEALTH_CHECK, BOWEL_SCREENING, FLU,
        PNEUMOCOCCAL, SHINGLES, RSV, COVID }

    /** The patient with every routine record made this year, but those {@code notDone}. */
    private static TestPatient done(TestPatient patient, Routine... notDone) {
        Set<Routine> missing = Set.of(notDone);
        for (Routine routine : Routine.values()) {
            if (!missing.contains(routine)) {
                record(patient, routine);
            }
        }
        return patient;
    }

    private static void record(TestPatient patient, Routine routine) {
        switch (routine) {
            case BLOOD_PRESSURE -> patient.bloodPressure(ROUTINE_DAY + "T09:00:00Z", 124, 78);
            case WEIGHT -> patient.observation(SNOMED, BMI, ROUTINE_DAY, 22.5, "kg/m2");
            case SMOKING -> patient.codedEvent(SNOMED, NEVER_SMOKED, ROUTINE_DAY);
            case ALCOHOL -> patient.codedEvent(SNOMED, NON_DRINKER, ROUTINE_DAY);
            case ACTIVITY -> patient.codedEvent(SNOMED, GPPAQ_ACTIVE, ROUTINE_DAY);
            case HEALTH_CHECK -> patient.codedEvent(SNOMED, HEALTH_CHECK_COMPLETED, ROUTINE_DAY);
            case BOWEL_SCREENING -> patient.codedEvent(SNOMED, FIT_NORMAL, ROUTINE_DAY);
            case FLU -> patient.immunization(CVX, FLU_CVX, "2026-10-12");
            case PNEUMOCOCCAL -> patient.immunization(CVX, PCV20_CVX, ROUTINE_DAY);
            case SHINGLES -> patient.immunization(CVX, SHINGRIX_CVX, ROUTINE_DAY);
            case RSV -> patient.procedure(SNOMED, RSV_GIVEN, ROUTINE_DAY);
            case COVID -> patient.immunization(CVX, COVID_CVX, "2026-10-12");
        }
    }
}
