package org.everycontact.opportunities;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.ImmunizationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * What the record says about one vaccine programme (clinical-spec §6.5, IN-3). A vaccine was given if
 * an Immunization with status completed carries a code of the programme as its vaccineCode or as its
 * UK Core vaccination-procedure extension, or a Procedure, Observation or Condition carries one (H01).
 * It was declined or contraindicated if an Immunization with status not-done gives a statusReason in the
 * programme's declined set or in "any immunisation contraindicated", or a Procedure, Observation or
 * Condition carries such a code (H14). A not-done Immunization with any other reason (out of stock, say)
 * or none is neither a dose nor a decline: the vaccine is still due.
 */
final class Vaccinations {

    /** Vaccine rules judge the absence of a vaccination, which may be recorded in any of these. */
    static final Set<ResourceKind> NEEDS_COMPLETE = Set.copyOf(EnumSet.of(ResourceKind.IMMUNIZATION,
            ResourceKind.OBSERVATION, ResourceKind.CONDITION, ResourceKind.PROCEDURE));

    /** One programme's codes: given, and declined or contraindicated (none verified for RSV). */
    record Programme(CodeSet given, Optional<CodeSet> declined) {
    }

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private final CodeSet anyContraindicated;

    Vaccinations(CodeSet anyContraindicated) {
        this.anyContraindicated = anyContraindicated;
    }

    /** Dates the programme's vaccine was given, on or before the as-of date, earliest first. */
    static List<LocalDate> given(PatientRecord record, Programme programme, LocalDate asOf) {
        CodeSet given = programme.given();
        Stream<ClinicalTime> immunizations = record.immunizations().stream()
                .filter(i -> "completed".equals(i.status()) && names(i, given))
                .map(ImmunizationEntry::occurrence);
        return Stream.concat(immunizations, RecordQueries.codedEvents(record, given))
                .filter(t -> t != null && t.date() != null && !t.date().isAfter(asOf))
                .map(ClinicalTime::date).sorted().toList();
    }

    static Optional<LocalDate> lastGiven(PatientRecord record, Programme programme, LocalDate asOf) {
        List<LocalDate> dates = given(record, programme, asOf);
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }

    /** The latest date the programme's vaccine was declined or contraindicated, on or before the as-of date. */
    Optional<LocalDate> lastDeclined(PatientRecord record, Programme programme, LocalDate asOf) {
        Stream<ClinicalTime> notDone = record.immunizations().stream()
                .filter(i -> "not-done".equals(i.status()))
                .filter(i -> anyContraindicated.containsAny(i.statusReasons())
                        || programme.declined().map(d -> d.containsAny(i.statusReasons())).orElse(false))
                .map(ImmunizationEntry::occurrence);
        Stream<ClinicalTime> coded = Stream.concat(RecordQueries.codedEvents(record, anyContraindicated),
                programme.declined().map(d -> RecordQueries.codedEvents(record, d)).orElseGet(Stream::empty));
        return Stream.concat(notDone, coded)
                .filter(t -> t != null && t.date() != null && !t.date().isAfter(asOf))
                .map(ClinicalTime::date).max(Comparator.naturalOrder());
    }

    /** A date inside an eligibility phrase ("aged 65 or over by 31 Mar 2027"), written as cards write dates. */
    static String display(LocalDate date) {
        return DISPLAY.format(date);
    }

    private static boolean names(ImmunizationEntry immunization, CodeSet codes) {
        return codes.containsAny(immunization.vaccineCodes()) || codes.containsAny(immunization.procedureCodes());
    }
}
