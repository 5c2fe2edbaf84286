package org.everycontact.deprivation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Importing published files: bad rows are reported and the rest stored, the same file twice changes
 * nothing, and a new release replaces the old one without a lookup ever seeing a half-loaded table.
 * Each test uses its own file name and postcodes absent from the shipped data.
 */
@QuarkusTest
class ReferenceImportTest {

    private static final String HEADER = "pcd,oslaua,pcon,lsoa11\n";

    @Inject
    ReferenceImporter importer;

    @Inject
    ReferenceStore store;

    @Inject
    DeprivationService deprivation;

    @Inject
    ImportCommand command;

    @Inject
    AgroalDataSource dataSource;

    private ImportResult importAndRebuild(String name, ReferenceImporter.Source source, LongConsumer progress)
            throws Exception {
        ImportResult result = importer.load(name, source, progress);
        importer.rebuildIndex();
        return result;
    }

    private static ReferenceImporter.Source text(String content) {
        return () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badRowsAreReportedWithReasonsAndTheRestStored() throws Exception {
        String file = HEADER
                + "EC1A 1BB,E09000001,E14000639,E01000001\n"
                + ",E09000001,E14000639,E01000001\n"
                + "NOT VALID,E09000001,E14000639,E01000001\n"
                + "EC1A 1BD,E09000001,E14000639,E01000005\n";

        ImportResult result = importAndRebuild("bad-rows-test.csv", text(file), bytes -> { });

        assertFalse(result.unchanged());
        assertEquals("ONSPD_SAMPLE", result.layout());
        assertEquals(4, result.rowsRead());
        assertEquals(2, result.rowsStored());
        assertEquals(2, result.rowsRejected());
        assertEquals(2, result.firstRejections().size());
        assertTrue(result.firstRejections().stream().anyMatch(r -> r.line() == 3), result.firstRejections().toString());
        assertEquals(DeprivationStatus.FOUND, deprivation.assess("EC1A 1BB").status());
        assertEquals("E01000001", deprivation.assess("ec1a1bb").lsoa(), "reached via the LSOA 2011 best-fit lookup");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        String file = HEADER + "EC2A 1AA,E09000001,E14000639,E01000001\n";
        int releasesBefore = store.activeReleases().size();

        ImportResult first = importAndRebuild("twice-test.csv", text(file), bytes -> { });
        ImportResult second = importAndRebuild("twice-test.csv", text(file), bytes -> { });

        assertFalse(first.unchanged());
        assertTrue(second.unchanged());
        assertEquals(releasesBefore + 1, store.activeReleases().size());
    }

    @Test
    void reImportReplacesTheReleaseAtomicallyWhileLookupsRun() throws Exception {
        StringBuilder first = new StringBuilder(HEADER);
        StringBuilder second = new StringBuilder(HEADER);
        List<String> postcodes = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if ("CIKMOV".indexOf(a) < 0 && "CIKMOV".indexOf(b) < 0) {
                    String postcode = "EC3A 1" + a + b;
                    postcodes.add(postcode);
                    first.append(postcode).append(",E09000001,E14000639,E01000001\n");
                    second.append(postcode).append(",E09000001,E14000639,E01000005\n");
                }
            }
        }
        importAndRebuild("atomic-test.csv", text(first.toString()), bytes -> { });
        AtomicBoolean importing = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (importing.get()) {
                for (String postcode : postcodes) {
                    Deprivation answer = deprivation.assess(postcode);
                    if (answer.status() != DeprivationStatus.FOUND
                            || !Set.of("E01000001", "E01000005").contains(answer.lsoa())) {
                        synchronized (seen) {
                            seen.add(answer.status() + " " + answer.lsoa());
                        }
                    }
                }
            }
        });
        reader.start();
        try {
            importAndRebuild("atomic-test.csv", text(second.toString()), bytes -> { });
        } finally {
            importing.set(false);
            reader.join();
        }

        assertEquals(List.of(), seen, "a lookup saw neither the old nor the new release");
        assertEquals("E01000005", deprivation.assess(postcodes.get(0)).lsoa());
        assertEquals(1, store.activeReleases().stream().filter(r -> r.sourceName.equals("atomic-test.csv")).count());
    }

    @Test
    void aFileThatBreaksHalfwayLeavesTheOldReleaseInPlace() throws Exception {
        importAndRebuild("broken-test.csv", text(HEADER + "EC4A 1AA,E09000001,E14000639,E01000001\n"), b -> { });
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            big.append("EC4A 1AA,E09000001,E14000639,E01000005\n");
        }
        byte[] gzip = gzip(big.toString());
        byte[] truncated = Arrays.copyOf(gzip, gzip.length / 2);

        assertThrows(IOException.class, () ->
                importAndRebuild("broken-test.csv", () -> new ByteArrayInputStream(truncated), b -> { }));

        assertEquals("E01000001", deprivation.assess("EC4A 1AA").lsoa());
        assertEquals(1, store.activeReleases().stream().filter(r -> r.sourceName.equals("broken-test.csv")).count());
    }

    @Test
    void importCommandShowsProgressAndASummary(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("command-test.csv");
        Files.writeString(file, HEADER + "EC4M 7AA,E09000001,E14000639,E01000001\nbad,x,y,z\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        int exit = command.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(progress, true, StandardCharsets.UTF_8), file.toString());

        assertEquals(0, exit);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("2 rows read, 1 stored, 1 rejected"), summary);
        assertTrue(summary.contains("rejected line"), summary);
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("100%"));
        assertEquals(DeprivationStatus.FOUND, deprivation.assess("EC4M 7AA").status());
    }

    @Test
    void theBuiltIndexIsSavedAndReadBackUntilAnImportChangesTheReleases() throws Exception {
        ReferenceStore.IndexLoad built = store.loadIndex();
        ReferenceStore.IndexLoad saved = store.loadIndex();
        assertTrue(saved.fromSnapshot(), "the second load reads the snapshot the first saved");
        assertEquals(built.index().postcodes(), saved.index().postcodes());
        assertArrayEquals(IndexSnapshot.write(built.index()), IndexSnapshot.write(saved.index()));

        importer.load("snapshot-test.csv", text(HEADER + "EC1M 6AA,E09000001,E14000639,E01000001\n"), b -> { });
        ReferenceStore.IndexLoad afterImport = store.loadIndex();
        assertFalse(afterImport.fromSnapshot(), "a new release makes the saved snapshot stale");
        assertTrue(afterImport.index().find(PostcodeKey.of("EC1M 6AA")) >= 0);
        assertTrue(store.loadIndex().fromSnapshot());
    }

    @Test
    void aDamagedSnapshotIsRebuiltFromTheRows() throws Exception {
        store.loadIndex();
        try (Connection c = dataSource.getConnection();
             PreparedStatement damage = c.prepareStatement("UPDATE ref_index_snapshot SET data = ?")) {
            damage.setBytes(1, new byte[] {1, 2, 3});
            assertEquals(1, damage.executeUpdate());
        }

        ReferenceStore.IndexLoad rebuilt = store.loadIndex();

        assertFalse(rebuilt.fromSnapshot());
        assertTrue(rebuilt.index().postcodes() > 0);
        assertTrue(store.loadIndex().fromSnapshot(), "the rebuilt index replaced the damaged snapshot");
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
