package org.everycontact.deprivation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.everycontact.bench.ReferenceIndexes;
import org.junit.jupiter.api.Test;

/** The saved index reads back as the index it was written from, and a damaged one is refused. */
class IndexSnapshotTest {

    /** Every kind of entry: both LSOA vintages, terminated flags past one word, two releases, two editions. */
    private static DeprivationIndex sample() {
        DeprivationIndex.Builder builder = new DeprivationIndex.Builder();
        int older = builder.source("postcodes/old.csv (imported 2026-11-01)");
        int newer = builder.source("postcodes/new.csv (imported 2026-11-20)");
        for (int i = 0; i < 200; i++) {
            String postcode = "M%d %dAB".formatted(1 + i % 90, i % 10);
            builder.postcode(PostcodeKey.of(postcode), i % 3 == 0 ? null : "E0100%04d".formatted(i),
                    i % 5 == 0 ? null : "E0200%04d".formatted(i), i % 7 == 0, i % 2 == 0 ? older : newer);
        }
        builder.postcode(PostcodeKey.of("GY1 1AA"), "L99999999", null, false, older);
        builder.bestFit("E01000003", "E02000003");
        builder.editionSource(IndexEdition.IMD2019, "imd/england/2019.csv (imported 2026-11-01)")
                .editionSource(IndexEdition.IMD2025, "imd/england/2025.csv (imported 2026-11-01) – ünïcode");
        for (int i = 0; i < 200; i += 2) {
            builder.rank(IndexEdition.IMD2019, "E0100%04d".formatted(i), 1000 + i, i % 4 == 0 ? null : 1 + i % 10);
            builder.rank(IndexEdition.IMD2025, "E0200%04d".formatted(i), 2000 + i, 1 + i % 10);
        }
        return builder.build();
    }

    @Test
    void readsBackEveryPostcodeAreaAndEditionAsWritten() {
        DeprivationIndex original = sample();
        byte[] bytes = IndexSnapshot.write(original);
        DeprivationIndex copy = IndexSnapshot.read(bytes);

        assertEquals(original.postcodes(), copy.postcodes());
        assertEquals(original.areas(), copy.areas());
        for (int slot = 0; slot < original.postcodes(); slot++) {
            assertEquals(original.keys[slot], copy.keys[slot]);
            assertEquals(slot, copy.find(original.keys[slot]));
            assertEquals(original.lsoa11(slot), copy.lsoa11(slot));
            assertEquals(original.lsoa21(slot), copy.lsoa21(slot));
            assertEquals(original.terminated(slot), copy.terminated(slot), "slot " + slot);
            assertEquals(original.postcodeSource(slot), copy.postcodeSource(slot));
        }
        for (int area = 0; area < original.areas(); area++) {
            assertEquals(original.areaCode(area), copy.areaCode(area));
            assertEquals(original.nation(area), copy.nation(area));
            assertEquals(original.bestFit21(area), copy.bestFit21(area));
            for (IndexEdition edition : IndexEdition.values()) {
                assertEquals(original.rank(edition, area), copy.rank(edition, area));
                assertEquals(original.decile(edition, area), copy.decile(edition, area));
            }
        }
        for (IndexEdition edition : IndexEdition.values()) {
            assertEquals(original.has(edition), copy.has(edition));
            assertEquals(original.editionSource(edition), copy.editionSource(edition));
        }
        assertArrayEquals(bytes, IndexSnapshot.write(copy), "written again, the same bytes");
    }

    @Test
    void answersTheSameAssessmentsAfterTheRoundTrip() {
        DeprivationService fromRows = ReferenceIndexes.service(sample());
        DeprivationService fromSnapshot = ReferenceIndexes.service(IndexSnapshot.read(IndexSnapshot.write(sample())));
        for (String postcode : List.of("M1 0AB", "M3 2AB", "M8 7AB", "M14 3AB", "GY1 1AA", "ZZ1 1ZZ")) {
            assertEquals(fromRows.assess(postcode), fromSnapshot.assess(postcode), postcode);
        }
    }

    @Test
    void refusesBytesThatAreDamagedOrNotAWholeSnapshotOfThisFormat() {
        byte[] bytes = IndexSnapshot.write(sample());
        assertThrows(IllegalArgumentException.class, () -> IndexSnapshot.read(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(IllegalArgumentException.class, () -> IndexSnapshot.read(Arrays.copyOf(bytes, bytes.length + 1)));
        assertThrows(IllegalArgumentException.class, () -> IndexSnapshot.read(new byte[0]));
        byte[] otherFormat = bytes.clone();
        ByteBuffer.wrap(otherFormat).putInt(4, IndexSnapshot.FORMAT + 1);
        assertThrows(IllegalArgumentException.class, () -> IndexSnapshot.read(otherFormat));
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 0x10;
        assertThrows(IllegalArgumentException.class, () -> IndexSnapshot.read(damaged));
        byte[] badCount = bytes.clone();
        ByteBuffer.wrap(badCount).putInt(8, Integer.MAX_VALUE);
        assertThrows(IllegalArgumentException.class, () -> IndexSnapshot.read(badCount));
    }

    @Test
    void theStampChangesWithTheReleasesAndTheirOrder() {
        String stamp = IndexSnapshot.stamp(List.of("1 aa", "2 bb"));
        assertEquals(stamp, IndexSnapshot.stamp(List.of("1 aa", "2 bb")));
        assertNotEquals(stamp, IndexSnapshot.stamp(List.of("2 bb", "1 aa")));
        assertNotEquals(stamp, IndexSnapshot.stamp(List.of("1 aa", "2 bc")));
        assertNotEquals(stamp, IndexSnapshot.stamp(List.of("1 aa")));
    }
}
