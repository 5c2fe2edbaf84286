package org.everycontact.deprivation;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * A built {@link DeprivationIndex} as bytes, kept in the database beside the rows it was built from
 * so that a restart reads a few megabytes instead of rebuilding from every postcode row. The arrays
 * are written whole, big-endian (as {@link DataOutputStream} writes them), after a format number and a CRC-32C of the rest, so that damage is
 * refused rather than served; the snapshot is tied to the active releases by {@link #stamp}, so an
 * import (in this process or another) makes it stale rather than wrong.
 */
final class IndexSnapshot {

    /**
     * Part of the stamp: bump it whenever the layout below or the rules that build the index
     * ({@link DeprivationIndex.Builder}, {@link PostcodeKey}) change, so that saved snapshots are rebuilt.
     */
    static final int FORMAT = 2;
    private static final int MAGIC = 0x45434458;
    /** Where the checksum is, and where the bytes it covers start. */
    private static final int CHECKSUM_AT = 8;
    private static final int CHECKED_FROM = 12;

    private IndexSnapshot() {
    }

    /** What the snapshot was built from: the format and each active release's id and content hash, in order. */
    static String stamp(List<String> releases) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("format " + FORMAT).getBytes(StandardCharsets.UTF_8));
            for (String release : releases) {
                digest.update(("\n" + release).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] write(DeprivationIndex index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 23);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(0);
            putStrings(out, index.sources);
            out.writeInt(index.editionSources.size());
            for (Map.Entry<IndexEdition, String> source : index.editionSources.entrySet()) {
                putStrings(out, source.getKey().name(), source.getValue());
            }
            putStrings(out, index.areaCodes);
            putInts(out, index.bestFit21);
            out.writeInt(index.ranks.size());
            for (Map.Entry<IndexEdition, int[]> ranks : index.ranks.entrySet()) {
                putStrings(out, ranks.getKey().name());
                putInts(out, ranks.getValue());
                out.write(index.deciles.get(ranks.getKey()));
            }
            out.writeInt(index.keys.length);
            putLongs(out, index.keys);
            putInts(out, index.lsoa11);
            putInts(out, index.lsoa21);
            for (short source : index.postcodeSource) {
                out.writeShort(source);
            }
            out.writeInt(index.terminated.length);
            putLongs(out, index.terminated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] snapshot = bytes.toByteArray();
        ByteBuffer.wrap(snapshot).putInt(CHECKSUM_AT, checksum(snapshot));
        return snapshot;
    }

    /**
     * The index from its snapshot.
     *
     * @throws IllegalArgumentException when the bytes are not a whole snapshot of this format
     */
    static DeprivationIndex read(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                throw new IllegalArgumentException("not a deprivation index snapshot of format " + FORMAT);
            }
            if (in.getInt() != checksum(bytes)) {
                throw new IllegalArgumentException("deprivation index snapshot fails its checksum");
            }
            String[] sources = getStrings(in);
            Map<IndexEdition, String> editionSources = new EnumMap<>(IndexEdition.class);
            for (int n = count(in); n > 0; n--) {
                String[] pair = getStrings(in);
                editionSources.put(IndexEdition.valueOf(pair[0]), pair[1]);
            }
            String[] areaCodes = getStrings(in);
            int areas = areaCodes.length;
            int[] bestFit21 = ints(in, areas);
            Map<IndexEdition, int[]> ranks = new EnumMap<>(IndexEdition.class);
            Map<IndexEdition, byte[]> deciles = new EnumMap<>(IndexEdition.class);
            for (int n = count(in); n > 0; n--) {
                IndexEdition edition = IndexEdition.valueOf(getStrings(in)[0]);
                ranks.put(edition, ints(in, areas));
                byte[] editionDeciles = new byte[areas];
                in.get(editionDeciles);
                deciles.put(edition, editionDeciles);
            }
            int postcodes = count(in);
            long[] keys = longs(in, postcodes);
            int[] lsoa11 = ints(in, postcodes);
            int[] lsoa21 = ints(in, postcodes);
            short[] source = new short[postcodes];
            in.asShortBuffer().get(source);
            in.position(in.position() + 2 * postcodes);
            long[] terminated = longs(in, count(in));
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("deprivation index snapshot has trailing bytes");
            }
            return new DeprivationIndex(keys, lsoa11, lsoa21, terminated, source, sources, editionSources, areaCodes,
                    bestFit21, ranks, deciles);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("deprivation index snapshot is cut short", e);
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, CHECKED_FROM, bytes.length - CHECKED_FROM);
        return (int) crc.getValue();
    }

    private static void putStrings(DataOutputStream out, String... values) throws IOException {
        out.writeInt(values.length);
        for (String value : values) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static void putInts(DataOutputStream out, int[] values) throws IOException {
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static void putLongs(DataOutputStream out, long[] values) throws IOException {
        for (long value : values) {
            out.writeLong(value);
        }
    }

    private static String[] getStrings(ByteBuffer in) {
        String[] values = new String[count(in)];
        for (int i = 0; i < values.length; i++) {
            byte[] utf8 = new byte[count(in)];
            in.get(utf8);
            values[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        return values;
    }

    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("deprivation index snapshot has a bad count: " + count);
        }
        return count;
    }

    private static int[] ints(ByteBuffer in, int length) {
        int[] values = new int[length];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * length);
        return values;
    }

    private static long[] longs(ByteBuffer in, int length) {
        long[] values = new long[length];
        in.asLongBuffer().get(values);
        in.position(in.position() + 8 * length);
        return values;
    }
}
