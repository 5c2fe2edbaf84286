package org.everycontact.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The entries of one {@link PatientRecord} by code, built once with the record, so that a rule asking
 * about a ValueSet looks up the set's codes instead of scanning the whole record (issue 4: all rules on a
 * 500-resource record in under 200 µs). Keys are the {@code system|code} form of
 * {@link org.everycontact.terminology.CodeSet#keys()}: an entry is found under a set's key exactly when
 * {@code CodeSet.contains} accepts one of its codes.
 *
 * <p>Every entry is indexed whatever its status: the callers keep their own filters. A lookup returns
 * each entry carrying a code of the sets once, in the record's order, as a scan of the record would
 * meet it. Derived from the entries, so it takes no part in {@link PatientRecord#equals} and shows no
 * content in {@link #toString()}.
 *
 * <p>It also keeps the values several rules derive from the same entries in one hook call (the
 * blood-pressure readings, a bundled rule's finding), so that each is computed once per record.
 */
public final class RecordIndex {

    private static final int[] NONE = new int[0];

    private final List<ConditionEntry> conditions;
    private final List<ObservationEntry> observations;
    private final List<ProcedureEntry> procedures;
    private final List<MedicationEntry> medications;
    private final Map<String, int[]> conditionCodes;
    /** An Observation's own codes. */
    private final Map<String, int[]> observationCodes;
    /** An Observation's own codes and its components' codes. */
    private final Map<String, int[]> observationOrComponentCodes;
    private final Map<String, int[]> procedureCodes;
    private final Map<String, int[]> medicationCodes;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    RecordIndex(List<ConditionEntry> conditions, List<ObservationEntry> observations,
                List<ProcedureEntry> procedures, List<MedicationEntry> medications) {
        this.conditions = conditions;
        this.observations = observations;
        this.procedures = procedures;
        this.medications = medications;
        Builder c = new Builder();
        for (int i = 0; i < conditions.size(); i++) {
            c.add(conditions.get(i).codes(), i);
        }
        Builder own = new Builder();
        Builder any = new Builder();
        for (int i = 0; i < observations.size(); i++) {
            ObservationEntry o = observations.get(i);
            if (o.codes() != null) {
                for (Code code : o.codes()) {
                    if (code != null) {
                        String key = key(code);
                        own.add(key, i);
                        any.add(key, i);
                    }
                }
            }
            if (o.components() != null) {
                for (ObservationEntry.Component component : o.components()) {
                    if (component != null) {
                        any.add(component.codes(), i);
                    }
                }
            }
        }
        Builder p = new Builder();
        for (int i = 0; i < procedures.size(); i++) {
            p.add(procedures.get(i).codes(), i);
        }
        Builder m = new Builder();
        for (int i = 0; i < medications.size(); i++) {
            m.add(medications.get(i).codes(), i);
        }
        this.conditionCodes = c.build();
        this.observationCodes = own.build();
        this.observationOrComponentCodes = any.build();
        this.procedureCodes = p.build();
        this.medicationCodes = m.build();
    }

    /**
     * The key {@code CodeSet} matches a code on: a missing system or code is spelt "null", as
     * {@code CodeSet.contains} looks it up.
     */
    static String key(Code code) {
        return String.valueOf(code.system()) + "|" + String.valueOf(code.code());
    }

    /** Conditions with a code under one of the keys, whatever their status. */
    public List<ConditionEntry> conditions(Set<String> keys) {
        return entries(conditions, positions(conditionCodes, keys));
    }

    /** Observations with a code (their own, not a component's) under one of the keys of any of the sets. */
    @SafeVarargs
    public final List<ObservationEntry> observations(Set<String>... keySets) {
        return entries(observations, positions(observationCodes, keySets));
    }

    /** Observations with a code of their own or of a component under one of the keys of any of the sets. */
    @SafeVarargs
    public final List<ObservationEntry> observationsOrComponents(Set<String>... keySets) {
        return entries(observations, positions(observationOrComponentCodes, keySets));
    }

    /**
     * The positions in {@link PatientRecord#observations()} of the Observations with a code of their own
     * or of a component under one of the keys of any of the sets, ascending, each once.
     */
    @SafeVarargs
    public final int[] observationOrComponentPositions(Set<String>... keySets) {
        int[] found = positions(observationOrComponentCodes, keySets);
        return found.length == 0 ? NONE : found.clone();
    }

    /** Procedures with a code under one of the keys, whatever their status. */
    public List<ProcedureEntry> procedures(Set<String> keys) {
        return entries(procedures, positions(procedureCodes, keys));
    }

    /** MedicationRequests and MedicationStatements with a code under one of the keys, whatever their status. */
    public List<MedicationEntry> medications(Set<String> keys) {
        return entries(medications, positions(medicationCodes, keys));
    }

    /**
     * The value {@code compute} derives from this record, computed on the first call for {@code key} and
     * shared after. The key names the computation and its inputs other than the record (by
     * {@code equals}); the value must be immutable and not null. Computed outside any lock, so a
     * computation may ask for other derived values; two threads racing on one key keep the first answer.
     */
    public <T> T derived(Object key, Supplier<T> compute) {
        Object known = derived.get(key);
        if (known == null) {
            T computed = compute.get();
            known = derived.putIfAbsent(key, computed);
            if (known == null) {
                return computed;
            }
        }
        @SuppressWarnings("unchecked")
        T value = (T) known;
        return value;
    }

    /** No clinical content: the index is derived from the record's entries. */
    @Override
    public String toString() {
        return "RecordIndex";
    }

    private static <E> List<E> entries(List<E> all, int[] positions) {
        if (positions.length == 0) {
            return List.of();
        }
        List<E> found = new ArrayList<>(positions.length);
        for (int position : positions) {
            found.add(all.get(position));
        }
        return found;
    }

    private static int[] positions(Map<String, int[]> index, Set<String> keys) {
        if (index.isEmpty() || keys.isEmpty()) {
            return NONE;
        }
        Hits hits = new Hits();
        // Walk the smaller side: a set's keys (1 to a few dozen) or the record's distinct codes.
        if (keys.size() <= index.size()) {
            for (String key : keys) {
                hits.add(index.get(key));
            }
        } else {
            for (Map.Entry<String, int[]> entry : index.entrySet()) {
                if (keys.contains(entry.getKey())) {
                    hits.add(entry.getValue());
                }
            }
        }
        return hits.positions();
    }

    @SafeVarargs
    private static int[] positions(Map<String, int[]> index, Set<String>... keySets) {
        if (keySets.length == 1) {
            return positions(index, keySets[0]);
        }
        int[] merged = NONE;
        int size = 0;
        int found = 0;
        for (Set<String> keys : keySets) {
            int[] hit = positions(index, keys);
            if (hit.length > 0) {
                merged = append(merged, size, hit);
                size += hit.length;
                found++;
            }
        }
        return found <= 1 ? Arrays.copyOf(merged, size) : sortedDistinct(merged, size);
    }

    private static int[] append(int[] to, int size, int[] more) {
        int[] target = to.length >= size + more.length ? to : Arrays.copyOf(to, Math.max(size + more.length, size * 2));
        System.arraycopy(more, 0, target, size, more.length);
        return target;
    }

    private static int[] sortedDistinct(int[] values, int size) {
        if (size <= 32) {
            for (int i = 1; i < size; i++) { // insertion sort: a few positions, no allocation
                int value = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > value) {
                    values[j + 1] = values[j];
                    j--;
                }
                values[j + 1] = value;
            }
        } else {
            Arrays.sort(values, 0, size);
        }
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /** The positions found under several keys: the first as it is, more merged, sorted and made distinct. */
    private static final class Hits {

        private int[] first;
        private int[] merged;
        private int size;

        void add(int[] hit) {
            if (hit == null) {
                return;
            }
            if (first == null) {
                first = hit;
                return;
            }
            if (merged == null) {
                merged = Arrays.copyOf(first, first.length + hit.length);
                size = first.length;
            }
            merged = append(merged, size, hit);
            size += hit.length;
        }

        int[] positions() {
            if (first == null) {
                return NONE;
            }
            return merged == null ? first : sortedDistinct(merged, size);
        }
    }

    /** Positions per key, ascending and each once: entries are added in order, an entry's codes together. */
    private static final class Builder {

        private final Map<String, Positions> positions = new HashMap<>();

        void add(List<Code> codes, int position) {
            if (codes == null) {
                return;
            }
            for (Code code : codes) {
                if (code != null) {
                    add(key(code), position);
                }
            }
        }

        void add(String key, int position) {
            Positions at = positions.get(key);
            if (at == null) {
                positions.put(key, new Positions(position));
            } else {
                at.add(position);
            }
        }

        Map<String, int[]> build() {
            Map<String, int[]> built = new HashMap<>(positions.size() * 2);
            positions.forEach((key, at) -> built.put(key, at.toArray()));
            return built;
        }
    }

    private static final class Positions {

        private int[] values = new int[2];
        private int size;

        Positions(int first) {
            values[size++] = first;
        }

        void add(int position) {
            if (values[size - 1] == position) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
