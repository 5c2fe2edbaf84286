package org.everycontact.deprivation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory index of the hot path: postcodes as sorted packed keys ({@link PostcodeKey}) with
 * parallel arrays of small-area ids, and per index edition the rank and decile of each area. A
 * lookup is a binary search and a few array reads: no allocation, no locking. Immutable once built;
 * a new one replaces it after an import.
 */
public final class DeprivationIndex {

    static final int NONE = -1;

    final long[] keys;
    final int[] lsoa11;
    final int[] lsoa21;
    final long[] terminated;
    final short[] postcodeSource;
    final String[] sources;
    final Map<IndexEdition, String> editionSources;
    final String[] areaCodes;
    final int[] bestFit21;
    final Map<IndexEdition, int[]> ranks;
    final Map<IndexEdition, byte[]> deciles;
    private final Nation[] nations;

    private DeprivationIndex(Builder b, long[] keys, int[] lsoa11, int[] lsoa21, long[] terminated,
                             short[] postcodeSource) {
        this(keys, lsoa11, lsoa21, terminated, postcodeSource, b.sources.toArray(new String[0]), b.editionSources,
                b.areaCodes.toArray(new String[0]), b.bestFit21, b.ranks, b.deciles);
    }

    /** The index from its arrays (the per-area ones are cut or padded to the number of areas). */
    DeprivationIndex(long[] keys, int[] lsoa11, int[] lsoa21, long[] terminated, short[] postcodeSource,
                     String[] sources, Map<IndexEdition, String> editionSources, String[] areaCodes, int[] bestFit21,
                     Map<IndexEdition, int[]> ranks, Map<IndexEdition, byte[]> deciles) {
        this.keys = keys;
        this.lsoa11 = lsoa11;
        this.lsoa21 = lsoa21;
        this.terminated = terminated;
        this.postcodeSource = postcodeSource;
        this.sources = sources;
        this.editionSources = Map.copyOf(editionSources);
        this.areaCodes = areaCodes;
        this.nations = Arrays.stream(areaCodes).map(Nation::ofAreaCode).toArray(Nation[]::new);
        this.bestFit21 = Arrays.copyOf(bestFit21, areaCodes.length);
        this.ranks = new EnumMap<>(IndexEdition.class);
        this.deciles = new EnumMap<>(IndexEdition.class);
        ranks.forEach((edition, values) -> this.ranks.put(edition, Arrays.copyOf(values, areaCodes.length)));
        deciles.forEach((edition, values) -> this.deciles.put(edition, Arrays.copyOf(values, areaCodes.length)));
    }

    /** The slot of a postcode key, or a negative number when the postcode is not in the index. */
    public int find(long key) {
        return Arrays.binarySearch(keys, key);
    }

    public int postcodes() {
        return keys.length;
    }

    public int areas() {
        return areaCodes.length;
    }

    /** Area id of the slot's LSOA 2011 (or data zone, or NI SOA), or {@link #NONE}. */
    int lsoa11(int slot) {
        return lsoa11[slot];
    }

    int lsoa21(int slot) {
        return lsoa21[slot];
    }

    boolean terminated(int slot) {
        return (terminated[slot >>> 6] & (1L << slot)) != 0;
    }

    /** The release the slot's postcode was last given by: its file and import date (provenance). */
    String postcodeSource(int slot) {
        return sources[postcodeSource[slot]];
    }

    /** The release an edition's ranks come from. */
    String editionSource(IndexEdition edition) {
        return editionSources.get(edition);
    }

    String areaCode(int area) {
        return areaCodes[area];
    }

    /** The area's nation, from its code's prefix, worked out once when the index is built. */
    Nation nation(int area) {
        return nations[area];
    }

    /** The LSOA 2021 the ONS best-fit lookup gives for an LSOA 2011, or {@link #NONE}. */
    int bestFit21(int area11) {
        return bestFit21[area11];
    }

    /** The area's rank in the edition (1 = most deprived), or 0 when the edition does not rank it. */
    int rank(IndexEdition edition, int area) {
        int[] values = ranks.get(edition);
        return values == null || area == NONE ? 0 : values[area];
    }

    /** The area's decile, or 0 when the edition publishes none for it. */
    int decile(IndexEdition edition, int area) {
        byte[] values = deciles.get(edition);
        return values == null || area == NONE ? 0 : values[area];
    }

    public boolean has(IndexEdition edition) {
        return ranks.containsKey(edition);
    }

    /**
     * Collects rows in import order; a later postcode row overrides an earlier one field by field
     * (an LSOA it lacks is kept from the earlier release).
     */
    public static final class Builder {

        private static final int SEQUENCE_BITS = 26;

        private final Map<String, Integer> areaIds = new HashMap<>();
        private final List<String> areaCodes = new ArrayList<>();
        private int[] bestFit21 = new int[1024];
        private final Map<IndexEdition, int[]> ranks = new EnumMap<>(IndexEdition.class);
        private final Map<IndexEdition, byte[]> deciles = new EnumMap<>(IndexEdition.class);
        private long[] rowKeys = new long[1024];
        private int[] row11 = new int[1024];
        private int[] row21 = new int[1024];
        private boolean[] rowTerminated = new boolean[1024];
        private short[] rowSource = new short[1024];
        private final List<String> sources = new ArrayList<>();
        private final Map<IndexEdition, String> editionSources = new EnumMap<>(IndexEdition.class);
        private int rows;

        /** Registers a postcode release (file and import date) and returns its number for {@link #postcode}. */
        public int source(String name) {
            if (sources.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("too many postcode releases for one index");
            }
            sources.add(name);
            return sources.size() - 1;
        }

        public Builder editionSource(IndexEdition edition, String name) {
            editionSources.put(edition, name);
            return this;
        }

        public Builder postcode(long key, String lsoa11Code, String lsoa21Code, boolean isTerminated, int source) {
            if (key < 0) {
                return this;
            }
            if (rows == rowKeys.length) {
                int size = rows * 2;
                rowKeys = Arrays.copyOf(rowKeys, size);
                row11 = Arrays.copyOf(row11, size);
                row21 = Arrays.copyOf(row21, size);
                rowTerminated = Arrays.copyOf(rowTerminated, size);
                rowSource = Arrays.copyOf(rowSource, size);
            }
            rowKeys[rows] = key;
            row11[rows] = area(lsoa11Code);
            row21[rows] = area(lsoa21Code);
            rowTerminated[rows] = isTerminated;
            rowSource[rows] = (short) source;
            rows++;
            return this;
        }

        public Builder rank(IndexEdition edition, String areaCode, int rank, Integer decile) {
            int area = area(areaCode);
            if (area == NONE) {
                return this;
            }
            int[] editionRanks = ranks.get(edition);
            if (editionRanks == null || editionRanks.length <= area) {
                int size = Math.max(Math.max(area + 1, 1024), editionRanks == null ? 0 : editionRanks.length * 2);
                editionRanks = editionRanks == null ? new int[size] : Arrays.copyOf(editionRanks, size);
                ranks.put(edition, editionRanks);
                byte[] old = deciles.get(edition);
                deciles.put(edition, old == null ? new byte[size] : Arrays.copyOf(old, size));
            }
            editionRanks[area] = rank;
            deciles.get(edition)[area] = decile == null ? 0 : decile.byteValue();
            return this;
        }

        public Builder bestFit(String lsoa11Code, String lsoa21Code) {
            int from = area(lsoa11Code);
            int to = area(lsoa21Code);
            if (from != NONE) {
                bestFit21[from] = to;
            }
            return this;
        }

        /**
         * Area codes that stand for "no small area" in a nation ("E99999999") count as none; the
         * Channel Islands' and Isle of Man's pseudo-codes are kept, as they tell the nation.
         */
        private int area(String code) {
            if (code == null || code.isBlank()
                    || (code.endsWith("99999999") && !code.startsWith("L") && !code.startsWith("M"))) {
                return NONE;
            }
            Integer id = areaIds.get(code);
            if (id != null) {
                return id;
            }
            int newId = areaCodes.size();
            areaCodes.add(code);
            areaIds.put(code, newId);
            if (newId == bestFit21.length) {
                int old = bestFit21.length;
                bestFit21 = Arrays.copyOf(bestFit21, old * 2);
                Arrays.fill(bestFit21, old, bestFit21.length, NONE);
            }
            bestFit21[newId] = NONE;
            return newId;
        }

        public DeprivationIndex build() {
            if (rows >= 1 << SEQUENCE_BITS) {
                throw new IllegalStateException("too many postcode rows for one index: " + rows);
            }
            long[] order = new long[rows];
            for (int i = 0; i < rows; i++) {
                order[i] = rowKeys[i] << SEQUENCE_BITS | i;
            }
            Arrays.sort(order);
            long[] keys = new long[rows];
            int[] l11 = new int[rows];
            int[] l21 = new int[rows];
            long[] term = new long[(rows >>> 6) + 1];
            short[] source = new short[rows];
            int n = -1;
            long previous = -1;
            for (long packed : order) {
                int row = (int) (packed & ((1 << SEQUENCE_BITS) - 1));
                long key = packed >>> SEQUENCE_BITS;
                if (key != previous) {
                    n++;
                    keys[n] = key;
                    l11[n] = NONE;
                    l21[n] = NONE;
                    previous = key;
                }
                if (row11[row] != NONE) {
                    l11[n] = row11[row];
                }
                if (row21[row] != NONE) {
                    l21[n] = row21[row];
                }
                source[n] = rowSource[row];
                if (rowTerminated[row]) {
                    term[n >>> 6] |= 1L << n;
                } else {
                    term[n >>> 6] &= ~(1L << n);
                }
            }
            int count = n + 1;
            return new DeprivationIndex(this, Arrays.copyOf(keys, count), Arrays.copyOf(l11, count),
                    Arrays.copyOf(l21, count), term, Arrays.copyOf(source, count));
        }
    }
}
