package org.everycontact.deprivation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local authority district of a neighbourhood, read from the shipped MHCLG IoD File 1 tables (LSOA
 * 2021 to LAD 2024; LSOA 2011 to LAD 2019), so that an LSOA of either vintage, as the deprivation lookup
 * reports it, finds its district.
 */
public final class LocalAuthorityDistricts {

    /** Shipped with the deprivation reference data: OGL v3, see reference-data/SOURCES.md section 1. */
    private static final List<String> DISTRICT_TABLES = List.of(
            "reference-data/imd/england/File_1_IoD2025_Index_of_Multiple_Deprivation.csv",
            "reference-data/imd/england/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv");

    private LocalAuthorityDistricts() {
    }

    /** LSOA code to district code, for the LSOAs in the given districts only (the tables are large). */
    public static Map<String, String> lsoasIn(Set<String> districts) {
        Map<String, String> found = new HashMap<>();
        for (String table : DISTRICT_TABLES) {
            try (InputStream in = LocalAuthorityDistricts.class.getClassLoader().getResourceAsStream(table)) {
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
