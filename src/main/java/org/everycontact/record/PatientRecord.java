package org.everycontact.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything EveryContact knows about one patient for one hook call: immutable, assembled once
 * from prefetch and fetched resources, and the only input of the clinical rules.
 *
 * @param completeness for each resource type, whether the record holds all of it
 * @param excludedResources resources left out because their subject was another patient (hazard H11)
 * @param index the entries by code, derived from them: always built here from the entries (any index
 *     passed is replaced), left out of {@link #equals}, {@link #hashCode} and {@link #toString}
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
        int excludedResources,
        RecordIndex index) {

    public PatientRecord {
        conditions = List.copyOf(conditions);
        observations = List.copyOf(observations);
        immunizations = List.copyOf(immunizations);
        procedures = List.copyOf(procedures);
        medications = List.copyOf(medications);
        encounters = List.copyOf(encounters);
        completeness = Map.copyOf(completeness);
        index = new RecordIndex(conditions, observations, procedures, medications);
    }

    /** The record with its index built from the entries. */
    public PatientRecord(Demographics demographics, List<ConditionEntry> conditions,
                         List<ObservationEntry> observations, List<ImmunizationEntry> immunizations,
                         List<ProcedureEntry> procedures, List<MedicationEntry> medications,
                         List<EncounterEntry> encounters, Map<ResourceKind, Completeness> completeness,
                         int excludedResources) {
        this(demographics, conditions, observations, immunizations, procedures, medications, encounters,
                completeness, excludedResources, null);
    }

    /** The record's content; the index is derived from it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PatientRecord other && excludedResources == other.excludedResources
                && Objects.equals(demographics, other.demographics) && conditions.equals(other.conditions)
                && observations.equals(other.observations) && immunizations.equals(other.immunizations)
                && procedures.equals(other.procedures) && medications.equals(other.medications)
                && encounters.equals(other.encounters) && completeness.equals(other.completeness);
    }

    @Override
    public int hashCode() {
        return Objects.hash(demographics, conditions, observations, immunizations, procedures, medications,
                encounters, completeness, excludedResources);
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
