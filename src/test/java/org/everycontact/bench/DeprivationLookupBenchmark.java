package org.everycontact.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.DeprivationIndex;
import org.everycontact.deprivation.DeprivationService;
import org.everycontact.deprivation.DeprivationStatus;
import org.everycontact.deprivation.PostcodeKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot path of deprivation: {@link DeprivationService#assess} on a real postcode, through the
 * in-memory index. The postcodes are {@link #postcodeCount} distinct real ones (pcds form, as an
 * address gives them) drawn with a fixed seed from the shipped ONSPD random sample, taken in turn,
 * so that successive calls hit different parts of the index as calls for different patients do.
 *
 * <p>{@code index=shipped}: the index of the shipped files (about 0.4 million postcodes), what a
 * fresh installation has. {@code index=full-size}: the shipped files and then the SYNTHETIC
 * national-size NSPL of {@link FullSizeNsplGenerator} (2.7 million rows), what the service has after
 * importing the full directory; the file is generated first when it is missing.
 *
 * <p>{@link #assess} is the requirement's measure; {@link #keyAndFind} (parse and binary search
 * only) and {@link #formatKey} (the pcds string the answer carries) split its cost and allocation.
 * Run with {@code -prof gc} for bytes/op.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class DeprivationLookupBenchmark {

    private static final long SEED = 26_112_026L;

    @Param({"shipped", "full-size"})
    public String index;

    /**
     * How many distinct postcodes are taken in turn (a power of two). The default, 65,536, makes
     * most lookups miss the CPU caches, as calls for different patients do; 16 keeps them all in cache.
     */
    @Param("65536")
    public int postcodeCount;

    private int mask;

    private DeprivationService service;
    private DeprivationIndex deprivationIndex;
    private String[] postcodes;
    private long[] keys;

    /** Each thread's position in the postcode list. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        long start = System.nanoTime();
        deprivationIndex = "full-size".equals(index)
                ? ReferenceIndexes.fullSize(ReferenceIndexes.fullSizeFile())
                : ReferenceIndexes.shipped();
        service = ReferenceIndexes.service(deprivationIndex);
        if (Integer.bitCount(postcodeCount) != 1) {
            throw new IllegalArgumentException("postcodeCount must be a power of two");
        }
        mask = postcodeCount - 1;
        postcodes = ReferenceIndexes.realPostcodes(postcodeCount, SEED);
        if (postcodes.length != postcodeCount) {
            throw new IllegalStateException("only " + postcodes.length + " real postcodes shipped");
        }
        keys = new long[postcodeCount];
        Map<DeprivationStatus, Integer> statuses = new EnumMap<>(DeprivationStatus.class);
        for (int i = 0; i < postcodeCount; i++) {
            keys[i] = PostcodeKey.of(postcodes[i]);
            statuses.merge(service.assess(postcodes[i]).status(), 1, Integer::sum);
        }
        System.out.printf("%n[setup] index=%s: %,d postcodes, %,d areas, built in %.1f s; the %,d lookups answer %s%n",
                index, deprivationIndex.postcodes(), deprivationIndex.areas(), (System.nanoTime() - start) / 1e9,
                postcodeCount, statuses);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public Deprivation assess(Cursor cursor) {
        return service.assess(postcodes[cursor.next++ & mask]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public int keyAndFind(Cursor cursor) {
        return deprivationIndex.find(PostcodeKey.of(postcodes[cursor.next++ & mask]));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public String formatKey(Cursor cursor) {
        return PostcodeKey.format(keys[cursor.next++ & mask]);
    }
}
