package org.everycontact.cohorts;

import java.time.LocalDate;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ProcedureEntry;
import org.everycontact.terminology.CodeSet;

/**
 * QOF-style register membership, one reading for the cohorts and the rules alike. On the register: a
 * Condition with a code of the set that is not refuted, in error, resolved, inactive or in remission,
 * or a usable Observation or Procedure with a code of the set dated up to the as-of date (GP systems
 * record register codes either way, clinical-spec IN-3); and, where the register has a "resolved"
 * cluster (HYPRES_COD, DMRES_COD, ...), the latest diagnosis code not followed, on the same day or
 * later, by a resolved code.
 */
public final class Registers {

    private Registers() {
    }

    /** Membership of the register of {@code codes}, ended by {@code resolved} when that is not null. */
    public static boolean includes(PatientRecord record, CodeSet codes, CodeSet resolved, LocalDate asOf) {
        if (!hasCurrentEntry(record, codes, asOf)) {
            return false;
        }
        LocalDate lastResolved = resolved == null ? null : latestDate(record, resolved);
        if (lastResolved == null) {
            return true;
        }
        LocalDate diagnosed = latestDate(record, codes);
        return diagnosed == null || diagnosed.isAfter(lastResolved);
    }

    private static boolean hasCurrentEntry(PatientRecord record, CodeSet codes, LocalDate asOf) {
        for (ConditionEntry c : record.index().conditions(codes.keys())) {
            if (!c.isRefutedOrError() && CodedEvents.activeCondition(c)) {
                return true;
            }
        }
        for (ObservationEntry o : record.index().observations(codes.keys())) {
            if (o.isUsable() && upTo(o.effective(), asOf)) {
                return true;
            }
        }
        for (ProcedureEntry p : record.index().procedures(codes.keys())) {
            if (CodedEvents.usable(p) && upTo(p.performed(), asOf)) {
                return true;
            }
        }
        return false;
    }

    private static boolean upTo(ClinicalTime time, LocalDate asOf) {
        return time == null || !time.date().isAfter(asOf);
    }

    /** The latest date of a code of the set on a usable entry of any kind, whatever a Condition's status. */
    private static LocalDate latestDate(PatientRecord record, CodeSet codes) {
        LocalDate latest = null;
        for (ConditionEntry c : record.index().conditions(codes.keys())) {
            if (!c.isRefutedOrError()) {
                latest = later(latest, c.when());
            }
        }
        for (ObservationEntry o : record.index().observations(codes.keys())) {
            if (o.isUsable()) {
                latest = later(latest, o.effective());
            }
        }
        for (ProcedureEntry p : record.index().procedures(codes.keys())) {
            if (CodedEvents.usable(p)) {
                latest = later(latest, p.performed());
            }
        }
        return latest;
    }

    private static LocalDate later(LocalDate latest, ClinicalTime time) {
        return time != null && (latest == null || time.date().isAfter(latest)) ? time.date() : latest;
    }
}
