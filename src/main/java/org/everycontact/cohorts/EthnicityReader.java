package org.everycontact.cohorts;

import java.util.Map;
import java.util.Set;
import org.everycontact.record.Code;
import org.everycontact.record.Demographics;

/**
 * Derives the ethnic group from the UK Core ethnic category extension (clinical-spec §3.4, §8.7):
 * the 2001-census 16+1 codes of the England code system, or of the retired UK Core code system,
 * whose CL (Irish Traveller), CM (Traveller) and CN (Gypsy/Romany) also mark Gypsy, Roma and
 * Traveller (their group stays unknown: §3.4 places them in none). Z, 99, a missing coding, and any
 * other code or system are {@link EthnicGroup#UNKNOWN}: nothing is guessed, and an extended code's
 * first letter is not read as its category.
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
    private static final Set<String> GYPSY_ROMA_TRAVELLER = Set.of("CL", "CM", "CN");

    private final boolean chineseAsAsian;

    /** @param chineseAsAsian see {@link CohortParameters#chineseAsAsian()} */
    public EthnicityReader(boolean chineseAsAsian) {
        this.chineseAsAsian = chineseAsAsian;
    }

    public Ethnicity read(Demographics demographics) {
        Code code = demographics == null ? null : demographics.ethnicCategory();
        if (code == null || code.code() == null || !(ENGLAND.equals(code.system()) || RETIRED.equals(code.system()))) {
            return new Ethnicity(EthnicGroup.UNKNOWN, false, code);
        }
        if (RETIRED.equals(code.system()) && GYPSY_ROMA_TRAVELLER.contains(code.code())) {
            return new Ethnicity(EthnicGroup.UNKNOWN, true, code);
        }
        if (CHINESE.equals(code.code())) {
            return new Ethnicity(chineseAsAsian ? EthnicGroup.ASIAN : EthnicGroup.OTHER, false, code);
        }
        return new Ethnicity(CENSUS_2001.getOrDefault(code.code(), EthnicGroup.UNKNOWN), false, code);
    }
}
