package org.everycontact.cohorts;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetLibrary;
import org.everycontact.record.Code;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;

/**
 * Core20 and the active PLUS groups of one patient (clinical-spec §3.3, §3.5). A group is reported
 * only when the record states it; absence of a code is unknown, never "not in group" (hazard H18),
 * and nothing is inferred from a name or language.
 */
@Singleton
public class CohortFinder {

    private final ValueSetLibrary valueSets;
    private final EthnicityReader ethnicity;
    private final Set<PlusGroup> plusGroups;

    public CohortFinder(ValueSetLibrary valueSets, CohortParameters parameters) {
        this.valueSets = valueSets;
        this.ethnicity = new EthnicityReader(parameters.chineseAsAsian());
        this.plusGroups = Set.copyOf(parameters.plusGroups());
    }

    public CohortProfile find(PatientRecord record, Deprivation deprivation) {
        List<Cohort> cohorts = new ArrayList<>();
        if (deprivation.core20()) {
            cohorts.add(new Cohort(Cohort.CORE20, List.of(deprivation.index() + " decile " + deprivation.decile()
                    + " (LSOA " + deprivation.lsoa() + ")")));
        }
        Ethnicity recorded = ethnicity.read(record.demographics());
        for (PlusGroup group : PlusGroup.values()) {
            if (!plusGroups.contains(group)) {
                continue;
            }
            Set<String> evidence = new LinkedHashSet<>();
            if (group.codes() != null) {
                recordedCodes(record, valueSets.get(group.codes())).forEach(c -> evidence.add(key(c)));
            }
            if (group == PlusGroup.GYPSY_ROMA_TRAVELLER && recorded.gypsyRomaTraveller()
                    || group == PlusGroup.ETHNIC_MINORITY && isMinority(recorded.group())) {
                evidence.add(key(recorded.code()));
            }
            if (!evidence.isEmpty()) {
                cohorts.add(Cohort.plus(group, List.copyOf(evidence)));
            }
        }
        return new CohortProfile(recorded, deprivation, cohorts);
    }

    private static boolean isMinority(EthnicGroup group) {
        return group != EthnicGroup.WHITE && group != EthnicGroup.UNKNOWN;
    }

    /** Codes in the set on Conditions not refuted or entered in error, and on usable Observations. */
    private static Stream<Code> recordedCodes(PatientRecord record, CodeSet codes) {
        Stream<Code> conditions = record.conditions().stream()
                .filter(c -> !c.isRefutedOrError())
                .map(ConditionEntry::codes).flatMap(List::stream);
        Stream<Code> observations = record.observations().stream()
                .filter(ObservationEntry::isUsable)
                .map(ObservationEntry::codes).flatMap(List::stream);
        return Stream.concat(conditions, observations).filter(codes::contains);
    }

    private static String key(Code code) {
        return code.system() + "|" + code.code();
    }
}
