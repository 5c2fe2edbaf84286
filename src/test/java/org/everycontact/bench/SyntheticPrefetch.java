package org.everycontact.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;

/**
 * A patient-view request with a full prefetch of about a chosen number of FHIR resources, deterministic
 * and with no real person's data: the wire-level counterpart of {@link SyntheticRecords}. A
 * {@link Style#UK_GP} record is coded as UK GP systems send it (SNOMED blood pressures and results); a
 * {@link Style#SYNTHEA} record as Synthea does (LOINC observations, an encounter for nearly every visit,
 * many more results per visit). Both carry the registers and readings the rules read.
 */
final class SyntheticPrefetch {

    enum Style { UK_GP, SYNTHEA }

    private static final String SNOMED = TestPatient.SNOMED;
    private static final String LOINC = TestPatient.LOINC;
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private SyntheticPrefetch() {
    }

    /** The request's JSON text, about {@code resources} resources in its prefetch (the Patient included). */
    static String request(Style style, int resources, LocalDate asOf, long seed) {
        return CdsRequest.patientView(patient(style, resources, asOf, seed)).toString();
    }

    static TestPatient patient(Style style, int resources, LocalDate asOf, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TestPatient patient = TestPatient.born(asOf.minusYears(67).toString()).id("bench-" + style.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .nhsNumber("9434765919").homePostcode("M16 0EU");
        for (String code : new String[] {"38341003", "53741008", "44054006", "195967001"}) {
            patient.condition(SNOMED, code, day(asOf, 2_000 + random.nextInt(5_000)));
        }
        int budget = resources - 5;
        while (budget > 0) {
            String when = day(asOf, 1 + random.nextInt(3_650)) + "T09:30:00Z";
            int kind = random.nextInt(style == Style.SYNTHEA ? 12 : 10);
            switch (kind) {
                case 0, 1 -> {
                    if (style == Style.UK_GP) {
                        patient.bloodPressure(when, 120 + random.nextInt(50), 70 + random.nextInt(30));
                    } else {
                        patient.loincBloodPressure(when, 120 + random.nextInt(50), 70 + random.nextInt(30));
                    }
                }
                case 2 -> patient.observation(style == Style.UK_GP ? SNOMED : LOINC,
                        style == Style.UK_GP ? "60621009" : "39156-5", when, 22 + random.nextInt(15), "kg/m2");
                case 3 -> patient.observation(style == Style.UK_GP ? SNOMED : LOINC,
                        style == Style.UK_GP ? "1022191000000100" : "2093-3", when, 3 + random.nextInt(4), "mmol/L");
                case 4 -> patient.observation(style == Style.UK_GP ? SNOMED : LOINC,
                        style == Style.UK_GP ? "999791000000106" : "4548-4", when, 40 + random.nextInt(40), "mmol/mol");
                case 5 -> patient.immunization("http://hl7.org/fhir/sid/cvx", "140", when);
                case 6 -> patient.medicationRequest(RXNORM, "314076", when);
                case 7 -> patient.procedure(SNOMED, "430193006", when);
                case 8 -> patient.condition(SNOMED, String.valueOf(100_000 + random.nextInt(900_000)), when);
                default -> patient.encounter(when);
            }
            budget -= 1;
        }
        return patient;
    }

    private static String day(LocalDate asOf, int daysBefore) {
        return asOf.minusDays(daysBefore).toString();
    }
}
