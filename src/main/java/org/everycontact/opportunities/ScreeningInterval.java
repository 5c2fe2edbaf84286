package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.CodeSet;

/**
 * An age band (completed years, both ends inclusive) and a repeat interval with its grace period: what
 * the bowel and breast screening rules share (clinical-spec §6.6). Nothing recorded within the interval
 * plus grace means screening is to be checked.
 */
record ScreeningInterval(int ageMin, int ageMax, int intervalMonths, int graceMonths) {

    boolean covers(int age) {
        return age >= ageMin && age <= ageMax;
    }

    int lookBackMonths() {
        return intervalMonths + graceMonths;
    }

    boolean screenedWithin(PatientRecord record, CodeSet screening, LocalDate asOf) {
        return RecordQueries.anyWithinMonths(record, screening, asOf, lookBackMonths());
    }

    /**
     * The evidence cards read: the latest screening (labelled {@code lastLabel}) or the statement that
     * there is none, then age, interval and look-back.
     */
    List<Evidence> evidence(PatientRecord record, CodeSet screening, int age, String lastLabel, String noneStatement) {
        List<Evidence> evidence = new ArrayList<>();
        RecordQueries.latest(record, screening).ifPresentOrElse(
                last -> evidence.add(Evidence.dated(lastLabel, last)),
                () -> evidence.add(Evidence.statement(noneStatement)));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        evidence.add(Evidence.valued("Interval (months)", Integer.toString(intervalMonths)));
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(lookBackMonths())));
        return evidence;
    }
}
