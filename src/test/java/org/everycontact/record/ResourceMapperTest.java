package org.everycontact.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

/** UK Core resources into PatientRecord entries (clinical-spec §2 IN-1, IN-3, IN-7). */
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
}
