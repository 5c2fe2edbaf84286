package org.everycontact.equity;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The raw counts of one group as the database gave them, before disclosure control. */
final class GroupCounts {

    private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);
    private final Map<String, Long> reasons = new LinkedHashMap<>();

    void set(Measure measure, long value) {
        counts.put(measure, value);
    }

    long get(Measure measure) {
        return counts.getOrDefault(measure, 0L);
    }

    void addReason(String reason, long value) {
        reasons.merge(reason, value, Long::sum);
    }

    long reason(String reason) {
        return reasons.getOrDefault(reason, 0L);
    }
}
