package org.everycontact.deprivation;

/**
 * Where a patient's home postcode places them: the neighbourhood (LSOA), its index rank, decile and
 * quintile, the nation, and Core20 (England's most deprived 20%, national IMD only). IMD describes
 * areas, not people. Fields that do not apply are null.
 *
 * @param postcodeKey the postcode as a {@link PostcodeKey}, or {@link PostcodeKey#NO_KEY}; kept packed
 *                    so that a lookup allocates nothing but its answer ({@link #postcode()} formats it)
 * @param pseudoPostcode the NHS pseudo-postcode as given (normalised), for status PSEUDO
 * @param lsoa the small area the rank belongs to
 * @param lsoaVintage 2011 or 2021
 * @param lsoaMapping how the area was reached when not directly ("ONS best-fit LSOA 2011 to 2021")
 * @param index the index used (its edition), for England the national IMD; otherwise the nation's own
 * @param noFixedAbode the pseudo-postcode ZZ99 3VZ: a prompt to check housing status, not a label
 * @param postcodeSource the release that placed the postcode (file and import date): provenance
 * @param indexSource the release the rank comes from
 */
public record Deprivation(
        DeprivationStatus status,
        long postcodeKey,
        String pseudoPostcode,
        String lsoa,
        Integer lsoaVintage,
        String lsoaMapping,
        Nation nation,
        IndexEdition index,
        Integer rank,
        Integer decile,
        Integer quintile,
        boolean core20,
        boolean terminated,
        boolean noFixedAbode,
        String postcodeSource,
        String indexSource) {

    static Deprivation of(DeprivationStatus status, long postcodeKey) {
        return new Deprivation(status, postcodeKey, null, null, null, null, null, null, null, null, null, false, false,
                false, null, null);
    }

    /** The postcode and its small area stay out of any log line. */
    @Override
    public String toString() {
        return "Deprivation[status=" + status + ", nation=" + nation + ", index=" + index + ", decile=" + decile
                + ", core20=" + core20 + "]";
    }

    /** The normalised postcode (pcds form), or null when absent or malformed. */
    public String postcode() {
        return postcodeKey >= 0 ? PostcodeKey.format(postcodeKey) : pseudoPostcode;
    }
}
