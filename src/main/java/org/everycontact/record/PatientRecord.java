package org.everycontact.record;

import java.util.List;
import java.util.Map;

/**
 * Everything EveryContact knows about one patient for one hook call: immutable, assembled once
 * from prefetch and fetched resources, and the only input of the clinical rules.
 *
 * @param completeness for each resource type, whether the record holds all of it
 * @param excludedResources resources left out because their subject was another patient (hazard H11)
 */
public record PatientRecord(
        Demographics demographics,
        List<ConditionEntry> conditions,
        List<ObservationEntry> observations,
        List<ImmunizationEntry> immunizations,
        List<ProcedureEntry> procedures,
        List<MedicationEntry> medications,
        List<EncounterEntry> encounters,
        Map<ResourceKind, Completeness> completeness,
        int excludedResources) {

    public PatientRecord {
        conditions = List.copyOf(conditions);
        observations = List.copyOf(observations);
        immunizations = List.copyOf(immunizations);
        procedures = List.copyOf(procedures);
        medications = List.copyOf(medications);
        encounters = List.copyOf(encounters);
        completeness = Map.copyOf(completeness);
    }

    /** Counts only: the record's content stays out of any log line. */
    @Override
    public String toString() {
        return "PatientRecord[conditions=" + conditions.size() + ", observations=" + observations.size()
                + ", immunizations=" + immunizations.size() + ", procedures=" + procedures.size()
                + ", medications=" + medications.size() + ", encounters=" + encounters.size()
                + ", excludedResources=" + excludedResources + "]";
    }

    public boolean isComplete(ResourceKind kind) {
        Completeness c = completeness.get(kind);
        return c != null && c.isComplete();
    }
}
