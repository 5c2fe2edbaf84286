package org.everycontact.cohorts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.PublishedCsv;

/**
 * Coastal communities with pockets of deprivation (clinical-spec §3.5, U): area-level, from lists the
 * ICS supplies. The home neighbourhood (the LSOA the deprivation lookup placed the postcode in) is
 * in the group when it is listed, or when its local authority district is. A district is read from
 * the shipped MHCLG IoD File 1 tables (LSOA 2021 to LAD 2024; LSOA 2011 to LAD 2019), which only
 * happens when districts are configured.
 */
final class CoastalAreas {

    /** Shipped with the deprivation reference data: OGL v3, see reference-data/SOURCES.md section 1. */
    static final List<String> DISTRICT_TABLES = List.of(
            "reference-data/imd/england/File_1_IoD2025_Index_of_Multiple_Deprivation.csv",
            "reference-data/imd/england/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv");

    private final Set<String> lsoas;
    /** LSOA to its district, for the configured districts' LSOAs only. */
    private final Map<String, String> districtOf;

    CoastalAreas(CohortParameters.Coastal parameters) {
        this.lsoas = parameters.lsoas().orElse(Set.of());
        Set<String> districts = parameters.districts().orElse(Set.of());
        this.districtOf = districts.isEmpty() ? Map.of() : lsoasIn(districts);
    }

    /** The evidence placing the home neighbourhood in a coastal community, or empty. */
    Optional<String> evidence(Deprivation deprivation) {
        String lsoa = deprivation.lsoa();
        if (lsoa == null) {
            return Optional.empty();
        }
        if (lsoas.contains(lsoa)) {
            return Optional.of("LSOA " + lsoa);
        }
        String district = districtOf.get(lsoa);
        return district == null ? Optional.empty()
                : Optional.of("local authority district " + district + " (LSOA " + lsoa + ")");
    }

    private static Map<String, String> lsoasIn(Set<String> districts) {
        Map<String, String> found = new HashMap<>();
        for (String table : DISTRICT_TABLES) {
            try (InputStream in = CoastalAreas.class.getClassLoader().getResourceAsStream(table)) {
                if (in == null) {
                    throw new IllegalStateException("shipped table " + table + " is not on the class path");
                }
                try (PublishedCsv csv = PublishedCsv.open(in)) {
                    int lsoa = csv.column("LSOA code");
                    int district = csv.column("Local Authority District code");
                    while (csv.next()) {
                        String code = csv.get(district);
                        if (code != null && districts.contains(code)) {
                            found.put(csv.get(lsoa), code);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(found);
    }
}
