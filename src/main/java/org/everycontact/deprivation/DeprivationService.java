package org.everycontact.deprivation;

import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Places a postcode in its neighbourhood and deprivation index (clinical-spec §3.2, §3.3). Reads
 * only the current in-memory {@link DeprivationIndex}, which an import swaps for a new one.
 */
@Singleton
public class DeprivationService {

    private static final String BEST_FIT = "ONS best-fit LSOA 2011 to LSOA 2021";
    private static final String SAME_CODE = "LSOA 2021 code unchanged from 2011";

    private final IndexEdition edition;
    private final Set<Integer> core20Deciles;
    private volatile DeprivationIndex index;

    public DeprivationService(DeprivationConfig config) {
        if (config.imdEdition().nation() != Nation.ENGLAND) {
            throw new IllegalStateException("everycontact.deprivation.imd-edition must be an English IMD edition");
        }
        this.edition = config.imdEdition();
        this.core20Deciles = Set.copyOf(config.core20Deciles());
    }

    /** Whether an index has been loaded; until then every answer is UNAVAILABLE. */
    public boolean isLoaded() {
        return index != null;
    }

    public DeprivationIndex index() {
        return index;
    }

    public IndexEdition edition() {
        return edition;
    }

    void replaceIndex(DeprivationIndex newIndex) {
        this.index = newIndex;
    }

    public Deprivation assess(String rawPostcode) {
        if (rawPostcode == null || rawPostcode.isBlank()) {
            return Deprivation.of(DeprivationStatus.NO_ADDRESS, null);
        }
        long key = PostcodeKey.of(rawPostcode);
        if (key < 0) {
            return notAPostcode(rawPostcode);
        }
        DeprivationIndex current = index;
        String postcode = PostcodeKey.format(key);
        if (current == null) {
            return Deprivation.of(DeprivationStatus.UNAVAILABLE, postcode);
        }
        int slot = current.find(key);
        if (slot < 0) {
            return Deprivation.of(DeprivationStatus.UNKNOWN, postcode);
        }
        return place(current, slot, postcode);
    }

    private static Deprivation notAPostcode(String raw) {
        PostcodeInput input = Postcode.parse(raw);
        if (input.kind() == PostcodeInput.Kind.PSEUDO) {
            return new Deprivation(DeprivationStatus.PSEUDO, input.normalised(), null, null, null, null, null,
                    null, null, null, false, false, input.pseudo().meansNoFixedAbode());
        }
        return Deprivation.of(DeprivationStatus.INVALID, null);
    }

    private Deprivation place(DeprivationIndex current, int slot, String postcode) {
        boolean terminated = current.terminated(slot);
        int area11 = current.lsoa11(slot);
        int area21 = current.lsoa21(slot);
        if (area11 == DeprivationIndex.NONE && area21 == DeprivationIndex.NONE) {
            return Deprivation.of(DeprivationStatus.NO_LSOA, postcode);
        }
        Nation nation = Nation.ofAreaCode(current.areaCode(area21 != DeprivationIndex.NONE ? area21 : area11));
        IndexEdition used = nation == Nation.ENGLAND ? edition : devolvedEdition(current, nation);
        if (used == null) {
            String code = current.areaCode(area11 != DeprivationIndex.NONE ? area11 : area21);
            return new Deprivation(DeprivationStatus.OUT_OF_SCOPE_NATION, postcode,
                    code.endsWith("99999999") ? null : code, null, null, nation,
                    null, null, null, null, false, terminated, false);
        }
        Area area = areaFor(current, used, area11, area21);
        if (area == null) {
            return new Deprivation(DeprivationStatus.NO_LSOA, postcode, null, null, null, nation, used,
                    null, null, null, false, terminated, false);
        }
        int rank = current.rank(used, area.id());
        int decile = current.decile(used, area.id());
        Integer quintile = decile == 0 ? null : (decile + 1) / 2;
        if (nation != Nation.ENGLAND) {
            return new Deprivation(DeprivationStatus.OUT_OF_SCOPE_NATION, postcode, current.areaCode(area.id()),
                    used.lsoaVintage(), area.mapping(), nation, used, rank == 0 ? null : rank,
                    decile == 0 ? null : decile, quintile, false, terminated, false);
        }
        return new Deprivation(terminated ? DeprivationStatus.TERMINATED : DeprivationStatus.FOUND, postcode,
                current.areaCode(area.id()), used.lsoaVintage(), area.mapping(), nation, used,
                rank == 0 ? null : rank, decile == 0 ? null : decile, quintile,
                decile != 0 && core20Deciles.contains(decile), terminated, false);
    }

    /** The small area of the edition's vintage, directly or through the published lookups. */
    private record Area(int id, String mapping) {
    }

    private static Area areaFor(DeprivationIndex current, IndexEdition used, int area11, int area21) {
        if (used.lsoaVintage() == 2021) {
            if (area21 != DeprivationIndex.NONE) {
                return new Area(area21, null);
            }
            int fitted = area11 == DeprivationIndex.NONE ? DeprivationIndex.NONE : current.bestFit21(area11);
            return fitted == DeprivationIndex.NONE ? null : new Area(fitted, BEST_FIT);
        }
        if (area11 != DeprivationIndex.NONE) {
            return new Area(area11, null);
        }
        return current.rank(used, area21) > 0 ? new Area(area21, SAME_CODE) : null;
    }

    /** The nation's own index for the configured vintage, where one is loaded. */
    private IndexEdition devolvedEdition(DeprivationIndex current, Nation nation) {
        IndexEdition preferred = switch (nation) {
            case WALES -> edition == IndexEdition.IMD2019 ? IndexEdition.WIMD2019 : IndexEdition.WIMD2025;
            case SCOTLAND -> IndexEdition.SIMD2020;
            case NORTHERN_IRELAND -> IndexEdition.NIMDM2017;
            default -> null;
        };
        if (preferred == IndexEdition.WIMD2025 && !current.has(preferred)) {
            preferred = IndexEdition.WIMD2019;
        }
        return preferred != null && current.has(preferred) ? preferred : null;
    }
}
