package org.everycontact.cohorts;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.everycontact.cohorts.CodedEvents.Event;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ConceptMapId;
import org.everycontact.terminology.ConceptMapLibrary;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * Core20, the PLUS groups active for the practice's ICB, the Core20PLUS5 clinical areas and the
 * no-fixed-abode prompt of one patient (clinical-spec §3.2 to §5). A group is reported only when the
 * record states it; absence of a code is unknown, never "not in group" (hazard H18), and nothing is
 * inferred from a name or language. Sensitive groups (hazard H16) are reported only as
 * {@link Cohort#LOCAL}: their names and codes are never kept, shown or logged.
 */
@Singleton
public class CohortFinder {

    private static final String SNOMED = "http://snomed.info/sct";

    private final ValueSetLibrary valueSets;
    private final EthnicityReader ethnicity;
    private final Set<PlusGroup> active;
    private final Set<PlusGroup> sensitive;
    private final Map<PlusGroup, CodeSet> localCodes;
    private final CoastalAreas coastal;
    private final ClinicalAreas areas;

    public CohortFinder(ValueSetLibrary valueSets, ConceptMapLibrary conceptMaps, CohortParameters parameters) {
        this.valueSets = valueSets;
        this.ethnicity = new EthnicityReader(parameters.chineseAsAsian(),
                conceptMaps.get(ConceptMapId.ETHNICITY_SNOMED));
        this.active = activeGroups(parameters);
        this.sensitive = Set.copyOf(parameters.sensitiveGroups());
        this.localCodes = localCodes(parameters.localGroups());
        this.coastal = new CoastalAreas(parameters.coastal());
        this.areas = new ClinicalAreas(valueSets, parameters.areas());
    }

    /** The practice's ICB's own list when it has one, else the deployment's default. */
    static Set<PlusGroup> activeGroups(CohortParameters parameters) {
        return parameters.icb()
                .map(code -> parameters.icbs().get(code))
                .flatMap(CohortParameters.Icb::plusGroups)
                .map(Set::copyOf)
                .orElse(Set.copyOf(parameters.plusGroups()));
    }

    private static Map<PlusGroup, CodeSet> localCodes(Map<String, CohortParameters.LocalGroup> configured) {
        Map<PlusGroup, CodeSet> sets = new EnumMap<>(PlusGroup.class);
        configured.forEach((id, group) -> {
            PlusGroup plus = PlusGroup.byId(id)
                    .filter(g -> g.detection() == PlusGroup.Detection.LOCAL_CODES)
                    .orElseThrow(() -> new IllegalStateException("everycontact.cohorts.local-groups: \"" + id
                            + "\" is not a locally coded PLUS group"));
            Set<String> keys = group.codes().orElse(List.of()).stream()
                    .map(String::trim).filter(c -> !c.isEmpty())
                    .map(c -> c.contains("|") ? c : SNOMED + "|" + c)
                    .collect(Collectors.toSet());
            sets.put(plus, new CodeSet("everycontact.cohorts.local-groups." + id, null, keys));
        });
        return sets;
    }

    public CohortProfile find(PatientRecord record, Deprivation deprivation, LocalDate asOf) {
        List<Cohort> cohorts = new ArrayList<>();
        if (deprivation.core20()) {
            cohorts.add(new Cohort(Cohort.CORE20, List.of(deprivation.index() + " decile " + deprivation.decile()
                    + " (LSOA " + deprivation.lsoa() + ")")));
        }
        Ethnicity recorded = ethnicity.read(record);
        boolean inSensitiveGroup = false;
        for (PlusGroup group : PlusGroup.values()) {
            if (!active.contains(group)) {
                continue;
            }
            List<String> evidence = evidence(group, record, recorded, deprivation);
            if (evidence.isEmpty()) {
                continue;
            }
            if (sensitive.contains(group)) {
                inSensitiveGroup = true;
            } else {
                cohorts.add(Cohort.plus(group, evidence));
            }
        }
        if (inSensitiveGroup) {
            cohorts.add(new Cohort(Cohort.LOCAL, List.of(Cohort.LOCAL_EVIDENCE)));
        }
        boolean prioritised = deprivation.core20()
                || cohorts.stream().anyMatch(c -> c.id().startsWith(Cohort.PLUS_PREFIX));
        List<Cohort> facts = deprivation.noFixedAbode()
                ? List.of(new Cohort(Cohort.NO_FIXED_ABODE, List.of("pseudo-postcode " + deprivation.postcode())))
                : List.of();
        return new CohortProfile(recorded, deprivation, cohorts, areas.find(record, prioritised, asOf), facts);
    }

    private List<String> evidence(PlusGroup group, PatientRecord record, Ethnicity recorded,
                                  Deprivation deprivation) {
        return switch (group.detection()) {
            case NATIONAL_CODES -> {
                Set<String> evidence = new LinkedHashSet<>(group == PlusGroup.CARER ? carer(record)
                        : keys(CodedEvents.current(record, valueSets.get(group.codes())).toList()));
                if (group == PlusGroup.GYPSY_ROMA_TRAVELLER && recorded.gypsyRomaTraveller()
                        && !evidence.contains(key(recorded))) {
                    evidence.add(recorded.evidence());
                }
                yield List.copyOf(evidence);
            }
            case ETHNICITY -> isMinority(recorded.group()) ? List.of(recorded.evidence()) : List.of();
            case LOCAL_CODES -> {
                CodeSet codes = localCodes.get(group);
                yield codes == null ? List.of() : keys(CodedEvents.current(record, codes).toList());
            }
            case AREA -> coastal.evidence(deprivation).map(List::of).orElse(List.of());
        };
    }

    /** Carer codes recorded after the latest NOTCARER code, if any (PRIMIS CARER / NOTCARER). */
    private List<String> carer(PatientRecord record) {
        Optional<LocalDate> stopped = CodedEvents.of(record, valueSets.get(ValueSetId.NOT_CARER))
                .map(Event::date).filter(Objects::nonNull).max(Comparator.naturalOrder());
        return keys(CodedEvents.current(record, valueSets.get(ValueSetId.CARER))
                .filter(e -> stopped.isEmpty() || e.date() != null && e.date().isAfter(stopped.get()))
                .toList());
    }

    private static boolean isMinority(EthnicGroup group) {
        return group != EthnicGroup.WHITE && group != EthnicGroup.UNKNOWN;
    }

    private static List<String> keys(List<Event> events) {
        return events.stream().map(e -> e.code().system() + "|" + e.code().code()).distinct().toList();
    }

    private static String key(Ethnicity recorded) {
        return recorded.code().system() + "|" + recorded.code().code();
    }
}
