package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.Quantity;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * Questions the cardiovascular rules share: which established cardiovascular disease register a
 * patient is on (CHD, PAD, stroke, TIA), events up to the as-of date, and recorded risk scores in
 * percent (never computed, §10.1).
 */
final class CardiovascularQueries {

    /** Coded events and medicines: what a rule that judges "no statin" or "no antihypertensive" needs complete. */
    static final Set<ResourceKind> CODED_EVENT_AND_MEDICATION_TYPES = Set.copyOf(EnumSet.of(
            ResourceKind.OBSERVATION, ResourceKind.CONDITION, ResourceKind.PROCEDURE,
            ResourceKind.MEDICATION_REQUEST, ResourceKind.MEDICATION_STATEMENT));

    /** A register with the words a card uses for it. */
    record Register(String name, String shortName, CodeSet codes) {
    }

    /** A recorded risk score in percent on its date. */
    record Score(LocalDate date, BigDecimal percent) {
    }

    private final List<Register> established;

    /** The established-CVD registers in the order cards name them: CHD, PAD, stroke, TIA. */
    CardiovascularQueries(CodeSet chd, CodeSet pad, CodeSet stroke, CodeSet tia) {
        this.established = List.of(
                new Register("Coronary heart disease", "CHD", chd),
                new Register("Peripheral arterial disease", "PAD", pad),
                new Register("Stroke", "Stroke", stroke),
                new Register("Transient ischaemic attack", "TIA", tia));
    }

    /** The first established-CVD register the patient is on. */
    Optional<Register> establishedCvd(PatientRecord record, LocalDate asOf) {
        return established.stream().filter(r -> RecordQueries.onRegister(record, r.codes(), asOf)).findFirst();
    }

    /** A coded event in the set on or before the as-of date. */
    static boolean anyEver(PatientRecord record, CodeSet codes, LocalDate asOf) {
        return RecordQueries.codedEvents(record, codes).anyMatch(t -> !t.date().isAfter(asOf));
    }

    /** The latest coded event in the set on or before the as-of date. */
    static Optional<LocalDate> latestUpTo(PatientRecord record, CodeSet codes, LocalDate asOf) {
        return RecordQueries.codedEvents(record, codes).map(ClinicalTime::date).filter(d -> !d.isAfter(asOf))
                .max(LocalDate::compareTo);
    }

    /** The latest medicine in the set issued or recorded on or before the as-of date. */
    static Optional<LocalDate> lastMedication(PatientRecord record, CodeSet medicines, LocalDate asOf) {
        return RecordQueries.medicationDates(record, medicines).filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo);
    }

    /**
     * Risk scores in the set with a value in percent (UCUM "%", or no unit at all), on or before the
     * as-of date, from final or amended Observations (not preliminary), oldest first.
     */
    static List<Score> scores(PatientRecord record, CodeSet codes, LocalDate asOf) {
        return record.index().observations(codes.keys()).stream()
                .filter(o -> o.isUsable() && !"preliminary".equals(o.status()))
                .filter(o -> o.effective() != null && !o.effective().date().isAfter(asOf))
                .filter(o -> isPercent(o.value()))
                .map(o -> new Score(o.effective().date(), o.value().value()))
                .sorted(Comparator.comparing(Score::date))
                .toList();
    }

    private static boolean isPercent(Quantity q) {
        if (q == null || q.value() == null) {
            return false;
        }
        String unit = q.code() != null ? q.code() : q.unit();
        return unit == null || "%".equals(unit);
    }
}
