package org.everycontact.deprivation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.everycontact.deprivation.PostcodeInput.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PostcodeKey against Postcode.parse, over the real postcode files and random strings. */
class PostcodeKeyTest {

    private static final String POSTCODES = "/reference-data/postcodes/";
    private static final String NSPL_AREAS =
            "DG DT FK GY HG HR HS HX IM JE KW LD PH SM SR TD TF WC WN ZE";

    private static List<String> trafford;
    private static List<String> onspd;

    @BeforeAll
    static void readPostcodeFiles() {
        trafford = firstColumn("trafford_postcodes.csv");
        onspd = firstColumn("onspd_100000.csv");
        assertEquals(11_264, trafford.size());
        assertEquals(100_000, onspd.size());
    }

    @Test
    void everyTraffordPostcodeHasADistinctKeyThatFormatsBack() {
        Set<Long> keys = new HashSet<>();
        assertAll(trafford.stream().map(pcds -> () -> {
            long key = PostcodeKey.of(pcds);
            assertEquals(Kind.VALID, Postcode.parse(pcds).kind(), pcds);
            assertEquals(pcds, PostcodeKey.format(key));
            assertTrue(keys.add(key), pcds);
        }));
    }

    @Test
    void everyValidOnspdPostcodeHasADistinctKeyThatFormatsBack() {
        Set<Long> keys = new HashSet<>();
        Set<String> rejectedOutwardCodes = new TreeSet<>();
        for (String pcd : onspd) {
            PostcodeInput input = Postcode.parse(pcd);
            long key = PostcodeKey.of(pcd);
            if (input.kind() != Kind.VALID) {
                assertEquals(Kind.INVALID, input.kind(), pcd);
                assertEquals(PostcodeKey.NO_KEY, key, pcd);
                rejectedOutwardCodes.add(pcd.substring(0, 4).strip());
                continue;
            }
            assertEquals(pcd, input.postcode().pcd7());
            assertEquals(input.normalised(), PostcodeKey.format(key));
            assertTrue(keys.add(key), pcd);
        }
        // Real ONSPD postcodes that the spec's Royal Mail rules reject: the terminated pre-2000 West
        // London districts and Newport's NPT, and the live PO-box district N1P.
        assertEquals(Set.of("N1P", "NPT", "W1M", "W1N", "W1P", "W1R", "W1V", "W1X", "W1Y"), rejectedOutwardCodes);
        assertEquals(100_000 - 343, keys.size());
    }

    @Test
    void everyNsplPostcodeGivesOneKeyInItsPcdPcd2AndPcdsForms() {
        int[] rows = {0};
        for (String area : NSPL_AREAS.split(" ")) {
            forEachLine("nspl_nov2021/NSPL_NOV_2021_UK_" + area + ".csv.gz", line -> {
                String[] forms = line.split(",", 4);
                String pcd = unquote(forms[0]);
                Postcode postcode = Postcode.parse(pcd).postcode();
                long key = PostcodeKey.of(pcd);
                for (int i = 0; i < 3; i++) {
                    String form = unquote(forms[i]);
                    assertEquals(postcode, Postcode.parse(form).postcode(), form);
                    assertEquals(key, PostcodeKey.of(form), form);
                }
                assertEquals(pcd, postcode.pcd7());
                assertEquals(unquote(forms[2]), PostcodeKey.format(key));
                rows[0]++;
            });
        }
        assertEquals(123_018, rows[0]);
    }

    @Test
    void keysSortAsTheSevenCharacterPcdFormsDo() {
        Map<String, Long> keyByPcd = new HashMap<>();
        for (String raw : concat(trafford, onspd)) {
            Postcode postcode = Postcode.parse(raw).postcode();
            if (postcode != null) {
                keyByPcd.put(postcode.pcd7(), PostcodeKey.of(raw));
            }
        }
        List<String> pcds = new ArrayList<>(keyByPcd.keySet());
        pcds.sort(Comparator.naturalOrder());
        for (int i = 1; i < pcds.size(); i++) {
            assertTrue(keyByPcd.get(pcds.get(i - 1)) < keyByPcd.get(pcds.get(i)), pcds.get(i));
        }
        assertTrue(new HashSet<>(keyByPcd.values()).size() == keyByPcd.size());
    }

    @Test
    void keyAgreesWithParseOverRealPostcodesInOtherLayouts() {
        Random random = new Random(20261126);
        for (String raw : concat(trafford, onspd)) {
            String compact = raw.replace(" ", "");
            assertAgrees(compact);
            assertAgrees(compact.toLowerCase());
            assertAgrees(" " + raw.replace(" ", "\t ") + "\u00A0");
            assertAgrees(mutate(raw, random));
        }
    }

    @Test
    void keyAgreesWithParseOverRandomPostcodeShapedStrings() {
        String[] shapes = {"AN", "ANN", "AAN", "AANN", "ANA", "AANA", "AAA", "NA", "A", "AAAA", "AANNN"};
        String[] inwardShapes = {"NAA", "NAA", "NAA", "NAA", "AAA", "NNA", "NA", "NAAA"};
        Random random = new Random(37);
        int valid = 0;
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            String outward = fill(shapes[random.nextInt(shapes.length)], random);
            String inward = fill(inwardShapes[random.nextInt(inwardShapes.length)], random);
            String raw = random.nextInt(10) == 0 ? mutate(outward + " " + inward, random) : outward + " " + inward;
            valid += assertAgrees(random.nextBoolean() ? raw.toLowerCase() : raw) ? 1 : 0;
        }
        assertTrue(valid > n / 10 && valid < n / 2, "valid " + valid);
    }

    @Test
    void keyAgreesWithParseOverRandomStrings() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789     \t-.,/'\"ZZZ999\u00A0ı\u0130ÀＳ\uD83D";
        Random random = new Random(11);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int length = random.nextInt(11); length > 0; length--) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertAgrees(raw.toString());
        }
    }

    @Test
    void pseudoPostcodesHaveNoKey() {
        Random random = new Random(99);
        for (int i = 0; i < 1000; i++) {
            String raw = "ZZ99 " + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + "Z";
            assertEquals(Kind.PSEUDO, Postcode.parse(raw).kind(), raw);
            assertEquals(PostcodeKey.NO_KEY, PostcodeKey.of(raw), raw);
        }
        for (String raw : List.of("ZZ99 3VZ", "zz993wz", "ZZ99 3CZ", "ZZ99 3GZ", "ZZ99 1WZ", "ZZ99 2WZ")) {
            assertEquals(PostcodeKey.NO_KEY, PostcodeKey.of(raw), raw);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "SW1A 2AC", "SW1A-2AA", "Q1 1AA", "W1N 6DS", "GIR 0AB", "M1 1A", "SW1A 2AAA",
        "SW1A 2AA 2AA", "ＳＷ1A 2AA", "gır 0aa"})
    void anythingElseHasNoKey(String raw) {
        assertEquals(PostcodeKey.NO_KEY, PostcodeKey.of(raw));
        assertTrue(PostcodeKey.NO_KEY < 0);
    }

    @Test
    void girobankPostcodeHasAKey() {
        long key = PostcodeKey.of("gir0aa");

        assertEquals("GIR 0AA", PostcodeKey.format(key));
        assertNotEquals(key, PostcodeKey.of("GIR 0AB"));
    }

    @Test
    void keyReadsAnyCharSequence() {
        assertEquals(PostcodeKey.of("M9 4WW"), PostcodeKey.of(new StringBuilder("m9\t4ww")));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Long.MIN_VALUE, 0, 1, 94_931_877_133L, Long.MAX_VALUE})
    void formatRejectsWhatIsNotAKey(long key) {
        assertThrows(IllegalArgumentException.class, () -> PostcodeKey.format(key));
    }

    @Test
    void formatRejectsKeysOfCharactersThatAreNoPostcode() {
        long sw1a2ab = PostcodeKey.of("SW1A 2AB");
        long m94ww = PostcodeKey.of("M9 4WW");

        assertEquals("SW1A 2AB", PostcodeKey.format(sw1a2ab));
        // "SW1A2AC": C is not an inward letter.
        assertThrows(IllegalArgumentException.class, () -> PostcodeKey.format(sw1a2ab + 1));
        // " M9  4W": the characters shifted one place right.
        assertThrows(IllegalArgumentException.class, () -> PostcodeKey.format(m94ww / 37));
    }

    @Test
    void keyAllocatesNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        String[] postcodes = concat(trafford, onspd).toArray(String[]::new);
        long sum = lookUpAll(postcodes);

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        sum += lookUpAll(postcodes);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertTrue(allocated < 1024, allocated + " bytes allocated for " + postcodes.length + " keys");
        assertNotEquals(0, sum);
    }

    private static long lookUpAll(String[] postcodes) {
        long sum = 0;
        for (int round = 0; round < 5; round++) {
            for (String postcode : postcodes) {
                sum += PostcodeKey.of(postcode);
            }
        }
        return sum;
    }

    /** Whether it was valid; fails if the key and the parse disagree about that or about the postcode. */
    private static boolean assertAgrees(String raw) {
        PostcodeInput input = Postcode.parse(raw);
        long key = PostcodeKey.of(raw);
        boolean valid = input.kind() == Kind.VALID;
        assertEquals(valid, key >= 0, () -> "'" + raw + "' " + input.kind() + " key " + key);
        if (valid) {
            assertEquals(input.normalised(), PostcodeKey.format(key), raw);
        } else {
            assertEquals(PostcodeKey.NO_KEY, key, raw);
        }
        return valid;
    }

    private static String fill(String shape, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : shape.toCharArray()) {
            out.append(c == 'A' ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** One character replaced, inserted or deleted. */
    private static String mutate(String raw, Random random) {
        String symbols = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ";
        int at = random.nextInt(raw.length());
        char c = symbols.charAt(random.nextInt(symbols.length()));
        return switch (random.nextInt(3)) {
            case 0 -> raw.substring(0, at) + c + raw.substring(at + 1);
            case 1 -> raw.substring(0, at) + c + raw.substring(at);
            default -> raw.substring(0, at) + raw.substring(at + 1);
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> firstColumn(String file) {
        List<String> values = new ArrayList<>();
        forEachLine(file, line -> values.add(unquote(line.substring(0, line.indexOf(',')))));
        return values;
    }

    /** Each line after the header. */
    private static void forEachLine(String file, Consumer<String> action) {
        try (InputStream in = open(POSTCODES + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            reader.lines().forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = PostcodeKeyTest.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing test resource " + resource);
        }
        return resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static String unquote(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1)
                : field;
    }
}
