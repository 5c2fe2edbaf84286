package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.Quantity;
import org.everycontact.terminology.CodeSet;

/**
 * Blood pressure readings of a record for the threshold rules R-HTN-01, R-HTN-02 and R-HTN-04
 * (clinical-spec IN-6, IN-7, §8.2; hazard H04).
 * <ul>
 * <li>A panel (or any Observation) with systolic and diastolic components is one reading.</li>
 * <li>Separate systolic and diastolic Observations are paired only when their effective instants are
 *     equal (same encounter); never across instants or days. An unpaired value stays a one-sided
 *     reading: a systolic-only reading says nothing about the diastolic, and the reverse.</li>
 * <li>Modality: home average or ambulatory daytime average when a code is in those ValueSets,
 *     otherwise clinic; readings of different modalities never pair.</li>
 * <li>Values in mm[Hg] only (UCUM code, or unit text mm[Hg]/mmHg when no code is given); other units
 *     are ignored. Observations entered-in-error, cancelled or preliminary are ignored, and so is one
 *     without an effective time.</li>
 * </ul>
 */
final class BloodPressureReadings {

    enum Modality { CLINIC, HOME, AMBULATORY }

    /** One reading; {@code systolic} or {@code diastolic} is null when only the other was recorded. */
    record Reading(LocalDate date, Instant instant, Modality modality, BigDecimal systolic, BigDecimal diastolic) {

        boolean complete() {
            return systolic != null && diastolic != null;
        }

        /** Systolic at or above {@code s}, or diastolic at or above {@code d} (a missing side is not judged). */
        boolean atOrAbove(int s, int d) {
            return (systolic != null && systolic.compareTo(BigDecimal.valueOf(s)) >= 0)
                    || (diastolic != null && diastolic.compareTo(BigDecimal.valueOf(d)) >= 0);
        }

        /** Systolic above {@code s} or diastolic above {@code d}. */
        boolean above(int s, int d) {
            return (systolic != null && systolic.compareTo(BigDecimal.valueOf(s)) > 0)
                    || (diastolic != null && diastolic.compareTo(BigDecimal.valueOf(d)) > 0);
        }

        /** Both values recorded and both below the thresholds. */
        boolean completeAndBelow(int s, int d) {
            return complete() && !atOrAbove(s, d);
        }

        /** "152/94", or "systolic 150" / "diastolic 95" for a one-sided reading. */
        String display() {
            if (complete()) {
                return plain(systolic) + "/" + plain(diastolic);
            }
            return systolic != null ? "systolic " + plain(systolic) : "diastolic " + plain(diastolic);
        }

        boolean isAfter(Reading other) {
            return instant.isAfter(other.instant);
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    static final Comparator<Reading> CHRONOLOGICAL = Comparator.comparing(Reading::instant)
            .thenComparing(Reading::date);

    private final CodeSet panel;
    private final CodeSet systolic;
    private final CodeSet diastolic;
    private final CodeSet homeAverage;
    private final CodeSet ambulatoryDaytime;

    BloodPressureReadings(CodeSet panel, CodeSet systolic, CodeSet diastolic, CodeSet homeAverage,
                          CodeSet ambulatoryDaytime) {
        this.panel = panel;
        this.systolic = systolic;
        this.diastolic = diastolic;
        this.homeAverage = homeAverage;
        this.ambulatoryDaytime = ambulatoryDaytime;
    }

    CodeSet homeAverage() {
        return homeAverage;
    }

    CodeSet ambulatoryDaytime() {
        return ambulatoryDaytime;
    }

    /** Separate systolic and diastolic Observations pair on their instant and modality. */
    private record PairKey(Instant instant, Modality modality) {
    }

    /** The readings of one record as of one date, by the readings' code sets (this object's identity). */
    private record ReadingsAsOf(BloodPressureReadings readings, LocalDate asOf) {
    }

    /**
     * Every usable reading on or before the as-of date, oldest first: read once per record and date,
     * then shared by the rules that judge them.
     */
    List<Reading> readings(PatientRecord record, LocalDate asOf) {
        return record.index().derived(new ReadingsAsOf(this, asOf), () -> read(record, asOf));
    }

    private List<Reading> read(PatientRecord record, LocalDate asOf) {
        List<Reading> readings = new ArrayList<>();
        Map<PairKey, BigDecimal[]> parts = new LinkedHashMap<>();
        Map<PairKey, Reading> keys = new LinkedHashMap<>();
        // Only an Observation with a systolic or diastolic code, its own or a component's, gives a value;
        // the modality sets are looked up once, by position, not in every Observation's codes.
        BitSet ambulatory = positions(record, ambulatoryDaytime);
        BitSet home = positions(record, homeAverage);
        for (int at : record.index().observationOrComponentPositions(systolic.keys(), diastolic.keys())) {
            ObservationEntry o = record.observations().get(at);
            if (!o.isUsable() || "preliminary".equals(o.status()) || o.effective() == null
                    || o.effective().instant() == null || o.effective().date().isAfter(asOf)) {
                continue;
            }
            BigDecimal s = null;
            BigDecimal d = null;
            for (ObservationEntry.Component c : o.components()) {
                if (s == null && systolic.containsAny(c.codes())) {
                    s = mmHg(c.value());
                } else if (d == null && diastolic.containsAny(c.codes())) {
                    d = mmHg(c.value());
                }
            }
            if (s == null && d == null && !panel.containsAny(o.codes())) {
                if (systolic.containsAny(o.codes())) {
                    s = mmHg(o.value());
                } else if (diastolic.containsAny(o.codes())) {
                    d = mmHg(o.value());
                }
                if (s == null && d == null) {
                    continue;
                }
                Modality modality = modality(at, ambulatory, home);
                PairKey key = new PairKey(o.effective().instant(), modality);
                BigDecimal[] pair = parts.computeIfAbsent(key, k -> new BigDecimal[2]);
                if (s != null && pair[0] == null) {
                    pair[0] = s;
                } else if (d != null && pair[1] == null) {
                    pair[1] = d;
                }
                keys.put(key, new Reading(o.effective().date(), o.effective().instant(), modality, null, null));
                continue;
            }
            if (s != null || d != null) {
                readings.add(new Reading(o.effective().date(), o.effective().instant(), modality(at, ambulatory, home), s, d));
            }
        }
        keys.forEach((key, r) -> {
            BigDecimal[] pair = parts.get(key);
            readings.add(new Reading(r.date(), r.instant(), r.modality(), pair[0], pair[1]));
        });
        readings.sort(CHRONOLOGICAL);
        return List.copyOf(readings);
    }

    /**
     * Clinic blood pressure per day (NICE NG136 1.2.2): of several readings on one day, the lower of the
     * last two with both values (lower systolic, then lower diastolic); a day with one complete reading
     * gives it, and a day with only one-sided readings gives its last. Oldest day first.
     */
    List<Reading> clinicDays(PatientRecord record, LocalDate asOf) {
        return clinicDays(readings(record, asOf));
    }

    /** {@link #clinicDays(PatientRecord, LocalDate)} of the {@link #readings} already read. */
    static List<Reading> clinicDays(List<Reading> readings) {
        Map<LocalDate, List<Reading>> byDay = new TreeMap<>();
        for (Reading r : readings) {
            if (r.modality() == Modality.CLINIC) {
                byDay.computeIfAbsent(r.date(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Reading> days = new ArrayList<>();
        for (List<Reading> day : byDay.values()) {
            Reading a = null; // the last but one complete reading of the day
            Reading b = null; // the last complete reading of the day
            for (Reading r : day) {
                if (r.complete()) {
                    a = b;
                    b = r;
                }
            }
            if (a != null) {
                days.add(LOWER.compare(a, b) <= 0 ? a : b);
            } else if (b != null) {
                days.add(b);
            } else {
                days.add(day.get(day.size() - 1));
            }
        }
        return days;
    }

    static Optional<Reading> latest(List<Reading> readings) {
        return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(readings.size() - 1));
    }

    private static final Comparator<Reading> LOWER = Comparator.comparing(Reading::systolic)
            .thenComparing(Reading::diastolic);

    /**
     * From the Observation's codes and its components' codes, all together: ambulatory when one is in
     * the ambulatory daytime set, else home when one is in the home average set, else clinic.
     */
    private static Modality modality(int observation, BitSet ambulatory, BitSet home) {
        if (ambulatory.get(observation)) {
            return Modality.AMBULATORY;
        }
        if (home.get(observation)) {
            return Modality.HOME;
        }
        return Modality.CLINIC;
    }

    /** The positions of the Observations with a code of the set, their own or a component's. */
    private static BitSet positions(PatientRecord record, CodeSet codes) {
        BitSet positions = new BitSet();
        for (int at : record.index().observationOrComponentPositions(codes.keys())) {
            positions.set(at);
        }
        return positions;
    }

    private static BigDecimal mmHg(Quantity q) {
        if (q == null || q.value() == null) {
            return null;
        }
        boolean ucum = "mm[Hg]".equals(q.code());
        boolean text = q.code() == null && ("mm[Hg]".equals(q.unit()) || "mmHg".equals(q.unit()));
        return ucum || text ? q.value() : null;
    }
}
