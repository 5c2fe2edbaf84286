package org.everycontact.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/** Maps HAPI R4 resources (UK Core, and the LOINC/CVX of test data) to PatientRecord entries. */
final class ResourceMapper {

    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ETHNIC_CATEGORY_EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    static final String VACCINATION_PROCEDURE_EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-VaccinationProcedure";

    private ResourceMapper() {
    }

    static Demographics demographics(Patient patient, LocalDate asOf) {
        String nhs = patient.getIdentifier().stream()
                .filter(id -> NHS_NUMBER_SYSTEM.equals(id.getSystem()) && id.hasValue())
                .map(Identifier::getValue)
                .findFirst().orElse(null);
        Type deceased = patient.getDeceased();
        boolean isDeceased = deceased instanceof BooleanType flag ? flag.booleanValue() : deceased != null;
        Extension ethnicity = first(patient.getExtensionsByUrl(ETHNIC_CATEGORY_EXTENSION));
        Code ethnicCategory = null;
        if (ethnicity != null && ethnicity.getValue() instanceof CodeableConcept concept && concept.hasCoding()) {
            ethnicCategory = code(concept.getCodingFirstRep());
        }
        return new Demographics(
                patient.getIdElement().getIdPart(),
                patient.hasBirthDate() ? ClinicalTimes.of(patient.getBirthDateElement()).date() : null,
                patient.getGenderElement().getValueAsString(),
                isDeceased,
                nhs == null ? null : NhsNumber.of(nhs),
                homePostcode(patient.getAddress(), asOf),
                ethnicCategory);
    }

    /** The current home address: use=home (or unstated), not old or temporary, period not ended. */
    private static String homePostcode(List<Address> addresses, LocalDate asOf) {
        return addresses.stream()
                .filter(a -> a.hasPostalCode())
                .filter(a -> !a.hasUse() || a.getUse() == Address.AddressUse.HOME)
                .filter(a -> !a.hasPeriod() || !a.getPeriod().hasEnd()
                        || ClinicalTimes.of(a.getPeriod().getEndElement()).date().isAfter(asOf))
                .sorted((a, b) -> Boolean.compare(b.hasUse(), a.hasUse()))
                .map(Address::getPostalCode)
                .findFirst().orElse(null);
    }

    static ConditionEntry condition(Condition c) {
        return new ConditionEntry(
                codes(c.getCode()),
                firstCode(c.getClinicalStatus()),
                firstCode(c.getVerificationStatus()),
                ClinicalTimes.ofChoice(c.getOnset()),
                ClinicalTimes.of(c.getRecordedDateElement()),
                ClinicalTimes.ofChoice(c.getAbatement()));
    }

    static ObservationEntry observation(Observation o) {
        List<ObservationEntry.Component> components = o.getComponent().stream()
                .map(c -> new ObservationEntry.Component(codes(c.getCode()),
                        quantity(c.getValue())))
                .toList();
        ClinicalTime effective = ClinicalTimes.ofChoice(o.getEffective());
        if (effective == null) {
            effective = ClinicalTimes.of(o.getIssuedElement());
        }
        return new ObservationEntry(
                codes(o.getCode()),
                o.getStatusElement().getValueAsString(),
                effective,
                quantity(o.getValue()),
                o.getValue() instanceof CodeableConcept cc ? codes(cc) : List.of(),
                components);
    }

    static ImmunizationEntry immunization(Immunization i) {
        Extension procedure = first(i.getExtensionsByUrl(VACCINATION_PROCEDURE_EXTENSION));
        List<Code> procedureCodes = procedure != null && procedure.getValue() instanceof CodeableConcept cc
                ? codes(cc) : List.of();
        return new ImmunizationEntry(
                codes(i.getVaccineCode()),
                procedureCodes,
                i.getStatusElement().getValueAsString(),
                codes(i.getStatusReason()),
                ClinicalTimes.ofChoice(i.getOccurrence()));
    }

    static ProcedureEntry procedure(Procedure p) {
        return new ProcedureEntry(codes(p.getCode()), p.getStatusElement().getValueAsString(),
                ClinicalTimes.ofChoice(p.getPerformed()));
    }

    /**
     * A medicine's codes: those of medicationCodeableConcept, or the {@code code} of the Medication that
     * medicationReference names (dm+d VMP or AMP in UK Core). Nothing when that Medication is not at hand.
     */
    static Optional<List<Code>> medicineCodes(Type medication, DomainResource holder, MedicationLookup lookup) {
        if (medication instanceof Reference reference) {
            return lookup.find(reference, holder).map(found -> codes(found.getCode()));
        }
        return Optional.of(medication instanceof CodeableConcept cc ? codes(cc) : List.of());
    }

    static MedicationEntry medication(MedicationRequest m, List<Code> codes) {
        return new MedicationEntry(MedicationEntry.Kind.REQUEST, codes,
                m.getStatusElement().getValueAsString(), ClinicalTimes.of(m.getAuthoredOnElement()));
    }

    static MedicationEntry medication(MedicationStatement m, List<Code> codes) {
        ClinicalTime when = ClinicalTimes.ofChoice(m.getEffective());
        if (when == null) {
            when = ClinicalTimes.of(m.getDateAssertedElement());
        }
        return new MedicationEntry(MedicationEntry.Kind.STATEMENT, codes,
                m.getStatusElement().getValueAsString(), when);
    }

    static EncounterEntry encounter(Encounter e) {
        return new EncounterEntry(
                e.hasClass_() ? e.getClass_().getCode() : null,
                e.getType().stream().flatMap(t -> codes(t).stream()).toList(),
                e.getStatusElement().getValueAsString(),
                e.hasPeriod() ? ClinicalTimes.of(e.getPeriod().getStartElement()) : null);
    }

    /** The first of an extension that should appear once; a repeated one is read, not refused. */
    private static Extension first(List<Extension> extensions) {
        return extensions.isEmpty() ? null : extensions.get(0);
    }

    private static List<Code> codes(CodeableConcept concept) {
        return concept == null ? List.of() : concept.getCoding().stream().map(ResourceMapper::code).toList();
    }

    private static Code code(Coding coding) {
        return new Code(coding.getSystem(), coding.getCode(), coding.getDisplay());
    }

    private static String firstCode(CodeableConcept concept) {
        return concept == null || !concept.hasCoding() ? null : concept.getCodingFirstRep().getCode();
    }

    /**
     * A value as a quantity: valueQuantity as recorded, or a unitless valueInteger (questionnaire
     * scores such as AUDIT-C are often sent that way); anything else is not a quantity.
     */
    private static org.everycontact.record.Quantity quantity(Type value) {
        if (value instanceof org.hl7.fhir.r4.model.Quantity q) {
            return new org.everycontact.record.Quantity(q.getValue(), q.getUnit(), q.getSystem(), q.getCode());
        }
        if (value instanceof IntegerType i && i.getValue() != null) {
            return new org.everycontact.record.Quantity(BigDecimal.valueOf(i.getValue()), null, null, null);
        }
        return null;
    }
}
