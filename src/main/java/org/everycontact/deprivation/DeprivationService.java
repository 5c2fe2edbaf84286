package org.everycontact.deprivation;

import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Places a postcode in its neighbourhood and deprivation index (clinical-spec §3.2, §3.3). Reads
 * only the current in-memory {@link DeprivationIndex}, which an import swaps for a new one.
 */
@Singleton
public class DeprivationService {

    /** How the area was reached: directly, by the ONS best-fit lookup, or by an unchanged code. */
    private static final String[] MAPPINGS = {null, "ONS best-fit LSOA 2011 to LSOA 2021",
        "LSOA 2021 code unchanged from 2011"};

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
            return Deprivation.of(DeprivationStatus.NO_ADDRESS, PostcodeKey.NO_KEY);
        }
        long key = PostcodeKey.of(rawPostcode);
        if (key < 0) {
            return notAPostcode(rawPostcode);
        }
        DeprivationIndex current = index;
        if (current == null) {
            return Deprivation.of(DeprivationStatus.UNAVAILABLE, key);
        }
        int slot = current.find(key);
        if (slot < 0) {
            return Deprivation.of(DeprivationStatus.UNKNOWN, key);
        }
        return place(current, slot, key);
    }

    private static Deprivation notAPostcode(String raw) {
        PostcodeInput input = Postcode.parse(raw);
        if (input.kind() == PostcodeInput.Kind.PSEUDO) {
            return new Deprivation(DeprivationStatus.PSEUDO, PostcodeKey.NO_KEY, input.normalised(), null, null,
                    null, null, null, null, null, null, false, false, input.pseudo().meansNoFixedAbode(), null, null);
        }
        return Deprivation.of(DeprivationStatus.INVALID, PostcodeKey.NO_KEY);
    }

    private Deprivation place(DeprivationIndex current, int slot, long postcode) {
        String source = current.postcodeSource(slot);
        boolean terminated = current.terminated(slot);
        int area11 = current.lsoa11(slot);
        int area21 = current.lsoa21(slot);
        if (area11 == DeprivationIndex.NONE && area21 == DeprivationIndex.NONE) {
            return new Deprivation(DeprivationStatus.NO_LSOA, postcode, null, null, null, null, null, null, null, null,
                    null, false, terminated, false, source, null);
        }
        Nation nation = current.nation(area21 != DeprivationIndex.NONE ? area21 : area11);
        IndexEdition used = nation == Nation.ENGLAND ? edition : devolvedEdition(current, nation);
        if (used == null) {
            String code = current.areaCode(area11 != DeprivationIndex.NONE ? area11 : area21);
            return new Deprivation(DeprivationStatus.OUT_OF_SCOPE_NATION, postcode, null,
                    code.endsWith("99999999") ? null : code, null, null, nation,
                    null, null, null, null, false, terminated, false, source, null);
        }
        int area = areaFor(current, used, area11, area21);
        if (area == DeprivationIndex.NONE) {
            return new Deprivation(DeprivationStatus.NO_LSOA, postcode, null, null, null, null, nation, used,
                    null, null, null, false, terminated, false, source, null);
        }
        int id = area >>> 2;
        String mapping = MAPPINGS[area & 3];
        int rank = current.rank(used, id);
        int decile = current.decile(used, id);
        Integer quintile = decile == 0 ? null : (decile + 1) / 2;
        if (nation != Nation.ENGLAND) {
            return new Deprivation(DeprivationStatus.OUT_OF_SCOPE_NATION, postcode, null, current.areaCode(id),
                    used.lsoaVintage(), mapping, nation, used, rank == 0 ? null : rank,
                    decile == 0 ? null : decile, quintile, false, terminated, false, source, current.editionSource(used));
        }
        if (rank == 0) {
            return new Deprivation(DeprivationStatus.NO_LSOA, postcode, null, current.areaCode(id), null, null, nation,
                    used, null, null, null, false, terminated, false, source, null);
        }
        return new Deprivation(terminated ? DeprivationStatus.TERMINATED : DeprivationStatus.FOUND, postcode, null,
                current.areaCode(id), used.lsoaVintage(), mapping, nation, used,
                rank == 0 ? null : rank, decile == 0 ? null : decile, quintile,
                decile != 0 && core20Deciles.contains(decile), terminated, false, source, current.editionSource(used));
    }

    /**
     * The small area of the edition's vintage, directly or through the published lookups, packed as
     * {@code id << 2 | mapping} (an index into {@link #MAPPINGS}) so the hot path allocates nothing;
     * {@link DeprivationIndex#NONE} when there is none.
     */
    private static int areaFor(DeprivationIndex current, IndexEdition used, int area11, int area21) {
        if (used.lsoaVintage() == 2021) {
            if (area21 != DeprivationIndex.NONE) {
                return area21 << 2;
            }
            int fitted = area11 == DeprivationIndex.NONE ? DeprivationIndex.NONE : current.bestFit21(area11);
            return fitted == DeprivationIndex.NONE ? DeprivationIndex.NONE : fitted << 2 | 1;
        }
        if (area11 != DeprivationIndex.NONE) {
            return area11 << 2;
        }
        return current.rank(used, area21) > 0 ? area21 << 2 | 2 : DeprivationIndex.NONE;
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
