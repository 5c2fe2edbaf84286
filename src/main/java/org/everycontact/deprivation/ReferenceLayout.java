package org.everycontact.deprivation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The layouts of the published reference files EveryContact reads, told apart by their header
 * alone. Columns are found by {@link PublishedCsv#column} (case-insensitive prefix), so a layout
 * also accepts later releases that add columns or suffix their names ({@code lsoa21cd},
 * {@code "... Rank (where 1 is most deprived)"}). Layouts are tried in declaration order and the
 * first whose columns are all present wins, which is why the more specific come first.
 */
public enum ReferenceLayout {

    /**
     * ONS National Statistics Postcode Lookup, or the full ONS Postcode Directory: national or
     * per-area ({@code multi_csv}) files, 2021 names ({@code lsoa11}, {@code lsoa21}) or the 2025
     * ones ({@code pcd7}, {@code lsoa21cd}). Terminated when {@code doterm} is set. Pseudo-codes
     * such as {@code L99999999} (Channel Islands) and {@code M99999999} (Isle of Man) are kept as
     * published.
     */
    NSPL(Kind.POSTCODES, "ONS NSPL or full ONSPD",
            need(Role.POSTCODE, "pcds"), need(Role.TERMINATED, "doterm"),
            optional(Role.LSOA11, "lsoa11"), optional(Role.LSOA21, "lsoa21")),

    /** An ONSPD extract without {@code doterm} (mySociety's sample): never marked terminated. */
    ONSPD_SAMPLE(Kind.POSTCODES, "ONSPD extract without doterm",
            need(Role.POSTCODE, "pcd"), need(Role.LSOA11, "lsoa11")),

    /** Postcode to LSOA 2021 (Trafford Data Lab's ONSPD extract): never marked terminated. */
    POSTCODE_LSOA21(Kind.POSTCODES, "postcode to LSOA 2021 extract",
            need(Role.POSTCODE, "postcode"), need(Role.LSOA21, "lsoa_code")),

    /**
     * Welsh Government "Postcode to WIMD Lookup": LSOA 2011 per Welsh postcode. Terminated
     * postcodes are included but not marked, so none is marked terminated.
     */
    WIMD_POSTCODE_LOOKUP(Kind.POSTCODES, "Welsh Government postcode to WIMD lookup",
            need(Role.POSTCODE, "Welsh Postcode"), need(Role.LSOA11, "LSOA Code")),

    /** MHCLG File 7 (all ranks, scores, deciles and denominators), told by its IMD score column. */
    IOD_FILE_7(Kind.AREA_RANKS, "MHCLG IoD File 7 (ranks, scores, deciles, denominators)",
            mhclgArea(), need(Role.RANK, Names.IMD_RANK), need(Role.DECILE, Names.IMD_DECILE),
            need(Role.MARKER, "Index of Multiple Deprivation (IMD) Score")),

    /** MHCLG File 2 (ranks and deciles of the IMD and its domains), told by its income column. */
    IOD_FILE_2(Kind.AREA_RANKS, "MHCLG IoD File 2 (domain ranks and deciles)",
            mhclgArea(), need(Role.RANK, Names.IMD_RANK), need(Role.DECILE, Names.IMD_DECILE),
            need(Role.MARKER, "Income Rank")),

    /** MHCLG File 1: the IMD rank and decile alone. */
    IOD_FILE_1(Kind.AREA_RANKS, "MHCLG IoD File 1 (IMD rank and decile)",
            mhclgArea(), need(Role.RANK, Names.IMD_RANK), need(Role.DECILE, Names.IMD_DECILE)),

    /**
     * File 7 or WIMD as the humaniverse/IMD R package renames it ({@code lsoa21_code},
     * {@code IMD_rank}, {@code IMD_decile}). The header gives the LSOA vintage but not the nation,
     * so the edition also depends on the first area code (E01 England, W01 Wales).
     */
    HUMANIVERSE(Kind.AREA_RANKS, "humaniverse/IMD renamed index",
            need(Role.AREA, new Alternative("lsoa11_code", IndexEdition.IMD2019),
                    new Alternative("lsoa21_code", IndexEdition.IMD2025)),
            need(Role.RANK, "IMD_rank"), need(Role.DECILE, "IMD_decile")),

    /** Welsh Government WIMD 2025 ranks by small area: no decile column. */
    WIMD2025(Kind.AREA_RANKS, "Welsh Government WIMD 2025 ranks by small area",
            need(Role.AREA, new Alternative("LSOA code", IndexEdition.WIMD2025)), need(Role.RANK, "WIMD 2025")),

    /** SIMD 2020v2 by Data Zone 2011 (humaniverse/IMD names; deciles computed by humaniverse). */
    SIMD2020(Kind.AREA_RANKS, "SIMD 2020v2 by data zone",
            need(Role.AREA, new Alternative("dz11_code", IndexEdition.SIMD2020)),
            need(Role.RANK, "IMD_rank"), need(Role.DECILE, "IMD_decile")),

    /** ONS "IMD (December 2017) Lookup in Northern Ireland": NIMDM 2017 rank, no decile. */
    NIMDM2017(Kind.AREA_RANKS, "ONS NIMDM 2017 lookup in Northern Ireland",
            need(Role.AREA, new Alternative("LSOA01CD", IndexEdition.NIMDM2017)), need(Role.RANK, "IMD17")),

    /** ONS LSOA (2011) to LSOA (2021) best-fit lookup: one LSOA 2021 for each LSOA 2011. */
    LSOA_BEST_FIT(Kind.LSOA_MAPPING, "ONS LSOA 2011 to LSOA 2021 best-fit lookup",
            need(Role.LSOA11, "LSOA11CD"), need(Role.LSOA21, "LSOA21CD"));

    /** What a file's rows are. */
    public enum Kind { POSTCODES, AREA_RANKS, LSOA_MAPPING }

    /** What a column is read as; MARKER columns only tell layouts apart. */
    private enum Role { POSTCODE, TERMINATED, LSOA11, LSOA21, AREA, RANK, DECILE, MARKER }

    /** Long column names, in a holder: the enum's own statics come after its constants, too late for them. */
    private static final class Names {
        static final String IMD_RANK = "Index of Multiple Deprivation (IMD) Rank";
        static final String IMD_DECILE = "Index of Multiple Deprivation (IMD) Decile";
    }

    /** A name a column may have; for an area column, the edition the name implies. */
    private record Alternative(String name, IndexEdition edition) {
    }

    private record Need(Role role, boolean required, List<Alternative> alternatives) {
        String describe() {
            return alternatives.stream().map(a -> "\"" + a.name() + "\"").collect(Collectors.joining(" or "));
        }
    }

    /**
     * The columns of a detected layout; -1 for a column the file lacks. {@code edition} is the
     * one the header implies, null for postcode and mapping files.
     */
    record Columns(ReferenceLayout layout, int postcode, int terminated, int lsoa11, int lsoa21, int area, int rank,
            int decile, IndexEdition edition) {
    }

    private final Kind kind;
    private final String description;
    private final List<Need> needs;

    ReferenceLayout(Kind kind, String description, Need... needs) {
        this.kind = kind;
        this.description = description;
        this.needs = List.of(needs);
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** Whether the edition depends on the area codes as well as the header. */
    boolean editionFromFirstCode() {
        return this == HUMANIVERSE;
    }

    /**
     * Finds the layout of a file from its header.
     *
     * @throws IllegalArgumentException naming the file, its header and, for each layout it partly
     *     matches, the columns it lacks
     */
    static Columns detect(String fileName, PublishedCsv csv) {
        if (csv.header().isEmpty()) {
            throw new IllegalArgumentException(fileName + " is empty: it has no header row");
        }
        List<String> partly = new ArrayList<>();
        for (ReferenceLayout layout : values()) {
            int[] columns = new int[Role.values().length];
            Arrays.fill(columns, -1);
            IndexEdition edition = null;
            List<String> missing = new ArrayList<>();
            for (Need need : layout.needs) {
                for (Alternative alternative : need.alternatives()) {
                    int column = csv.column(alternative.name());
                    if (column >= 0) {
                        columns[need.role().ordinal()] = column;
                        edition = alternative.edition() != null ? alternative.edition() : edition;
                        break;
                    }
                }
                if (need.required() && columns[need.role().ordinal()] < 0) {
                    missing.add(need.describe());
                }
            }
            if (layout.kind == Kind.POSTCODES && columns[Role.LSOA11.ordinal()] < 0
                    && columns[Role.LSOA21.ordinal()] < 0 && missing.isEmpty()) {
                missing.add(layout.needs.stream().filter(n -> n.role() == Role.LSOA11 || n.role() == Role.LSOA21)
                        .map(Need::describe).collect(Collectors.joining(" or ")));
            }
            if (missing.isEmpty()) {
                return new Columns(layout, columns[Role.POSTCODE.ordinal()], columns[Role.TERMINATED.ordinal()],
                        columns[Role.LSOA11.ordinal()], columns[Role.LSOA21.ordinal()], columns[Role.AREA.ordinal()],
                        columns[Role.RANK.ordinal()], columns[Role.DECILE.ordinal()], edition);
            }
            if (missing.size() < layout.needs.stream().filter(Need::required).count()) {
                partly.add(layout + " lacks " + String.join(", ", missing));
            }
        }
        List<String> header = csv.header();
        String shown = header.stream().limit(12).map(h -> "\"" + h + "\"").collect(Collectors.joining(", "))
                + (header.size() > 12 ? ", ... (" + header.size() + " columns)" : "");
        throw new IllegalArgumentException(fileName + " is not a reference file EveryContact can read. Its header: "
                + shown + ". " + (partly.isEmpty()
                        ? "It matches no known layout."
                        : "Layouts it partly matches, and what they lack: " + String.join("; ", partly) + "."));
    }

    private static Need need(Role role, String name) {
        return new Need(role, true, List.of(new Alternative(name, null)));
    }

    private static Need need(Role role, Alternative... alternatives) {
        return new Need(role, true, List.of(alternatives));
    }

    private static Need optional(Role role, String name) {
        return new Need(role, false, List.of(new Alternative(name, null)));
    }

    private static Need mhclgArea() {
        return need(Role.AREA, new Alternative("LSOA code (2011)", IndexEdition.IMD2019),
                new Alternative("LSOA code (2021)", IndexEdition.IMD2025));
    }
}
