package org.everycontact.record;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Whether a resource is about the hook's context patient (clinical-spec hazard H11). */
final class SubjectCheck {

    private SubjectCheck() {
    }

    static boolean belongsTo(Resource resource, String patientId) {
        if (resource instanceof Patient patient) {
            return !patient.getIdElement().hasIdPart() || patientId.equals(patient.getIdElement().getIdPart());
        }
        Reference subject = subjectOf(resource);
        if (subject == null || !subject.hasReference()) {
            return true;
        }
        IdType id = new IdType(subject.getReference());
        if (id.hasResourceType() && !"Patient".equals(id.getResourceType())) {
            return false;
        }
        return patientId.equals(id.getIdPart());
    }

    private static Reference subjectOf(Resource resource) {
        if (resource instanceof Condition c) {
            return c.getSubject();
        } else if (resource instanceof Observation o) {
            return o.getSubject();
        } else if (resource instanceof Immunization i) {
            return i.getPatient();
        } else if (resource instanceof Procedure p) {
            return p.getSubject();
        } else if (resource instanceof MedicationRequest m) {
            return m.getSubject();
        } else if (resource instanceof MedicationStatement m) {
            return m.getSubject();
        } else if (resource instanceof Encounter e) {
            return e.getSubject();
        }
        return null;
    }
}
