package org.everycontact.support;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One type of a patient's records in {@link HapiFhirServer}: read, and the search EveryContact's fetches
 * issue, {@code patient=<id>} with {@code _count}, a {@code date} or {@code authoredon} lower bound
 * ({@code ge<day>}) where the type has that parameter, and {@code _include=<type>:medication}. A date
 * parameter the type lacks, or a prefix other than {@code ge}, is refused with 400. HAPI pages the
 * result by {@code _count} (at most 50 a page, with next links).
 */
final class PatientResources<T extends Resource> extends StoredResources<T> {

    static final String DATE = "date";
    static final String AUTHORED_ON = "authoredon";

    /** The date search parameter of the type, or null when the fetches use none. */
    private final String dateParameter;

    PatientResources(Class<T> type, Map<String, Resource> resources, String dateParameter) {
        super(type, resources);
        this.dateParameter = dateParameter;
    }

    @Search
    public List<Resource> byPatient(@RequiredParam(name = "patient") ReferenceParam patient,
            @OptionalParam(name = DATE) DateParam date, @OptionalParam(name = AUTHORED_ON) DateParam authoredOn,
            @IncludeParam(allow = {"MedicationRequest:medication", "MedicationStatement:medication"})
            Set<Include> includes, @Count Integer count) {
        LocalDate sinceDate = since(DATE, date);
        LocalDate sinceAuthored = since(AUTHORED_ON, authoredOn);
        LocalDate since = sinceDate != null ? sinceDate : sinceAuthored;
        String subject = "Patient/" + patient.getIdPart();
        return resources.values().stream()
                .filter(r -> r.fhirType().equals(typeName()))
                .filter(r -> subject.equals(subject(r)))
                .filter(r -> since == null || !date(r).isBefore(since))
                .map(r -> withMedication(r.copy(), includes))
                .toList();
    }

    private LocalDate since(String name, DateParam value) {
        if (value == null) {
            return null;
        }
        if (!name.equals(dateParameter)) {
            throw new InvalidRequestException(typeName() + " has no search parameter " + name + " on this server");
        }
        if (value.getPrefix() != ParamPrefixEnum.GREATERTHAN_OR_EQUALS) {
            throw new InvalidRequestException("only " + name + "=ge<date> is supported on this server");
        }
        return LocalDate.parse(value.getValueAsString().substring(0, 10));
    }

    /** The reference to the patient: {@code Immunization.patient}, the other types' {@code subject}. */
    private static String subject(Resource resource) {
        List<Base> values = resource.getNamedProperty(resource instanceof Immunization ? "patient" : "subject")
                .getValues();
        return values.isEmpty() ? null : ((Reference) values.get(0)).getReference();
    }

    /** The day a date or authoredon search compares; a resource without it matches no date search. */
    private static LocalDate date(Resource resource) {
        BaseDateTimeType value = null;
        if (resource instanceof Observation o) {
            value = o.hasEffectivePeriod() ? o.getEffectivePeriod().getStartElement()
                    : o.getEffective() instanceof BaseDateTimeType when ? when : null;
        } else if (resource instanceof MedicationRequest m) {
            value = m.getAuthoredOnElement();
        } else if (resource instanceof Encounter e) {
            value = e.getPeriod().getStartElement();
        }
        return value == null || value.isEmpty() ? LocalDate.MIN
                : LocalDate.parse(value.getValueAsString().substring(0, 10));
    }

    /** With {@code _include=…:medication}, the Medication a reference names goes into the page as an include. */
    private Resource withMedication(Resource resource, Set<Include> includes) {
        if (includes == null || includes.isEmpty()) {
            return resource;
        }
        Reference medication = null;
        if (resource instanceof MedicationRequest m && m.hasMedicationReference()) {
            medication = m.getMedicationReference();
        } else if (resource instanceof MedicationStatement m && m.hasMedicationReference()) {
            medication = m.getMedicationReference();
        }
        if (medication != null && resources.containsKey(medication.getReference())) {
            medication.setResource(resources.get(medication.getReference()).copy());
        }
        return resource;
    }
}
