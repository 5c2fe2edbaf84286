package org.everycontact.opportunities;

import java.time.LocalDate;
import org.everycontact.cohorts.Registers;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * A QOF-style register by name: its diagnosis codes and, where QOF defines one, the cluster that
 * ends membership (resolved or remission); {@code resolved} is null when there is none.
 */
record Register(String name, CodeSet codes, CodeSet resolved) {

    static Register of(String name, ValueSetLibrary valueSets, ValueSetId codes) {
        return new Register(name, valueSets.get(codes), null);
    }

    static Register of(String name, ValueSetLibrary valueSets, ValueSetId codes, ValueSetId resolved) {
        return new Register(name, valueSets.get(codes), valueSets.get(resolved));
    }

    /** The SMI register: MH_COD with the latest code not a remission code (clinical-spec §6.4). */
    static Register smi(ValueSetLibrary valueSets) {
        return of("SMI", valueSets, ValueSetId.SMI, ValueSetId.SMI_REMISSION);
    }

    boolean includes(PatientRecord record, LocalDate asOf) {
        return Registers.includes(record, codes, resolved, asOf);
    }
}
