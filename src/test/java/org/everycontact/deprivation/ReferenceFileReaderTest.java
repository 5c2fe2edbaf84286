package org.everycontact.deprivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads every shipped reference file; counts are those of SOURCES.md. */
class ReferenceFileReaderTest {

    private static final Path DATA = Path.of("src/main/resources/reference-data");
    private static final String FILE_1_2019 = "imd/england/File_1_-_IMD2019_Index_of_Multiple_Deprivation.csv";
    private static final String FILE_1_2025 = "imd/england/File_1_IoD2025_Index_of_Multiple_Deprivation.csv";
    private static final String FILE_2_2019 = "imd/england/File_2_-_IoD2019_Domains_of_Deprivation.csv.gz";
    private static final String FILE_6_2019 = "imd/england/File_6_-_IoD2019_Population_Denominators.csv.gz";
    private static final String HUMANIVERSE_2025 = "imd/england/imd2025_england_lsoa21.csv";
    private static final String WIMD_2019 = "imd/wales/imd2019_wales_lsoa11.csv";
    private static final String WIMD_2025 = "imd/wales/wimd-2025-index-and-domain-ranks-by-small-area.csv";
    private static final String SIMD_2020 = "imd/scotland/imd2020_scotland_dz11.csv";
    private static final String NIMDM_2017 = "imd/northern_ireland/IMD_Dec_2017_Lookup_in_NI_ons_lookups_026.csv";
    private static final String BEST_FIT = "lookups/lsoa11_to_lsoa21_best_fit_lookup_england_wales_v2.csv";
    private static final String EXACT_FIT = "lookups/lookup_lsoa11_lsoa21_ltla22.csv";
    private static final String ICB = "lookups/lookup_lsoa21_icb24.csv.gz";
    private static final String ONSPD_SAMPLE = "postcodes/onspd_100000.csv";
    private static final String TRAFFORD = "postcodes/trafford_postcodes.csv";
    private static final String WELSH_POSTCODES = "postcodes/wimd2019_postcode_lookup_wales.csv.gz";
    private static final String NSPL = "postcodes/nspl_nov2021/NSPL_NOV_2021_UK_%s.csv.gz";

    /** Keeps every row, so tests can look values up. */
    private static final class Collector implements ReferenceSink {
        final Map<String, PostcodeRow> postcodes = new HashMap<>();
        final Map<String, AreaRankRow> ranks = new HashMap<>();
        final Map<String, String> mappings = new HashMap<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        long terminated;

        @Override
        public void postcode(PostcodeRow row) {
            assertNull(postcodes.put(row.postcode(), row), "postcode twice: " + row.postcode());
            terminated += row.terminated() ? 1 : 0;
        }

        @Override
        public void areaRank(AreaRankRow row) {
            assertNull(ranks.put(row.areaCode(), row), "area twice: " + row.areaCode());
        }

        @Override
        public void mapping(LsoaMappingRow row) {
            assertNull(mappings.put(row.lsoa11(), row.lsoa21()), "LSOA 2011 twice: " + row.lsoa11());
        }

        @Override
        public void rejected(RejectedRow row) {
            rejected.add(row);
        }
    }

    private record Result(ReadSummary summary, Collector rows) {
    }

    private static Result read(String file) {
        return read(file, null);
    }

    private static Result read(String file, IndexEdition hint) {
        Collector rows = new Collector();
        try (InputStream in = Files.newInputStream(DATA.resolve(file))) {
            ReadSummary summary = ReferenceFileReader.read(in, file, rows, hint);
            return new Result(summary, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result readText(String fileName, String text) throws IOException {
        Collector rows = new Collector();
        ReadSummary summary = ReferenceFileReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName, rows);
        return new Result(summary, rows);
    }

    private static void assertRead(Result result, ReferenceLayout layout, IndexEdition edition, long rows) {
        assertEquals(new ReadSummary(layout, edition, rows, 0), result.summary());
        assertEquals(List.of(), result.rows().rejected);
    }

    private static void assertRank(Result result, String area, int rank, Integer decile) {
        assertEquals(new AreaRankRow(area, rank, decile), result.rows().ranks.get(area));
    }

    // ---- English indices ----

    @Test
    void file1Of2019() {
        Result r = read(FILE_1_2019);
        assertRead(r, ReferenceLayout.IOD_FILE_1, IndexEdition.IMD2019, 32_844);
        assertEquals(32_844, r.rows().ranks.size());
        assertRank(r, "E01000001", 29199, 9);
        assertRank(r, "E01033767", 422, 1);
        assertEquals(6_568, r.rows().ranks.values().stream().filter(a -> a.decile() <= 2).count(), "Core20 LSOAs");
    }

    @Test
    void file1Of2025WithItsTruncatedDecileHeader() {
        Result r = read(FILE_1_2025);
        assertRead(r, ReferenceLayout.IOD_FILE_1, IndexEdition.IMD2025, 33_755);
        assertRank(r, "E01000001", 26525, 8);
        assertRank(r, "E01033767", 2162, 1);
        assertRank(r, "E01035762", 24000, 8);
        assertEquals(6_751, r.rows().ranks.values().stream().filter(a -> a.decile() <= 2).count(), "Core20 LSOAs");
    }

    @Test
    void file2Of2019GzippedWithBomAndCrlfAgreesWithFile1() {
        Result r = read(FILE_2_2019);
        assertRead(r, ReferenceLayout.IOD_FILE_2, IndexEdition.IMD2019, 32_844);
        assertEquals(read(FILE_1_2019).rows().ranks, r.rows().ranks);
    }

    @Test
    void file6PopulationDenominatorsIsNotARankFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(FILE_6_2019));
        assertTrue(e.getMessage().startsWith(FILE_6_2019 + " is not a reference file"), e.getMessage());
        assertTrue(e.getMessage().contains("Total population: mid 2015 (excluding prisoners)"), e.getMessage());
        assertTrue(e.getMessage().contains("IOD_FILE_1 lacks \"Index of Multiple Deprivation (IMD) Rank\", "
                + "\"Index of Multiple Deprivation (IMD) Decile\""), e.getMessage());
    }

    /** The SOURCES.md cross-check: humaniverse's rename of File 7 gives File 1's rank and decile everywhere. */
    @Test
    void humaniverse2025EqualsFile1Of2025ForEveryLsoa() {
        Result r = read(HUMANIVERSE_2025);
        assertRead(r, ReferenceLayout.HUMANIVERSE, IndexEdition.IMD2025, 33_755);
        assertEquals(read(FILE_1_2025).rows().ranks, r.rows().ranks);
    }

    // ---- devolved indices ----

    @Test
    void welshIndex2019ByHumaniverseIsToldWelshByItsCodes() {
        Result r = read(WIMD_2019);
        assertRead(r, ReferenceLayout.HUMANIVERSE, IndexEdition.WIMD2019, 1_909);
        assertRank(r, "W01000001", 885, 5);
        assertEquals(IndexEdition.WIMD2019, read(WIMD_2019, IndexEdition.WIMD2019).summary().edition());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(WIMD_2019, IndexEdition.IMD2019));
        assertTrue(e.getMessage().contains("holds WIMD2019, not the IMD2019 expected"), e.getMessage());
    }

    @Test
    void welshIndex2025SkipsItsTwoEmptyTrailingRows() {
        Result r = read(WIMD_2025);
        assertRead(r, ReferenceLayout.WIMD2025, IndexEdition.WIMD2025, 1_917);
        assertRank(r, "W01000003", 570, null);
        assertEquals(Set.of(1, 1917), Set.of(
                r.rows().ranks.values().stream().mapToInt(AreaRankRow::rank).min().orElseThrow(),
                r.rows().ranks.values().stream().mapToInt(AreaRankRow::rank).max().orElseThrow()));
    }

    @Test
    void scottishIndex2020() {
        Result r = read(SIMD_2020);
        assertRead(r, ReferenceLayout.SIMD2020, IndexEdition.SIMD2020, 6_976);
        assertRank(r, "S01006506", 4691, 7);
    }

    @Test
    void northernIrishMeasure2017HasNoDeciles() {
        Result r = read(NIMDM_2017);
        assertRead(r, ReferenceLayout.NIMDM2017, IndexEdition.NIMDM2017, 890);
        assertRank(r, "95AA01S1", 516, null);
        assertRank(r, "95ZZ16S2", 170, null);
    }

    // ---- lookups ----

    @Test
    void bestFitLookupWithBom() {
        Result r = read(BEST_FIT);
        assertRead(r, ReferenceLayout.LSOA_BEST_FIT, null, 34_753);
        assertEquals("E01000001", r.rows().mappings.get("E01000001"));
        assertEquals("E01034474", r.rows().mappings.get("E01000010"));
        assertEquals("W01001703", r.rows().mappings.get("W01001703"));
    }

    /** The exact-fit lookup maps one LSOA 2011 to several: it is not the best fit and is not read. */
    @Test
    void exactFitLookupIsUnsupported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(EXACT_FIT));
        assertTrue(e.getMessage().startsWith(EXACT_FIT + " is not a reference file"), e.getMessage());
        assertTrue(e.getMessage().contains("\"change_code\""), e.getMessage());
    }

    @Test
    void icbLookupIsUnsupported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(ICB));
        assertTrue(e.getMessage().contains("\"icb24_code\""), e.getMessage());
    }

    // ---- postcodes ----

    @ParameterizedTest(name = "NSPL {0}")
    @CsvSource({
        "DG, 7757, 6860", "DT, 9884, 7833", "FK, 9680, 7763", "GY, 3379, 3349", "HG, 6364, 4471",
        "HR, 7986, 6466", "HS, 1099, 967", "HX, 7442, 5677", "IM, 6060, 4642", "JE, 3608, 3321",
        "KW, 2116, 1848", "LD, 2667, 2216", "PH, 7451, 6133", "SM, 6709, 4355", "SR, 8765, 6622",
        "TD, 5267, 4505", "TF, 9342, 7081", "WC, 7455, 2609", "WN, 9235, 7197", "ZE, 752, 651"})
    void nsplArea(String area, long rows, long live) {
        Result r = read(NSPL.formatted(area));
        assertRead(r, ReferenceLayout.NSPL, null, rows);
        assertEquals(rows - live, r.rows().terminated);
        assertTrue(r.rows().postcodes.values().stream().allMatch(p -> p.lsoa21() == null), "no LSOA 2021 in Nov 2021");
    }

    @Test
    void nsplSpotValues() {
        Map<String, PostcodeRow> dg = read(NSPL.formatted("DG")).rows().postcodes;
        assertEquals(new PostcodeRow("DG1 1AA", "S01007612", null, false), dg.get("DG1 1AA"));
        assertEquals(new PostcodeRow("DG1 1AD", "S01007612", null, true), dg.get("DG1 1AD"));
        Map<String, PostcodeRow> sr = read(NSPL.formatted("SR")).rows().postcodes;
        assertEquals(new PostcodeRow("SR1 1AA", "E01008703", null, true), sr.get("SR1 1AA"));
        Map<String, PostcodeRow> wc = read(NSPL.formatted("WC")).rows().postcodes;
        assertEquals(new PostcodeRow("WC2R 4PQ", null, null, true), wc.get("WC2R 4PQ"), "no LSOA: null, not blank");
        Map<String, PostcodeRow> gy = read(NSPL.formatted("GY")).rows().postcodes;
        assertEquals(new PostcodeRow("GY1 1AA", "L99999999", null, false), gy.get("GY1 1AA"), "pseudo-code kept");
        assertTrue(read(NSPL.formatted("IM")).rows().postcodes.values().stream()
                .allMatch(p -> "M99999999".equals(p.lsoa11())));
    }

    @Test
    void onspdSampleHasNoTerminationDates() {
        Result r = read(ONSPD_SAMPLE);
        assertRead(r, ReferenceLayout.ONSPD_SAMPLE, null, 100_000);
        Map<String, PostcodeRow> rows = r.rows().postcodes;
        assertEquals(0, r.rows().terminated);
        assertEquals(new PostcodeRow("W1K 3RH", "E01004761", null, false), rows.get("W1K 3RH"));
        assertEquals(new PostcodeRow("M9  4WW", "E01005224", null, false), rows.get("M9  4WW"), "pcd form as published");
        assertEquals(313, rows.values().stream().filter(p -> p.lsoa11() == null).count());
        assertEquals(Map.of("L99999999", 250L, "M99999999", 240L), rows.values().stream()
                .filter(p -> p.lsoa11() != null && p.lsoa11().endsWith("99999999"))
                .collect(Collectors.groupingBy(PostcodeRow::lsoa11, Collectors.counting())));
    }

    @Test
    void traffordPostcodesCarryLsoa2021() {
        Result r = read(TRAFFORD);
        assertRead(r, ReferenceLayout.POSTCODE_LSOA21, null, 11_264);
        assertEquals(new PostcodeRow("M15 4AB", null, "E01034001", false), r.rows().postcodes.get("M15 4AB"));
        Set<String> lsoas = r.rows().postcodes.values().stream().map(PostcodeRow::lsoa21).collect(Collectors.toSet());
        assertEquals(139, lsoas.size());
        assertTrue(read(FILE_1_2025).rows().ranks.keySet().containsAll(lsoas), "every LSOA 2021 joins to File 1 2025");
    }

    @Test
    void welshPostcodeLookup() {
        Result r = read(WELSH_POSTCODES);
        assertRead(r, ReferenceLayout.WIMD_POSTCODE_LOOKUP, null, 139_843);
        assertEquals(new PostcodeRow("CF1 1AA", "W01001767", null, false), r.rows().postcodes.get("CF1 1AA"));
        assertEquals(new PostcodeRow("LD1 5AA", "W01000454", null, false), r.rows().postcodes.get("LD1 5AA"));
    }

    @Test
    void aPostcodeFileHasNoEdition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(TRAFFORD, IndexEdition.IMD2025));
        assertTrue(e.getMessage().contains("has no index edition"), e.getMessage());
    }

    /** Every file under imd/, postcodes/ and lookups/ is one the tests above read or refuse. */
    @Test
    void everyShippedFileIsCovered() throws IOException {
        Set<String> covered = new TreeSet<>(List.of(FILE_1_2019, FILE_1_2025, FILE_2_2019, FILE_6_2019, HUMANIVERSE_2025,
                WIMD_2019, WIMD_2025, SIMD_2020, NIMDM_2017, BEST_FIT, EXACT_FIT, ICB, ONSPD_SAMPLE, TRAFFORD,
                WELSH_POSTCODES));
        for (String area : "DG DT FK GY HG HR HS HX IM JE KW LD PH SM SR TD TF WC WN ZE".split(" ")) {
            covered.add(NSPL.formatted(area));
        }
        Set<String> shipped = new TreeSet<>();
        for (String dir : List.of("imd", "postcodes", "lookups")) {
            try (Stream<Path> files = Files.walk(DATA.resolve(dir))) {
                files.filter(Files::isRegularFile).forEach(f -> shipped.add(DATA.relativize(f).toString().replace('\\', '/')));
            }
        }
        assertEquals(covered, shipped);
    }

    // ---- rows that cannot be read, and headers that are not known ----

    @Test
    void badRankRowsAreRejectedWithLineAndReasonAndReadingGoesOn() throws IOException {
        String file = "LSOA code (2011),LSOA name (2011),Index of Multiple Deprivation (IMD) Rank,"
                + "Index of Multiple Deprivation (IMD) Decile\r\n"
                + "E01000001,good,\"29,199\",9\r\n"          // line 2
                + ",no code,100,1\r\n"                       // line 3
                + "E01000003,words,n/a,1\r\n"                // line 4
                + "E01000004,too high,200,11\r\n"            // line 5
                + "E01000005,zero,0,1\r\n"                   // line 6
                + ",,,\r\n"                                   // line 7: blank, skipped
                + "E01000007,no decile,300,\r\n"             // line 8
                + "E01000008,half,1673.5,3\r\n"              // line 9
                + "E01000009,good too,422.0,1\r\n";          // line 10
        Result r = readText("bad-ranks.csv", file);
        assertEquals(new ReadSummary(ReferenceLayout.IOD_FILE_1, IndexEdition.IMD2019, 8, 6), r.summary());
        assertEquals(Map.of("E01000001", new AreaRankRow("E01000001", 29199, 9),
                "E01000009", new AreaRankRow("E01000009", 422, 1)), r.rows().ranks);
        assertEquals(List.of(
                new RejectedRow(3, "blank area code"),
                new RejectedRow(4, "E01000003: rank \"n/a\" is not a whole number"),
                new RejectedRow(5, "E01000004: decile 11 is outside 1..10"),
                new RejectedRow(6, "E01000005: rank 0 is below 1"),
                new RejectedRow(8, "E01000007: blank decile"),
                new RejectedRow(9, "E01000008: rank \"1673.5\" is not a whole number")), r.rows().rejected);
    }

    @Test
    void aBlankPostcodeIsRejectedAndTheRestRead() throws IOException {
        String file = "pcd,pcd2,pcds,dointr,doterm,lsoa11,lsoa21\n"
                + "\"M1 1AA\",\"M1  1AA\",\"M1 1AA\",\"198001\",\"\",\"E01005000\",\"E01005001\"\n"
                + "\"\",\"\",\"\",\"198001\",\"\",\"E01005000\",\"\"\n"
                + "\"M1 1AB\",\"M1  1AB\",\"M1 1AB\",\"198001\",\"200012\",\"\",\"\"\n";
        Result r = readText("NSPL_FEB_2024_UK_M.csv", file);
        assertEquals(new ReadSummary(ReferenceLayout.NSPL, null, 3, 1), r.summary());
        assertEquals(List.of(new RejectedRow(3, "blank postcode")), r.rows().rejected);
        assertEquals(new PostcodeRow("M1 1AA", "E01005000", "E01005001", false), r.rows().postcodes.get("M1 1AA"));
        assertEquals(new PostcodeRow("M1 1AB", null, null, true), r.rows().postcodes.get("M1 1AB"));
    }

    @Test
    void aBlankLookupCodeIsRejected() throws IOException {
        Result r = readText("best-fit.csv", "LSOA11CD,LSOA21CD\nE01000001,E01000001\nE01000002,\n,E01000003\n");
        assertEquals(new ReadSummary(ReferenceLayout.LSOA_BEST_FIT, null, 3, 2), r.summary());
        assertEquals(List.of(new RejectedRow(3, "E01000002: blank LSOA 2021 code"), new RejectedRow(4, "blank LSOA 2011 code")),
                r.rows().rejected);
    }

    /** The 2025 NSPL/ONSPD names (pcd7, lsoa21cd, no lsoa11) are found by prefix. */
    @Test
    void nsplOf2025Names() throws IOException {
        String file = "pcd7,pcd8,pcds,dointr,doterm,usrtypind,oa21cd,lad25cd,lsoa21cd,msoa21cd,imd20ind\n"
                + "\"CA8 7JG\",\"CA8  7JG\",\"CA8 7JG\",\"200006\",\"\",\"0\",\"E00139875\",\"E06000057\",\"E01027484\",\"E02005728\",\"1\"\n";
        Result r = readText("NSPL_MAY_2025_UK.csv", file);
        assertEquals(new ReadSummary(ReferenceLayout.NSPL, null, 1, 0), r.summary());
        assertEquals(new PostcodeRow("CA8 7JG", null, "E01027484", false), r.rows().postcodes.get("CA8 7JG"));
    }

    /** MHCLG File 7, as published: score, rank and decile of the IMD and each domain. */
    @Test
    void mhclgFile7() throws IOException {
        String file = "LSOA code (2021),LSOA name (2021),Local Authority District code (2024),"
                + "Local Authority District name (2024),Index of Multiple Deprivation (IMD) Score,"
                + "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived),"
                + "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs),"
                + "Income Score (rate),Income Rank (where 1 is most deprived),"
                + "Income Decile (where 1 is most deprived 10% of LSOAs),Total population: mid 2022\n"
                + "E01000001,City of London 001A,E09000001,City of London,8.742,\"26,525\",8,0.013,33730,10,\"1,615\"\n";
        Result r = readText("File_7_IoD2025_All_Ranks_Scores_Deciles_Population_Denominators.csv", file);
        assertEquals(new ReadSummary(ReferenceLayout.IOD_FILE_7, IndexEdition.IMD2025, 1, 0), r.summary());
        assertEquals(new AreaRankRow("E01000001", 26525, 8), r.rows().ranks.get("E01000001"));
    }

    @Test
    void humaniverseEditionNeedsAKnownFirstCodeOrAHint() throws IOException {
        String scottish = "lsoa21_code,IMD_decile,IMD_rank\nS01006506,7,4691\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> readText("odd.csv", scottish));
        assertTrue(e.getMessage().contains("\"S01006506\""), e.getMessage());
        String english = "lsoa11_code,IMD_decile,IMD_rank\n\"E01000001\",9,29199\n";
        assertEquals(IndexEdition.IMD2019, readText("imd2019_england_lsoa11.csv", english).summary().edition());
        Collector rows = new Collector();
        ReadSummary empty = ReferenceFileReader.read(new ByteArrayInputStream(
                "lsoa21_code,IMD_decile,IMD_rank\n".getBytes(StandardCharsets.UTF_8)), "empty.csv", rows, IndexEdition.WIMD2025);
        assertEquals(new ReadSummary(ReferenceLayout.HUMANIVERSE, IndexEdition.WIMD2025, 0, 0), empty);
    }

    @Test
    void anUnknownHeaderNamesTheFileAndWhatItLacks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> readText("ethnicity_categories.csv", "code,description,ethnic_broad_group\nA,British,White\n"));
        assertEquals("ethnicity_categories.csv is not a reference file EveryContact can read. Its header: \"code\", "
                + "\"description\", \"ethnic_broad_group\". It matches no known layout.", e.getMessage());
        IllegalArgumentException partly = assertThrows(IllegalArgumentException.class,
                () -> readText("x.csv", "LSOA11CD,LSOA11NM\n"));
        assertTrue(partly.getMessage().endsWith("Layouts it partly matches, and what they lack: "
                + "ONSPD_SAMPLE lacks \"pcd\"; LSOA_BEST_FIT lacks \"LSOA21CD\"."), partly.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> readText("empty.csv", ""));
        assertEquals("empty.csv is empty: it has no header row", empty.getMessage());
    }

    @Test
    void aHeaderOnlyFileReadsNoRows() throws IOException {
        Result r = readText("NSPL_header_only.csv", "pcd,pcd2,pcds,dointr,doterm,lsoa11\n");
        assertEquals(new ReadSummary(ReferenceLayout.NSPL, null, 0, 0), r.summary());
        assertTrue(r.rows().postcodes.isEmpty());
    }
}
