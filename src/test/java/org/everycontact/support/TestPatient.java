package org.everycontact.support;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * A fluent builder of a patient's FHIR R4 record for tests, serialised as a CDS Hooks prefetch
 * (one searchset Bundle per key) or served by {@link FhirTestServer}.
 */
public final class TestPatient {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final FhirContext FHIR = FhirContext.forR4();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Prefetch key to the FHIR resource type it holds, as EveryContact's discovery declares. */
    public static final Map<String, String> KEYS = keys();

    private final Patient patient = new Patient();
    private final List<Resource> resources = new ArrayList<>();
    private int sequence;

    private TestPatient(String id, String birthDate) {
        patient.setId(id);
        patient.setBirthDateElement(new DateType(birthDate));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("patient", "Patient");
        keys.put("conditions", "Condition");
        keys.put("observations", "Observation");
        keys.put("immunizations", "Immunization");
        keys.put("procedures", "Procedure");
        keys.put("medicationRequests", "MedicationRequest");
        keys.put("medicationStatements", "MedicationStatement");
        keys.put("encounters", "Encounter");
        return keys;
    }

    public static TestPatient born(String birthDate) {
        return new TestPatient("pat-1", birthDate);
    }

    public TestPatient id(String id) {
        patient.setId(id);
        return this;
    }

    public String id() {
        return patient.getIdElement().getIdPart();
    }

    public TestPatient nhsNumber(String value) {
        patient.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue(value);
        return this;
    }

    public TestPatient name(String family, String given) {
        patient.addName().setFamily(family).addGiven(given);
        return this;
    }

    public TestPatient homePostcode(String postcode) {
        patient.addAddress().setUse(Address.AddressUse.HOME).setPostalCode(postcode);
        return this;
    }

    /** Patients are female unless made male: a man gets no breast or cervical screening prompt. */
    public TestPatient male() {
        patient.setGender(Enumerations.AdministrativeGender.MALE);
        return this;
    }

    public TestPatient deceased() {
        patient.setDeceased(new BooleanType(true));
        return this;
    }

    /** A blood pressure panel with systolic and diastolic components (SNOMED, as UK GP systems send). */
    public TestPatient bloodPressure(String dateTime, int systolic, int diastolic) {
        Observation o = observation(SNOMED, "75367002", dateTime);
        o.addComponent().setCode(concept(SNOMED, "72313002")).setValue(mmHg(systolic));
        o.addComponent().setCode(concept(SNOMED, "1091811000000102")).setValue(mmHg(diastolic));
        return add(o);
    }

    /** A blood pressure panel as Synthea and international systems send it (LOINC). */
    public TestPatient loincBloodPressure(String dateTime, int systolic, int diastolic) {
        Observation o = observation(LOINC, "85354-9", dateTime);
        o.addComponent().setCode(concept(LOINC, "8480-6")).setValue(mmHg(systolic));
        o.addComponent().setCode(concept(LOINC, "8462-4")).setValue(mmHg(diastolic));
        return add(o);
    }

    public TestPatient observation(String system, String code, String dateTime, double value, String unit) {
        Observation o = observation(system, code, dateTime);
        o.setValue(new Quantity().setValue(BigDecimal.valueOf(value)).setUnit(unit)
                .setSystem("http://unitsofmeasure.org").setCode(unit));
        return add(o);
    }

    /** A coded Observation without a value, as GP systems record events such as "BP declined". */
    public TestPatient codedEvent(String system, String code, String dateTime) {
        return add(observation(system, code, dateTime));
    }

    public TestPatient condition(String system, String code, String onset) {
        Condition c = new Condition();
        c.setId(nextId("cond"));
        c.setSubject(subject());
        c.setCode(concept(system, code));
        c.setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"));
        c.setOnset(new DateTimeType(onset));
        return add(c);
    }

    public TestPatient procedure(String system, String code, String date) {
        Procedure p = new Procedure();
        p.setId(nextId("proc"));
        p.setSubject(subject());
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setCode(concept(system, code));
        p.setPerformed(new DateTimeType(date));
        return add(p);
    }

    public TestPatient immunization(String system, String code, String date) {
        Immunization i = new Immunization();
        i.setId(nextId("imm"));
        i.setPatient(subject());
        i.setStatus(Immunization.ImmunizationStatus.COMPLETED);
        i.setVaccineCode(concept(system, code));
        i.setOccurrence(new DateTimeType(date));
        return add(i);
    }

    public TestPatient medicationRequest(String system, String code, String date) {
        return add(medicationRequest(concept(system, code), date));
    }

    /** A MedicationRequest naming its medicine by {@code #med}, a Medication it contains (UK Core allows it). */
    public TestPatient medicationRequestContaining(String system, String code, String date) {
        Medication medication = new Medication().setCode(concept(system, code));
        medication.setId("med");
        MedicationRequest m = medicationRequest(new Reference("#med"), date);
        m.addContained(medication);
        return add(m);
    }

    /**
     * A MedicationRequest naming its medicine by {@code Medication/<id>}, as GP Connect does. The Medication
     * is one of the patient's resources, in a search Bundle only when included ({@link #bundleIncluding}).
     */
    public TestPatient medicationRequestReferring(String system, String code, String date) {
        Medication medication = new Medication().setCode(concept(system, code));
        medication.setId(nextId("med"));
        add(medication);
        return add(medicationRequest(new Reference("Medication/" + medication.getIdElement().getIdPart()), date));
    }

    private MedicationRequest medicationRequest(Type medication, String date) {
        MedicationRequest m = new MedicationRequest();
        m.setId(nextId("medreq"));
        m.setSubject(subject());
        m.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        m.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        m.setMedication(medication);
        m.setAuthoredOnElement(new DateTimeType(date));
        return m;
    }

    public TestPatient medicationStatement(String system, String code, String date) {
        MedicationStatement m = new MedicationStatement();
        m.setId(nextId("medst"));
        m.setSubject(subject());
        m.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        m.setMedication(concept(system, code));
        m.setEffective(new DateTimeType(date));
        return add(m);
    }

    public TestPatient encounter(String date) {
        Encounter e = new Encounter();
        e.setId(nextId("enc"));
        e.setSubject(subject());
        e.setStatus(Encounter.EncounterStatus.FINISHED);
        e.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
        e.getPeriod().setStartElement(new DateTimeType(date));
        return add(e);
    }

    /** Any resource, as given: for tests of odd or hostile input. */
    public TestPatient add(Resource resource) {
        resources.add(resource);
        return this;
    }

    /** The searchset Bundle a FHIR server would return for one resource type. */
    public Bundle bundleOf(String resourceType) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        resourcesOf(resourceType).forEach(r -> bundle.addEntry().setResource(r)
                .setFullUrl("urn:uuid:" + r.getIdElement().getIdPart())
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }

    /**
     * The search Bundle for one type with the patient's resources of another type as
     * {@code search.mode=include} entries, as a server answering {@code _include} returns it.
     */
    public Bundle bundleIncluding(String resourceType, String includedType) {
        Bundle bundle = bundleOf(resourceType);
        resourcesOf(includedType).forEach(r -> bundle.addEntry().setResource(r)
                .setFullUrl("urn:uuid:" + r.getIdElement().getIdPart())
                .getSearch().setMode(Bundle.SearchEntryMode.INCLUDE));
        return bundle;
    }

    public List<Resource> resourcesOf(String resourceType) {
        if ("Patient".equals(resourceType)) {
            return List.of(patient);
        }
        return resources.stream().filter(r -> r.fhirType().equals(resourceType)).toList();
    }

    public Patient patient() {
        return patient;
    }

    /** Every prefetch key filled: the Patient, and a Bundle (possibly empty) for each search. */
    public ObjectNode prefetch() {
        ObjectNode prefetch = JSON.createObjectNode();
        KEYS.forEach((key, type) -> prefetch.set(key, json("Patient".equals(type) ? patient : bundleOf(type))));
        return prefetch;
    }

    public static JsonNode json(Resource resource) {
        try {
            return JSON.readTree(FHIR.newJsonParser().encodeResourceToString(resource));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Observation observation(String system, String code, String dateTime) {
        Observation o = new Observation();
        o.setId(nextId("obs"));
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setSubject(subject());
        o.setCode(concept(system, code));
        o.setEffective(new DateTimeType(dateTime));
        return o;
    }

    private Reference subject() {
        return new Reference("Patient/" + patient.getIdElement().getIdPart());
    }

    private String nextId(String prefix) {
        return prefix + "-" + (++sequence);
    }

    public static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new Coding().setSystem(system).setCode(code));
    }

    private static Quantity mmHg(int value) {
        return new Quantity().setValue(value).setUnit("mmHg").setSystem("http://unitsofmeasure.org").setCode("mm[Hg]");
    }

    /** An Observation whose value is a code, as LOINC 72166-2 Tobacco smoking status carries a SNOMED status. */
    public TestPatient codedValue(String system, String code, String dateTime, String valueSystem, String valueCode) {
        Observation o = observation(system, code, dateTime);
        o.setValue(concept(valueSystem, valueCode));
        return add(o);
    }

    /** The UK Core ethnic category extension with an England 2001-census code (clinical-spec §8.7). */
    public TestPatient ethnicCategory(String code) {
        patient.addExtension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory",
                concept("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", code));
        return this;
    }
}
