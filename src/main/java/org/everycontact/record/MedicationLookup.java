package org.everycontact.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds the Medication a MedicationRequest or MedicationStatement names by {@code medicationReference},
 * as UK Core and GP Connect records usually do instead of coding the medicine in place: a contained
 * Medication ({@code #id}), or one of the Medications the call's Bundles carry (an {@code _include}, or
 * sent by the EHR with the prescriptions), by its entry's fullUrl or by {@code Medication/id}, relative
 * or absolute whatever the server base. Nothing is fetched: a Medication not at hand is not found.
 */
final class MedicationLookup {

    private static final String MEDICATION = "Medication";

    private final Map<String, Medication> byReference = new HashMap<>();

    /** Indexes the Medications among {@code resources}; other resources are passed over. */
    MedicationLookup(List<Resource> resources) {
        for (Resource resource : resources) {
            if (resource instanceof Medication medication) {
                if (medication.getUserData(Bundles.FULL_URL) instanceof String fullUrl) {
                    byReference.putIfAbsent(fullUrl, medication);
                    typeAndId(fullUrl).ifPresent(key -> byReference.putIfAbsent(key, medication));
                }
                ownTypeAndId(medication.getIdElement()).ifPresent(key -> byReference.putIfAbsent(key, medication));
            }
        }
    }

    /** The Medication {@code reference}, made in {@code holder}, names, if the call holds it. */
    Optional<Medication> find(Reference reference, DomainResource holder) {
        if (reference.getResource() instanceof Medication linked) {
            return Optional.of(linked);
        }
        if (!reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        if (target.startsWith("#")) {
            return contained(holder, target.substring(1));
        }
        Medication byUrl = byReference.get(target);
        return byUrl != null ? Optional.of(byUrl) : typeAndId(target).map(byReference::get);
    }

    /** A contained Medication by its local id, which HAPI may hold with or without the '#'. */
    private static Optional<Medication> contained(DomainResource holder, String localId) {
        return holder.getContained().stream()
                .filter(Medication.class::isInstance)
                .map(Medication.class::cast)
                .filter(m -> localId.equals(m.getIdElement().getIdPart())
                        || ("#" + localId).equals(m.getIdElement().getIdPart()))
                .findFirst();
    }

    /** {@code Medication/id} for a relative or absolute reference to a Medication. */
    private static Optional<String> typeAndId(String reference) {
        IdType id = new IdType(reference);
        return MEDICATION.equals(id.getResourceType()) && id.hasIdPart()
                ? Optional.of(MEDICATION + "/" + id.getIdPart()) : Optional.empty();
    }

    /** {@code Medication/id} for a Medication's own id, which a resource built in memory may give bare. */
    private static Optional<String> ownTypeAndId(IdType id) {
        boolean named = id.hasIdPart() && !id.isUrn()
                && (!id.hasResourceType() || MEDICATION.equals(id.getResourceType()));
        return named ? Optional.of(MEDICATION + "/" + id.getIdPart()) : Optional.empty();
    }
}
