package org.everycontact.deprivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PublishedCsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static PublishedCsv csv(byte[] bytes) throws IOException {
        return PublishedCsv.open(new ByteArrayInputStream(bytes));
    }

    private static PublishedCsv csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every record as "line:field|field|...", blanks as "". */
    private static List<String> records(PublishedCsv csv, int columns) throws IOException {
        List<String> out = new ArrayList<>();
        while (csv.next()) {
            StringBuilder s = new StringBuilder().append(csv.line()).append(':');
            for (int i = 0; i < columns; i++) {
                String value = csv.get(i);
                s.append(i == 0 ? "" : "|").append(value == null ? "" : value);
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void stripsTheByteOrderMark() throws IOException {
        try (PublishedCsv csv = csv(concat(BOM, "LSOA11CD,LSOA21CD\nE01000001,E01000001\n".getBytes(StandardCharsets.UTF_8)))) {
            assertEquals(List.of("LSOA11CD", "LSOA21CD"), csv.header());
            assertEquals(0, csv.column("LSOA11CD"));
            assertEquals(List.of("2:E01000001|E01000001"), records(csv, 2));
        }
    }

    @Test
    void readsCrlfAndLfAndCrLineEnds() throws IOException {
        try (PublishedCsv csv = csv("a,b\r\n1,2\r\n3,4\n5,6\r7,8")) {
            assertEquals(List.of("a", "b"), csv.header());
            assertEquals(List.of("2:1|2", "3:3|4", "4:5|6", "5:7|8"), records(csv, 2));
        }
    }

    @Test
    void unquotesCommasDoubledQuotesAndLineBreaks() throws IOException {
        String text = "code,name,n\n"
                + "\"E01000001\",\"Education, Skills and Training\",\"1\"\n"
                + "E01000002,\"the \"\"quoted\"\" one\",2\r\n"
                + "E01000003,\"two\r\nlines\",3\n"
                + "E01000004,\"\",4\n";
        try (PublishedCsv csv = csv(text)) {
            assertTrue(csv.next());
            assertEquals("Education, Skills and Training", csv.get(1));
            assertEquals("1", csv.get(2));
            assertTrue(csv.next());
            assertEquals("the \"quoted\" one", csv.get(1));
            assertTrue(csv.next());
            assertEquals(4, csv.line());
            assertEquals("two\r\nlines", csv.get(1));
            assertEquals("3", csv.get(2));
            assertTrue(csv.next());
            assertEquals(6, csv.line(), "the line count goes on after a line break inside quotes");
            assertNull(csv.get(1));
            assertTrue(csv.isBlank(1));
            assertFalse(csv.next());
        }
    }

    @Test
    void skipsAllBlankRowsButNotRowsWithOneValue() throws IOException {
        String text = "a,b,c\n,,\n\n1,,\n , ,\n\"\",\"\",\"\"\n,,3\n,,\n,,\n";
        try (PublishedCsv csv = csv(text)) {
            assertEquals(List.of("4:1||", "7:||3"), records(csv, 3));
        }
    }

    @Test
    void missingAndShortColumnsAreNull() throws IOException {
        try (PublishedCsv csv = csv("a,b,c\n1\n")) {
            assertEquals(-1, csv.column("d"));
            assertTrue(csv.next());
            assertEquals("1", csv.get(0));
            assertNull(csv.get(2));
            assertNull(csv.get(-1));
            assertTrue(csv.isBlank(-1));
        }
    }

    @Test
    void trimsValues() throws IOException {
        try (PublishedCsv csv = csv("a,b\n  E01000001 ,\" M9  4WW \"\n")) {
            assertTrue(csv.next());
            assertEquals("E01000001", csv.get(0));
            assertEquals("M9  4WW", csv.get(1), "inner spaces are kept");
        }
    }

    @Test
    void decodesUtf8() throws IOException {
        try (PublishedCsv csv = csv("code,name\nW01000001,Ynys Môn – Llŷn\n")) {
            assertTrue(csv.next());
            assertEquals("Ynys Môn – Llŷn", csv.get(1));
        }
    }

    @Test
    void readsGzipByItsMagicBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(BOM);
            gzip.write("pcd,lsoa11\r\n\"M9  4WW\",E01005000\r\n".getBytes(StandardCharsets.UTF_8));
        }
        try (PublishedCsv csv = csv(bytes.toByteArray())) {
            assertEquals(List.of("pcd", "lsoa11"), csv.header());
            assertEquals(List.of("2:M9  4WW|E01005000"), records(csv, 2));
        }
    }

    @Test
    void aTruncatedGzipIsAnIoError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 10_000; i++) {
                gzip.write(("E01" + i + "," + (i * 7919 % 100_003) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = bytes.toByteArray();
        try (PublishedCsv csv = csv(Arrays.copyOf(whole, whole.length / 2))) {
            assertThrows(EOFException.class, () -> {
                while (csv.next()) {
                    csv.get(0);
                }
            });
        }
    }

    @Test
    void emptyInputHasNoHeader() throws IOException {
        try (PublishedCsv csv = csv("")) {
            assertEquals(List.of(), csv.header());
            assertFalse(csv.next());
        }
        try (PublishedCsv csv = csv(BOM)) {
            assertEquals(List.of(), csv.header());
        }
    }

    @Test
    void anUnclosedQuoteIsAnError() throws IOException {
        try (PublishedCsv csv = csv("a,b\n1,2\n3,\"never closed\n4,5\n")) {
            assertTrue(csv.next());
            EOFException e = assertThrows(EOFException.class, csv::next);
            assertEquals("the quoted field on line 3 is never closed", e.getMessage());
        }
    }

    @Test
    void findsColumnsByExactNameThenPrefixIgnoringCaseAndBlanks() throws IOException {
        try (PublishedCsv csv = csv("pcd,pcd2,pcds,doterm,lsoa11,lsoa21cd,WIMD 2025 , \n")) {
            assertEquals(0, csv.column("pcd"), "an exact name beats an earlier prefix");
            assertEquals(2, csv.column("PCDS"));
            assertEquals(5, csv.column("lsoa21"));
            assertEquals(6, csv.column("wimd 2025"), "trailing spaces in the header are ignored");
            assertEquals(-1, csv.column("lsoa01"));
            assertThrows(IllegalArgumentException.class, () -> csv.column(" "));
        }
    }

    /** The real MHCLG headers: File 1 2019, File 1 2025 (truncated) and File 7 (score, rank, decile per domain). */
    @Test
    void findsTheImdRankAndDecileInEveryMhclgHeader() throws IOException {
        String file1of2019 = "LSOA code (2011),LSOA name (2011),Local Authority District code (2019),"
                + "Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,"
                + "Index of Multiple Deprivation (IMD) Decile\n";
        String file1of2025 = "LSOA code (2021),LSOA name (2021),Local Authority District code (2024),"
                + "Local Authority District name (2024),Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived),"
                + "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOA\n";
        String file7 = "LSOA code (2011),LSOA name (2011),Local Authority District code (2019),"
                + "Local Authority District name (2019),Index of Multiple Deprivation (IMD) Score,"
                + "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived),"
                + "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs),"
                + "Income Score (rate),Income Rank (where 1 is most deprived),"
                + "Income Decile (where 1 is most deprived 10% of LSOAs),"
                + "\"Education, Skills and Training Rank (where 1 is most deprived)\","
                + "Income Deprivation Affecting Children Index (IDACI) Rank (where 1 is most deprived)\n";
        for (String header : List.of(file1of2019, file1of2025)) {
            try (PublishedCsv csv = csv(header)) {
                assertEquals(4, csv.column("Index of Multiple Deprivation (IMD) Rank"));
                assertEquals(5, csv.column("Index of Multiple Deprivation (IMD) Decile"));
                assertEquals(0, csv.column("LSOA code"));
            }
        }
        try (PublishedCsv csv = csv(file1of2025)) {
            assertEquals(5, csv.column("Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOA"),
                    "the truncated header is found by its whole published text");
            assertEquals(-1, csv.column("Index of Multiple Deprivation (IMD) Score"));
        }
        try (PublishedCsv csv = csv(file7)) {
            assertEquals(4, csv.column("Index of Multiple Deprivation (IMD) Score"));
            assertEquals(5, csv.column("Index of Multiple Deprivation (IMD) Rank"), "not the score, not a domain");
            assertEquals(6, csv.column("Index of Multiple Deprivation (IMD) Decile"));
            assertEquals(8, csv.column("Income Rank"));
            assertEquals(10, csv.column("Education, Skills and Training Rank"));
        }
    }

    @Test
    void aHeaderWithALineBreakMatchesAsOneSpace() throws IOException {
        try (PublishedCsv csv = csv("\"Index of Multiple Deprivation (IMD) Rank\n(where 1 is most deprived)\"\n")) {
            assertEquals(0, csv.column("Index of Multiple Deprivation (IMD) Rank (where 1"));
        }
    }

    @Test
    void parsesNumbersAsPublished() {
        assertEquals(1296, PublishedCsv.parseInt("1,296"));
        assertEquals(1234567, PublishedCsv.parseInt("1,234,567"));
        assertEquals(5, PublishedCsv.parseInt("5.0"));
        assertEquals(32844, PublishedCsv.parseInt(" 32,844.00 "));
        assertEquals(0, PublishedCsv.parseInt("0"));
        assertEquals(-3, PublishedCsv.parseInt("-3"));
        assertEquals(Integer.MAX_VALUE, PublishedCsv.parseInt("2147483647"));
        for (String bad : new String[] {"", " ", "abc", "1673.5", "1.", ".0", "1,29", "12,3456", ",123", "1,,234", "123,",
                "1 296", "2147483648", "-", "1e3", "٣"}) {
            assertThrows(NumberFormatException.class, () -> PublishedCsv.parseInt(bad), bad);
        }
        assertThrows(NumberFormatException.class, () -> PublishedCsv.parseInt(null));
    }

    @Test
    void recordsLongerThanTheBuffersGrowThem() throws IOException {
        String longValue = "x".repeat(200_000);
        StringBuilder header = new StringBuilder("c0");
        StringBuilder row = new StringBuilder(longValue);
        for (int i = 1; i < 300; i++) {
            header.append(",c").append(i);
            row.append(',').append(i);
        }
        try (PublishedCsv csv = csv(header + "\n" + row + "\n")) {
            assertEquals(299, csv.column("c299"));
            assertTrue(csv.next());
            assertEquals(longValue, csv.get(0));
            assertEquals("299", csv.get(299));
        }
    }
}
