package org.everycontact.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.Code;
import org.everycontact.record.Completeness;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.Demographics;
import org.everycontact.record.EncounterEntry;
import org.everycontact.record.ImmunizationEntry;
import org.everycontact.record.MedicationEntry;
import org.everycontact.record.NhsNumber;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ProcedureEntry;
import org.everycontact.record.Quantity;
import org.everycontact.record.ResourceKind;

/**
 * A synthetic, deterministic patient record of a chosen size, shaped like a long-term-condition
 * patient's GP record: registers (hypertension, CHD, type 2 diabetes, asthma), years of blood
 * pressures, BMI, cholesterol, HbA1c, smoking and alcohol entries, a long tail of other results,
 * yearly flu vaccinations, procedures, repeat prescriptions and encounters. The codes are those the
 * rules read, so that every rule does its real work. No real person's data.
 */
final class SyntheticRecords {

    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private SyntheticRecords() {
    }

    /** A record of about {@code resources} resources (the Patient counts as one), as of the given date. */
    static PatientRecord of(int resources, LocalDate asOf, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int budget = resources - 1;
        List<ConditionEntry> conditions = new ArrayList<>();
        for (String code : List.of("59621000", "53741008", "44054006", "195967001", "13645005", "84757009")) {
            conditions.add(new ConditionEntry(List.of(snomed(code)), "active", "confirmed",
                    at(asOf.minusYears(2 + random.nextInt(15))), null, null));
        }
        int conditionCount = Math.max(conditions.size(), budget / 20);
        while (conditions.size() < conditionCount) {
            conditions.add(new ConditionEntry(List.of(snomed(String.valueOf(100000 + random.nextInt(900000)))),
                    "resolved", "confirmed", at(asOf.minusDays(random.nextInt(7000))), null, null));
        }
        List<ImmunizationEntry> immunizations = new ArrayList<>();
        for (int year = 1; immunizations.size() < budget / 20; year++) {
            immunizations.add(new ImmunizationEntry(List.of(new Code("http://hl7.org/fhir/sid/cvx", "140", null)),
                    List.of(snomed("822851000000102")), "completed", List.of(), at(asOf.minusYears(year).withMonth(10))));
        }
        List<ProcedureEntry> procedures = new ArrayList<>();
        while (procedures.size() < budget / 25) {
            procedures.add(new ProcedureEntry(List.of(snomed(String.valueOf(200000 + random.nextInt(800000)))),
                    "completed", at(asOf.minusDays(random.nextInt(5000)))));
        }
        List<MedicationEntry> medications = new ArrayList<>();
        String[] repeats = {"83367", "29046", "17767", "6809", "435", "19831"};
        while (medications.size() < budget / 15) {
            medications.add(new MedicationEntry(MedicationEntry.Kind.REQUEST,
                    List.of(new Code(RXNORM, repeats[medications.size() % repeats.length], null)), "completed",
                    at(asOf.minusDays(28L * (medications.size() / repeats.length) + random.nextInt(7)))));
        }
        List<EncounterEntry> encounters = new ArrayList<>();
        while (encounters.size() < budget / 40) {
            encounters.add(new EncounterEntry("AMB", List.of(), "finished", at(asOf.minusDays(random.nextInt(700)))));
        }
        int observationCount = budget - conditions.size() - immunizations.size() - procedures.size()
                - medications.size() - encounters.size();
        List<ObservationEntry> observations = observations(observationCount, asOf, random);
        Map<ResourceKind, Completeness> completeness = new EnumMap<>(ResourceKind.class);
        for (ResourceKind kind : ResourceKind.values()) {
            completeness.put(kind, Completeness.complete(Completeness.Source.PREFETCH));
        }
        Demographics demographics = new Demographics("synthetic-1", asOf.minusYears(67).minusDays(40), "female",
                false, NhsNumber.of("9434765919"), "M16 0RA", new Code(
                "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", "N", null));
        return new PatientRecord(demographics, conditions, observations, immunizations, procedures, medications,
                encounters, completeness, 0);
    }

    /** The record's resources, the Patient included. */
    static int count(PatientRecord record) {
        return 1 + record.conditions().size() + record.observations().size() + record.immunizations().size()
                + record.procedures().size() + record.medications().size() + record.encounters().size();
    }

    private static List<ObservationEntry> observations(int count, LocalDate asOf, SplittableRandom random) {
        List<ObservationEntry> observations = new ArrayList<>();
        String[][] measures = {
                {SNOMED, "60621009", "kg/m2", "27", "34"},
                {SNOMED, "1022191000000100", "mmol/L", "1.6", "3.4"},
                {SNOMED, "1006191000000106", "mmol/L", "2.0", "4.2"},
                {SNOMED, "1005671000000105", "mmol/L", "3.5", "6.5"},
                {SNOMED, "999791000000106", "mmol/mol", "42", "70"},
                {SNOMED, "763256006", "{score}", "1", "8"},
                {LOINC, "4548-4", "%", "5.5", "8.5"},
                {LOINC, "18262-6", "mg/dL", "60", "140"}};
        for (int i = 0; observations.size() < count; i++) {
            LocalDate day = asOf.minusDays(random.nextInt(66 * 30));
            switch (i % 4) {
                case 0, 1 -> observations.add(bloodPressure(day, 120 + random.nextInt(50), 70 + random.nextInt(30)));
                case 2 -> {
                    String[] m = measures[random.nextInt(measures.length)];
                    double low = Double.parseDouble(m[3]);
                    double high = Double.parseDouble(m[4]);
                    observations.add(new ObservationEntry(List.of(new Code(m[0], m[1], null)), "final", at(day),
                            quantity(low + random.nextDouble() * (high - low), m[2]), List.of(), List.of()));
                }
                default -> observations.add(new ObservationEntry(
                        List.of(new Code(LOINC, (1000 + random.nextInt(8000)) + "-" + random.nextInt(10), null)),
                        "final", at(day), quantity(random.nextDouble() * 100, "1"), List.of(), List.of()));
            }
        }
        observations.add(new ObservationEntry(List.of(snomed("77176002")), "final", at(asOf.minusMonths(3)), null,
                List.of(), List.of()));
        return observations.subList(0, count);
    }

    private static ObservationEntry bloodPressure(LocalDate day, int systolic, int diastolic) {
        return new ObservationEntry(List.of(snomed("75367002"), new Code(LOINC, "85354-9", null)), "final", at(day),
                null, List.of(), List.of(
                        new ObservationEntry.Component(List.of(snomed("72313002"), new Code(LOINC, "8480-6", null)),
                                quantity(systolic, "mm[Hg]")),
                        new ObservationEntry.Component(List.of(snomed("1091811000000102"), new Code(LOINC, "8462-4", null)),
                                quantity(diastolic, "mm[Hg]"))));
    }

    private static Quantity quantity(double value, String unit) {
        return new Quantity(BigDecimal.valueOf(Math.round(value * 10) / 10.0), unit, "http://unitsofmeasure.org", unit);
    }

    private static Code snomed(String code) {
        return new Code(SNOMED, code, null);
    }

    private static ClinicalTime at(LocalDate date) {
        return new ClinicalTime(date, date.atTime(9, 30).toInstant(ZoneOffset.UTC));
    }
}
