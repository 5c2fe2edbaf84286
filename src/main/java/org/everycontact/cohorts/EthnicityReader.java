package org.everycontact.cohorts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.record.Code;
import org.everycontact.record.Demographics;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.ConceptMapping;

/**
 * Derives the ethnic group (clinical-spec §3.4, §8.7).
 *
 * <p>First from the UK Core ethnic category extension: the 2001-census 16+1 codes of the England code
 * system, or of the retired UK Core code system, whose CL (Irish Traveller), CM (Traveller) and CN
 * (Gypsy/Romany) also mark Gypsy, Roma and Traveller (their group stays unknown: §3.4 places them in
 * none). An extended code's first letter is not read as its category.
 *
 * <p>When the extension is absent, 99 (not known: not asked) or a code or system EveryContact does not
 * recognise, the latest SNOMED CT ethnicity Observation (ETHNALL_COD) is read through the shipped
 * ethnicity ConceptMap instead. Z (asked, declined) is the patient's answer and is never overridden.
 * The map's T (Traveller) marks Gypsy, Roma and Traveller with an unknown group, and W (Arab) is
 * "other", the NHS Data Dictionary's broad group for it. Nothing is ever inferred from a name or a
 * language.
 */
public final class EthnicityReader {

    static final String ENGLAND = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";
    static final String RETIRED = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategory";

    private static final Map<String, EthnicGroup> CENSUS_2001 = Map.ofEntries(
            Map.entry("A", EthnicGroup.WHITE), Map.entry("B", EthnicGroup.WHITE), Map.entry("C", EthnicGroup.WHITE),
            Map.entry("D", EthnicGroup.MIXED), Map.entry("E", EthnicGroup.MIXED), Map.entry("F", EthnicGroup.MIXED),
            Map.entry("G", EthnicGroup.MIXED),
            Map.entry("H", EthnicGroup.ASIAN), Map.entry("J", EthnicGroup.ASIAN), Map.entry("K", EthnicGroup.ASIAN),
            Map.entry("L", EthnicGroup.ASIAN),
            Map.entry("M", EthnicGroup.BLACK), Map.entry("N", EthnicGroup.BLACK), Map.entry("P", EthnicGroup.BLACK),
            Map.entry("S", EthnicGroup.OTHER));
    private static final String CHINESE = "R";
    private static final String NOT_STATED = "Z";
    private static final Set<String> GYPSY_ROMA_TRAVELLER = Set.of("CL", "CM", "CN");
    /** NHS Data Dictionary codes outside the 2001 16+1 that the SNOMED map targets. */
    private static final String TRAVELLER = "T";
    private static final String ARAB = "W";

    private final boolean chineseAsAsian;
    private final ConceptMapping snomedMap;

    /** An extension-only reader. @param chineseAsAsian see {@link CohortParameters#chineseAsAsian()} */
    public EthnicityReader(boolean chineseAsAsian) {
        this(chineseAsAsian, null);
    }

    /** @param snomedMap SNOMED CT ethnicity findings to ethnic category, for the Observation fallback */
    public EthnicityReader(boolean chineseAsAsian, ConceptMapping snomedMap) {
        this.chineseAsAsian = chineseAsAsian;
        this.snomedMap = snomedMap;
    }

    /** The extension, else (see the class comment) the latest mapped ethnicity Observation. */
    public Ethnicity read(PatientRecord record) {
        Ethnicity extension = read(record.demographics());
        if (extension.group() != EthnicGroup.UNKNOWN || extension.gypsyRomaTraveller() || declined(extension.code())
                || snomedMap == null) {
            return extension;
        }
        return latestObservation(record.observations()).orElse(extension);
    }

    /** The UK Core ethnic category extension alone. */
    public Ethnicity read(Demographics demographics) {
        Code code = demographics == null ? null : demographics.ethnicCategory();
        if (code == null || code.code() == null || !isUkCore(code)) {
            return new Ethnicity(EthnicGroup.UNKNOWN, false, code);
        }
        if (RETIRED.equals(code.system()) && GYPSY_ROMA_TRAVELLER.contains(code.code())) {
            return new Ethnicity(EthnicGroup.UNKNOWN, true, code);
        }
        return new Ethnicity(group(code.code()), false, code);
    }

    private static boolean isUkCore(Code code) {
        return ENGLAND.equals(code.system()) || RETIRED.equals(code.system());
    }

    private static boolean declined(Code code) {
        return code != null && isUkCore(code) && NOT_STATED.equals(code.code());
    }

    private EthnicGroup group(String category) {
        if (CHINESE.equals(category)) {
            return chineseAsAsian ? EthnicGroup.ASIAN : EthnicGroup.OTHER;
        }
        if (ARAB.equals(category)) {
            return EthnicGroup.OTHER;
        }
        return CENSUS_2001.getOrDefault(category, EthnicGroup.UNKNOWN);
    }

    private Optional<Ethnicity> latestObservation(List<ObservationEntry> observations) {
        return observations.stream()
                .filter(o -> o.isUsable() && o.effective() != null)
                .flatMap(o -> Stream.concat(o.codes().stream(), o.valueCodes().stream())
                        .filter(c -> snomedMap.target(c) != null)
                        .map(c -> new Mapped(c, snomedMap.target(c).code(), o.effective().date()))
                        .limit(1))
                .max(Comparator.comparing(Mapped::date))
                .map(m -> new Ethnicity(TRAVELLER.equals(m.category()) ? EthnicGroup.UNKNOWN : group(m.category()),
                        TRAVELLER.equals(m.category()), m.code(), Ethnicity.Source.OBSERVATION, m.date()));
    }

    private record Mapped(Code code, String category, LocalDate date) {
    }
}
