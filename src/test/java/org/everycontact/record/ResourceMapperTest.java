package org.everycontact.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.everycontact.support.TestFhir;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UK Core resources into PatientRecord entries (clinical-spec §2 IN-1, IN-3, IN-7), including a medicine
 * named by medicationReference (GP Connect, UK Core).
 */
class ResourceMapperTest {

    @Test
    void readsNhsNumberEthnicityAndCurrentHomePostcode() {
        Patient patient = TestPatient.born("1970-02-03").nhsNumber("943 476 5919").patient();
        patient.addAddress().setUse(Address.AddressUse.OLD).setPostalCode("OLD 1AA");
        patient.addAddress().setUse(Address.AddressUse.TEMP).setPostalCode("TMP 1AA");
        patient.addAddress().setUse(Address.AddressUse.HOME).setPostalCode("M16 0RA");
        patient.addExtension(ResourceMapper.ETHNIC_CATEGORY_EXTENSION, new CodeableConcept().addCoding(
                new Coding("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", "N", "Black African")));

        Demographics demographics = ResourceMapper.demographics(patient, LocalDate.of(2026, 11, 26));

        assertEquals(LocalDate.of(1970, 2, 3), demographics.birthDate());
        assertTrue(demographics.nhsNumber().valid());
        assertEquals("M16 0RA", demographics.homePostcode());
        assertEquals("N", demographics.ethnicCategory().code());
        assertEquals(56, demographics.ageOn(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void homeAddressWhosePeriodHasEndedIsNotCurrent() {
        Patient patient = TestPatient.born("1970-02-03").patient();
        patient.addAddress().setUse(Address.AddressUse.HOME).setPostalCode("SW1A 2AA")
                .setPeriod(new Period().setEndElement(new DateTimeType("2015-01-01")));
        assertNull(ResourceMapper.demographics(patient, LocalDate.of(2026, 11, 26)).homePostcode());
    }

    @Test
    void bloodPressurePanelKeepsComponentsWithUnitsAndTime() {
        Observation panel = (Observation) TestPatient.born("1970-01-01")
                .bloodPressure("2026-03-03T09:15:00Z", 152, 94).resourcesOf("Observation").get(0);

        ObservationEntry entry = ResourceMapper.observation(panel);

        assertEquals(LocalDate.of(2026, 3, 3), entry.effective().date());
        assertEquals(2, entry.components().size());
        assertEquals(new BigDecimal("152"), entry.components().get(0).value().value());
        assertEquals("mm[Hg]", entry.components().get(0).value().code());
        assertTrue(entry.isUsable());
    }

    @Test
    void enteredInErrorObservationIsNotUsable() {
        Observation o = (Observation) TestPatient.born("1970-01-01")
                .bloodPressure("2026-03-03", 120, 80).resourcesOf("Observation").get(0);
        o.setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        assertFalse(ResourceMapper.observation(o).isUsable());
    }

    @Test
    void dateOnlyValuesKeepTheirCalendarDay() {
        Observation o = (Observation) TestPatient.born("1970-01-01")
                .bloodPressure("2020-06-01", 120, 80).resourcesOf("Observation").get(0);
        assertEquals(LocalDate.of(2020, 6, 1), ResourceMapper.observation(o).effective().date());
    }

    @Test
    void notDoneImmunizationKeepsItsReasonAndProcedureCode() {
        Immunization immunization = new Immunization();
        immunization.setStatus(Immunization.ImmunizationStatus.NOTDONE);
        immunization.setVaccineCode(TestPatient.concept("http://hl7.org/fhir/sid/cvx", "140"));
        immunization.setStatusReason(TestPatient.concept(TestPatient.SNOMED, "822931000000100"));
        immunization.addExtension(ResourceMapper.VACCINATION_PROCEDURE_EXTENSION,
                TestPatient.concept(TestPatient.SNOMED, "822851000000102"));
        immunization.setOccurrence(new DateTimeType("2026-10-05"));

        ImmunizationEntry entry = ResourceMapper.immunization(immunization);

        assertEquals("not-done", entry.status());
        assertEquals("822931000000100", entry.statusReasons().get(0).code());
        assertEquals("822851000000102", entry.procedureCodes().get(0).code());
        assertEquals(LocalDate.of(2026, 10, 5), entry.occurrence().date());
    }

    @Test
    void integerScoreIsReadAsAUnitlessQuantity() {
        Observation auditC = new Observation();
        auditC.setStatus(Observation.ObservationStatus.FINAL);
        auditC.setCode(TestPatient.concept(TestPatient.LOINC, "75626-2"));
        auditC.setEffective(new DateTimeType("2026-01-10"));
        auditC.setValue(new IntegerType(7));

        ObservationEntry entry = ResourceMapper.observation(auditC);

        assertEquals(new BigDecimal("7"), entry.value().value());
        assertNull(entry.value().unit());
        assertNull(entry.value().code());
    }

    private static final String DMD = "https://dmd.nhs.uk";
    private static final String ATORVASTATIN_20MG = "320030001";
    private static final String ATORVASTATIN_40MG = "320031002";
    private static final String SIMVASTATIN_20MG = "319997009";

    /** A searchset as a UK EHR may send it: three Medications, under a urn:uuid or a server URL, with or without an id. */
    private static final String MEDICATIONS_BUNDLE = """
            {"resourceType": "Bundle", "type": "searchset", "entry": [
              {"fullUrl": "urn:uuid:0b0e6b5e-1d3c-4c39-9a57-0c6f3f1f0a11", "search": {"mode": "include"},
               "resource": {"resourceType": "Medication",
                 "code": {"coding": [{"system": "https://dmd.nhs.uk", "code": "320030001"}]}}},
              {"fullUrl": "https://ehr.example/fhir/Medication/b2", "search": {"mode": "include"},
               "resource": {"resourceType": "Medication", "id": "b2",
                 "code": {"coding": [{"system": "https://dmd.nhs.uk", "code": "320031002"}]}}},
              {"fullUrl": "urn:uuid:c3", "search": {"mode": "include"},
               "resource": {"resourceType": "Medication", "id": "c3",
                 "code": {"coding": [{"system": "https://dmd.nhs.uk", "code": "319997009"}]}}}]}
            """;

    private static final FhirSupport FHIR = TestFhir.SUPPORT;

    private static MedicationLookup lookupOf(String bundleJson) {
        return new MedicationLookup(Bundles.read(FHIR.jsonParser().parseResource(Bundle.class, bundleJson)).resources());
    }

    private static MedicationRequest requestFor(Reference medication) {
        MedicationRequest request = new MedicationRequest();
        request.setMedication(medication);
        return request;
    }

    private static List<String> codesOf(Optional<List<Code>> codes) {
        return codes.orElseThrow().stream().map(Code::code).toList();
    }

    @Test
    void medicationReferenceToAContainedMedicationReadsItsDmdCode() {
        MedicationStatement statement = FHIR.jsonParser().parseResource(MedicationStatement.class, """
                {"resourceType": "MedicationStatement", "status": "active",
                 "contained": [{"resourceType": "Medication", "id": "m1",
                   "code": {"coding": [{"system": "https://dmd.nhs.uk", "code": "320030001",
                                        "display": "Atorvastatin 20mg tablets"}]}}],
                 "medicationReference": {"reference": "#m1"}, "effectiveDateTime": "2026-10-01"}
                """);

        List<Code> codes = ResourceMapper.medicineCodes(statement.getMedication(), statement,
                lookupOf(MEDICATIONS_BUNDLE)).orElseThrow();
        MedicationEntry entry = ResourceMapper.medication(statement, codes);

        assertEquals(List.of(new Code(DMD, ATORVASTATIN_20MG, "Atorvastatin 20mg tablets")), entry.codes());
        assertEquals(LocalDate.of(2026, 10, 1), entry.when().date());
    }

    @Test
    void containedMedicationBuiltInMemoryIsFoundByItsLocalId() {
        MedicationRequest request = requestFor(new Reference("#m1"));
        Medication contained = new Medication().setCode(TestPatient.concept(DMD, ATORVASTATIN_20MG));
        contained.setId("m1");
        request.addContained(contained);

        assertEquals(List.of(ATORVASTATIN_20MG), codesOf(ResourceMapper.medicineCodes(
                request.getMedication(), request, lookupOf(MEDICATIONS_BUNDLE))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "urn:uuid:0b0e6b5e-1d3c-4c39-9a57-0c6f3f1f0a11, " + ATORVASTATIN_20MG,
            "https://ehr.example/fhir/Medication/b2, " + ATORVASTATIN_40MG,
            "Medication/b2, " + ATORVASTATIN_40MG,
            "Medication/c3, " + SIMVASTATIN_20MG,
            "https://other.example/fhir/Medication/c3/_history/2, " + SIMVASTATIN_20MG})
    void medicationReferenceFindsTheBundlesMedicationByFullUrlOrByTypeAndId(String reference, String code) {
        MedicationRequest request = requestFor(new Reference(reference));

        assertEquals(List.of(code), codesOf(ResourceMapper.medicineCodes(
                request.getMedication(), request, lookupOf(MEDICATIONS_BUNDLE))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Medication/absent", "#m1", "Observation/b2", "urn:uuid:c3-other"})
    void medicationReferenceToNoMedicationAtHandGivesNoCodes(String reference) {
        MedicationRequest request = requestFor(new Reference(reference));

        assertTrue(ResourceMapper.medicineCodes(request.getMedication(), request, lookupOf(MEDICATIONS_BUNDLE))
                .isEmpty());
    }

    @Test
    void medicationReferenceWithOnlyADisplayGivesNoCodes() {
        MedicationRequest request = requestFor(new Reference().setDisplay("Atorvastatin 20mg tablets"));

        assertTrue(ResourceMapper.medicineCodes(request.getMedication(), request, lookupOf(MEDICATIONS_BUNDLE))
                .isEmpty());
    }

    @Test
    void codedMedicineKeepsItsCodesWhateverTheBundleHolds() {
        MedicationRequest request = new MedicationRequest();
        request.setMedication(TestPatient.concept(DMD, SIMVASTATIN_20MG));

        assertEquals(List.of(SIMVASTATIN_20MG), codesOf(ResourceMapper.medicineCodes(
                request.getMedication(), request, lookupOf(MEDICATIONS_BUNDLE))));
    }
}
