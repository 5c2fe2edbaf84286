package org.everycontact.cohorts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.LocalAuthorityDistricts;

/**
 * Coastal communities with pockets of deprivation (clinical-spec §3.5, U): area-level, from lists the
 * ICS supplies. The home neighbourhood (the LSOA the deprivation lookup placed the postcode in) is
 * in the group when it is listed, or when its local authority district is ({@link LocalAuthorityDistricts},
 * read only when districts are configured).
 */
final class CoastalAreas {

    private final Set<String> lsoas;
    /** LSOA to its district, for the configured districts' LSOAs only. */
    private final Map<String, String> districtOf;

    CoastalAreas(CohortParameters.Coastal parameters) {
        this.lsoas = parameters.lsoas().orElse(Set.of());
        Set<String> districts = parameters.districts().orElse(Set.of());
        this.districtOf = districts.isEmpty() ? Map.of() : LocalAuthorityDistricts.lsoasIn(districts);
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
}
