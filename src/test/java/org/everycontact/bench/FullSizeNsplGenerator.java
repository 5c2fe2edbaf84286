package org.everycontact.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.everycontact.deprivation.BenchAccess;
import org.everycontact.deprivation.Postcode;
import org.everycontact.deprivation.PostcodeInput;
import org.everycontact.deprivation.PostcodeKey;
import org.everycontact.deprivation.PublishedCsv;

/**
 * Writes a SYNTHETIC national-size NSPL file (target/bench/NSPL_FULL_SIZE.csv by default): the
 * full ONS Postcode Directory is not shipped, so the benchmarks make one of the same size (about
 * 2.7 million postcodes) in the published layout, from the real subsets that are shipped.
 *
 * <ul>
 *   <li>Layout: the header and 41 columns of the shipped NSPL_NOV_2021_UK_*.csv.gz files, quoted as
 *       they are, LF line ends, rows sorted by postcode.
 *   <li>The 123,018 real rows of the 20 shipped NSPL postcode areas are copied unchanged (those
 *       areas are complete).
 *   <li>Every other postcode district that the ONSPD 100,000 random sample or the Welsh postcode
 *       lookup contains gets its real postcodes (with their real LSOA 2011 / data zone, local
 *       authority and constituency), then synthetic postcodes up to a size proportional to the
 *       district's share of the random sample, scaled so that the file has {@link #DEFAULT_ROWS}
 *       rows. A synthetic postcode has the district's real outward code, a sector digit drawn from
 *       the district's real sectors, two random inward letters, and the LSOA, local authority and
 *       constituency of a real postcode of the district drawn at random. Every postcode is
 *       distinct and passes {@link Postcode#parse} and {@link PostcodeKey#of}. Trafford's real
 *       postcodes (LSOA 2021 only) are never reused for synthetic ones.
 *   <li>Terminated rows: the shipped NSPL areas' real rate (doterm set on 23.1% of rows) is kept
 *       for the file as a whole by setting doterm on synthetic rows only; real rows from the
 *       ONSPD sample and the Welsh lookup, which carry no termination, are written live.
 *   <li>The other columns of a written row (grid reference, output area, ward, coordinates...) are
 *       copied from a random real NSPL row of the same nation, so that rows have the published
 *       widths; they are not geographically consistent and nothing in EveryContact reads them.
 * </ul>
 *
 * <p>Deterministic: a fixed seed and sorted iteration give the same bytes on every run. Northern
 * Ireland (BT) is absent, as from all the shipped postcode files.
 *
 * <p>Usage: {@code FullSizeNsplGenerator [OUTPUT] [ROWS]}
 */
public final class FullSizeNsplGenerator {

    public static final int DEFAULT_ROWS = 2_700_000;
    static final long SEED = 20_211_101L;

    private static final String POSTCODES = "reference-data/postcodes/";
    private static final String ONSPD_SAMPLE = ReferenceIndexes.ONSPD_SAMPLE;
    private static final String WALES = POSTCODES + "wimd2019_postcode_lookup_wales.csv.gz";
    private static final String TRAFFORD = POSTCODES + "trafford_postcodes.csv";

    /** The inward-code letters Postcode allows (no C, I, K, M, O, V), in order. */
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";
    private static final int LETTERS = INWARD.length();
    private static final int SECTOR_SLOTS = LETTERS * LETTERS;
    private static final int DISTRICT_SLOTS = 10 * SECTOR_SLOTS;

    private FullSizeNsplGenerator() {
    }

    public static void main(String... args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : ReferenceIndexes.FULL_SIZE_DEFAULT);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROWS;
        generate(output, rows, System.out);
    }

    /** A real postcode outside the shipped NSPL areas. */
    private record RealRow(String inward, String lsoa11, String laua, String pcon) {
    }

    private static final class District {
        final String outward;
        final List<RealRow> real = new ArrayList<>();
        final boolean[] taken = new boolean[DISTRICT_SLOTS];
        final int[] sectorCounts = new int[10];
        int sample;
        int reserved;
        int target;

        District(String outward) {
            this.outward = outward;
        }

        int capacity() {
            return DISTRICT_SLOTS - reserved;
        }

        int size(double scale) {
            long proportional = Math.round(sample * scale);
            return (int) Math.max(real.size(), Math.min(capacity(), proportional));
        }
    }

    public static void generate(Path output, int rows, PrintStream log) throws IOException {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(SEED);

        // The shipped NSPL areas: real rows as published, and the templates for the other columns.
        String header = null;
        TreeMap<String, List<String>> nsplDistricts = new TreeMap<>();
        Map<Character, List<String[]>> templates = new HashMap<>();
        Set<String> nsplAreas = new HashSet<>();
        int nsplRows = 0;
        int nsplTerminated = 0;
        Columns c = null;
        for (String resource : BenchAccess.shippedResources()) {
            if (!resource.contains("/nspl_")) {
                continue;
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(ReferenceIndexes.resource(resource)), StandardCharsets.UTF_8))) {
                String first = in.readLine();
                if (header == null) {
                    header = first;
                    c = new Columns(first.split(",", -1));
                } else if (!header.equals(first)) {
                    throw new IllegalStateException(resource + " has another header than the other NSPL files");
                }
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] fields = line.split(",", -1);
                    if (fields.length != c.count) {
                        throw new IllegalStateException(resource + ": a row without " + c.count + " fields");
                    }
                    String pcds = unquote(fields[c.pcds]);
                    String outward = pcds.substring(0, pcds.indexOf(' '));
                    nsplDistricts.computeIfAbsent(sortKey(outward), k -> new ArrayList<>()).add(line);
                    nsplAreas.add(area(outward));
                    nsplRows++;
                    if (!unquote(fields[c.doterm]).isEmpty()) {
                        nsplTerminated++;
                    }
                    String country = unquote(fields[c.ctry]);
                    char nation = country.isEmpty() ? ' ' : country.charAt(0);
                    if (nation == 'E' || nation == 'W' || nation == 'S') {
                        templates.computeIfAbsent(nation, k -> new ArrayList<>()).add(fields);
                    }
                }
            }
        }
        if (header == null) {
            throw new IllegalStateException("no shipped NSPL file found on the class path");
        }

        // Real postcodes of the other districts: the ONSPD random sample, then the Welsh lookup.
        TreeMap<String, District> districts = new TreeMap<>();
        Set<Long> realKeys = new HashSet<>();
        try (PublishedCsv csv = PublishedCsv.open(ReferenceIndexes.resource(ONSPD_SAMPLE))) {
            int pcd = csv.column("pcd");
            int laua = csv.column("oslaua");
            int pcon = csv.column("pcon");
            int lsoa = csv.column("lsoa11");
            while (csv.next()) {
                District d = realRow(csv.get(pcd), csv.get(lsoa), csv.get(laua), csv.get(pcon), nsplAreas, districts,
                        realKeys);
                if (d != null) {
                    d.sample++;
                }
            }
        }
        try (PublishedCsv csv = PublishedCsv.open(ReferenceIndexes.resource(WALES))) {
            int pcd = csv.column("Welsh Postcode");
            int lsoa = csv.column("LSOA Code");
            while (csv.next()) {
                realRow(csv.get(pcd), csv.get(lsoa), null, null, nsplAreas, districts, realKeys);
            }
        }
        try (PublishedCsv csv = PublishedCsv.open(ReferenceIndexes.resource(TRAFFORD))) {
            int pcd = csv.column("postcode");
            while (csv.next()) {
                long key = PostcodeKey.of(csv.get(pcd));
                if (key < 0 || realKeys.contains(key)) {
                    continue;
                }
                String pcds = PostcodeKey.format(key);
                District d = districts.get(sortKey(pcds.substring(0, pcds.indexOf(' '))));
                int slot = d == null ? -1 : slot(pcds.substring(pcds.indexOf(' ') + 1));
                if (slot >= 0 && !d.taken[slot]) {
                    d.taken[slot] = true;
                    d.reserved++;
                }
            }
        }

        // District sizes: proportional to the random sample, scaled to the requested total.
        int fixed = nsplRows;
        int wanted = rows - fixed;
        double low = 0;
        double high = DISTRICT_SLOTS;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (total(districts, mid) <= wanted) {
                low = mid;
            } else {
                high = mid;
            }
        }
        long sum = 0;
        for (District d : districts.values()) {
            d.target = d.size(low);
            sum += d.target;
        }
        List<District> bySample = new ArrayList<>(districts.values());
        bySample.sort(Comparator.comparingInt((District d) -> -d.sample).thenComparing(d -> d.outward));
        while (sum < wanted) {
            long before = sum;
            for (District d : bySample) {
                if (sum < wanted && d.sample > 0 && d.target < d.capacity()) {
                    d.target++;
                    sum++;
                }
            }
            if (sum == before) {
                throw new IllegalStateException("the districts cannot hold " + rows + " postcodes");
            }
        }
        int realOther = 0;
        for (District d : districts.values()) {
            realOther += d.real.size();
        }
        long synthetic = sum - realOther;
        double terminatedRate = (double) nsplTerminated / nsplRows;
        double syntheticTerminatedRate = (terminatedRate * rows - nsplTerminated) / synthetic;

        // Write all districts in postcode order.
        Files.createDirectories(output.toAbsolutePath().getParent());
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        TreeSet<String> order = new TreeSet<>(nsplDistricts.keySet());
        order.addAll(districts.keySet());
        long written = 0;
        long terminated = nsplTerminated;
        Set<String> lsoas = new HashSet<>();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                StandardCharsets.UTF_8), 1 << 20)) {
            out.write(header);
            out.write('\n');
            for (String key : order) {
                List<String> real = nsplDistricts.get(key);
                if (real != null) {
                    for (String line : real) {
                        out.write(line);
                        out.write('\n');
                        written++;
                    }
                    continue;
                }
                District d = districts.get(key);
                RealRow[] bySlot = new RealRow[DISTRICT_SLOTS];
                boolean[] synth = new boolean[DISTRICT_SLOTS];
                for (RealRow row : d.real) {
                    bySlot[slot(row.inward())] = row;
                }
                List<RealRow> donors = d.real.stream().filter(r -> r.lsoa11() != null).toList();
                if (donors.isEmpty()) {
                    donors = d.real;
                }
                for (int n = d.real.size(); n < d.target; n++) {
                    int slot = freeSlot(d, random);
                    d.taken[slot] = true;
                    bySlot[slot] = donors.get(random.nextInt(donors.size()));
                    synth[slot] = true;
                }
                for (int slot = 0; slot < DISTRICT_SLOTS; slot++) {
                    RealRow row = bySlot[slot];
                    if (row == null) {
                        continue;
                    }
                    String inward = synth[slot] ? inward(slot) : row.inward();
                    boolean isTerminated = synth[slot] && random.nextDouble() < syntheticTerminatedRate;
                    String pcds = d.outward + ' ' + inward;
                    if (synth[slot] && (PostcodeKey.of(pcds) < 0
                            || Postcode.parse(pcds).kind() != PostcodeInput.Kind.VALID)) {
                        throw new IllegalStateException("generated an invalid postcode: " + pcds);
                    }
                    if (row.lsoa11() != null) {
                        lsoas.add(row.lsoa11());
                    }
                    out.write(line(c, templates, random, d.outward, inward, row, isTerminated));
                    out.write('\n');
                    written++;
                    terminated += isTerminated ? 1 : 0;
                }
            }
        }
        if (written != rows) {
            throw new IllegalStateException("wrote " + written + " rows, not " + rows);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.printf("generated %s: SYNTHETIC full-size NSPL (published Nov 2021 layout, 41 columns), seed %d%n",
                output, SEED);
        log.printf("  %,d rows = %,d real rows of the %d shipped NSPL areas + %,d real postcodes of %,d other "
                        + "districts (ONSPD sample, Welsh lookup) + %,d synthetic postcodes in those districts%n",
                written, nsplRows, nsplAreas.size(), realOther, districts.size(), synthetic);
        log.printf("  %,d terminated (%.1f%%, the shipped NSPL areas' rate %.1f%%); %,d distinct LSOA 2011 / "
                        + "data zone codes outside the NSPL areas; %,d MB; %.1f s%n",
                terminated, 100.0 * terminated / written, 100.0 * terminatedRate, lsoas.size(),
                Files.size(output) >> 20, (System.nanoTime() - start) / 1e9);
    }

    private static long total(Map<String, District> districts, double scale) {
        long total = 0;
        for (District d : districts.values()) {
            total += d.size(scale);
        }
        return total;
    }

    /** Records a real postcode outside the NSPL areas; the district, or null when it is not one. */
    private static District realRow(String postcode, String lsoa11, String laua, String pcon, Set<String> nsplAreas,
            Map<String, District> districts, Set<Long> realKeys) {
        long key = PostcodeKey.of(postcode);
        if (key < 0) {
            return null;
        }
        String pcds = PostcodeKey.format(key);
        String outward = pcds.substring(0, pcds.indexOf(' '));
        if (nsplAreas.contains(area(outward)) || !realKeys.add(key)) {
            return null;
        }
        String inward = pcds.substring(pcds.indexOf(' ') + 1);
        District d = districts.computeIfAbsent(sortKey(outward), k -> new District(outward));
        int slot = slot(inward);
        d.taken[slot] = true;
        d.sectorCounts[slot / SECTOR_SLOTS]++;
        d.real.add(new RealRow(inward, blankToNull(lsoa11), blankToNull(laua), blankToNull(pcon)));
        return d;
    }

    /** A free inward code: a sector weighted as the district's real ones, random letters. */
    private static int freeSlot(District d, SplittableRandom random) {
        int realCount = Arrays.stream(d.sectorCounts).sum();
        for (int attempt = 0; attempt < 64; attempt++) {
            int pick = random.nextInt(realCount);
            int sector = 0;
            while (pick >= d.sectorCounts[sector]) {
                pick -= d.sectorCounts[sector];
                sector++;
            }
            int slot = sector * SECTOR_SLOTS + random.nextInt(SECTOR_SLOTS);
            if (!d.taken[slot]) {
                return slot;
            }
        }
        int from = random.nextInt(DISTRICT_SLOTS);
        for (int i = 0; i < DISTRICT_SLOTS; i++) {
            int slot = (from + i) % DISTRICT_SLOTS;
            if (!d.taken[slot]) {
                return slot;
            }
        }
        throw new IllegalStateException(d.outward + " is full");
    }

    private static String line(Columns c, Map<Character, List<String[]>> templates, SplittableRandom random,
            String outward, String inward, RealRow row, boolean isTerminated) {
        char nation = row.lsoa11() != null ? row.lsoa11().charAt(0) : row.laua() != null ? row.laua().charAt(0) : 'E';
        List<String[]> candidates = templates.getOrDefault(nation, templates.get('E'));
        String[] fields = candidates.get(random.nextInt(candidates.size())).clone();
        int introduced = 1980 * 12 + random.nextInt(2021 * 12 + 10 - 1980 * 12);
        fields[c.pcd] = quote(pad(outward, 4) + inward);
        fields[c.pcd2] = quote(pad(outward, 5) + inward);
        fields[c.pcds] = quote(outward + ' ' + inward);
        fields[c.dointr] = quote(month(introduced));
        fields[c.doterm] = quote(isTerminated
                ? month(introduced + 1 + random.nextInt(2021 * 12 + 11 - introduced - 1))
                : "");
        fields[c.lsoa11] = quote(row.lsoa11() == null ? "" : row.lsoa11());
        if (row.laua() != null) {
            fields[c.laua] = quote(row.laua());
        }
        if (row.pcon() != null) {
            fields[c.pcon] = quote(row.pcon());
        }
        fields[c.ctry] = quote(switch (nation) {
            case 'W' -> "W92000004";
            case 'S' -> "S92000003";
            default -> "E92000001";
        });
        return String.join(",", fields);
    }

    /** Column positions, found by name in the published header. */
    private static final class Columns {
        final int count;
        final int pcd;
        final int pcd2;
        final int pcds;
        final int dointr;
        final int doterm;
        final int laua;
        final int ctry;
        final int pcon;
        final int lsoa11;

        Columns(String[] header) {
            List<String> names = Arrays.asList(header);
            count = header.length;
            pcd = find(names, "pcd");
            pcd2 = find(names, "pcd2");
            pcds = find(names, "pcds");
            dointr = find(names, "dointr");
            doterm = find(names, "doterm");
            laua = find(names, "laua");
            ctry = find(names, "ctry");
            pcon = find(names, "pcon");
            lsoa11 = find(names, "lsoa11");
        }

        private static int find(List<String> names, String name) {
            int i = names.indexOf(name);
            if (i < 0) {
                throw new IllegalStateException("the NSPL header has no " + name);
            }
            return i;
        }
    }

    private static String month(int months) {
        return String.format("%04d%02d", months / 12, months % 12 + 1);
    }

    private static int slot(String inward) {
        int sector = inward.charAt(0) - '0';
        int first = INWARD.indexOf(inward.charAt(1));
        int second = INWARD.indexOf(inward.charAt(2));
        if (sector < 0 || sector > 9 || first < 0 || second < 0) {
            throw new IllegalArgumentException("not an inward code: " + inward);
        }
        return sector * SECTOR_SLOTS + first * LETTERS + second;
    }

    private static String inward(int slot) {
        return "" + (char) ('0' + slot / SECTOR_SLOTS) + INWARD.charAt(slot % SECTOR_SLOTS / LETTERS)
                + INWARD.charAt(slot % LETTERS);
    }

    /** The outward code padded as in the pcd column, which sorts as the postcodes do. */
    private static String sortKey(String outward) {
        return pad(outward, 4);
    }

    private static String pad(String outward, int width) {
        return outward + " ".repeat(Math.max(0, width - outward.length()));
    }

    private static String area(String outward) {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }

    private static String unquote(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1)
                : field;
    }

    private static String quote(String value) {
        return '"' + value + '"';
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
