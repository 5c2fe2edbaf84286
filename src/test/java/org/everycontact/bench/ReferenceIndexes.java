package org.everycontact.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.everycontact.deprivation.AreaRankRow;
import org.everycontact.deprivation.BenchAccess;
import org.everycontact.deprivation.DeprivationConfig;
import org.everycontact.deprivation.DeprivationIndex;
import org.everycontact.deprivation.DeprivationService;
import org.everycontact.deprivation.IndexEdition;
import org.everycontact.deprivation.LsoaMappingRow;
import org.everycontact.deprivation.PostcodeKey;
import org.everycontact.deprivation.PostcodeRow;
import org.everycontact.deprivation.PublishedCsv;
import org.everycontact.deprivation.ReadSummary;
import org.everycontact.deprivation.ReferenceFileReader;
import org.everycontact.deprivation.ReferenceSink;
import org.everycontact.deprivation.RejectedRow;

/**
 * Builds deprivation indexes for the benchmarks without Quarkus or a database: each published file
 * is read by the product's {@link ReferenceFileReader} and its rows go straight into a
 * {@link DeprivationIndex.Builder}, in the order and with the calls that
 * {@code ReferenceStore.loadIndex} makes when it reads the same rows back from the database.
 */
public final class ReferenceIndexes {

    /** Where the generated full-size NSPL file is, relative to the project directory. */
    public static final String FULL_SIZE_PROPERTY = "everycontact.bench.nspl";
    public static final String FULL_SIZE_DEFAULT = "target/bench/NSPL_FULL_SIZE.csv";
    /** The ONSPD random sample of 100,000 postcodes (GB, Channel Islands, Isle of Man). */
    static final String ONSPD_SAMPLE = "reference-data/postcodes/onspd_100000.csv";

    private ReferenceIndexes() {
    }

    /** The deprivation parameters' defaults (IMD2025, Core20 = deciles 1 and 2), without SmallRye Config. */
    public static DeprivationConfig defaultConfig() {
        return new DeprivationConfig() {
            @Override
            public IndexEdition imdEdition() {
                return IndexEdition.IMD2025;
            }

            @Override
            public Set<Integer> core20Deciles() {
                return Set.of(1, 2);
            }

            @Override
            public boolean loadShippedData() {
                return false;
            }

            @Override
            public boolean blockStartup() {
                return false;
            }
        };
    }

    /** A service answering from the index, as after an import. */
    public static DeprivationService service(DeprivationIndex index) {
        DeprivationService service = new DeprivationService(defaultConfig());
        BenchAccess.install(service, index);
        return service;
    }

    /** The index of the shipped files alone: what a fresh installation answers from. */
    public static DeprivationIndex shipped() {
        DeprivationIndex.Builder builder = new DeprivationIndex.Builder();
        feedShipped(builder);
        return builder.build();
    }

    /** The shipped files, then the full-size NSPL: what the service answers from after importing it. */
    public static DeprivationIndex fullSize(Path nspl) {
        DeprivationIndex.Builder builder = new DeprivationIndex.Builder();
        feedShipped(builder);
        feed(builder, nspl);
        return builder.build();
    }

    /** The generated full-size NSPL file, generated first if it is not there yet. */
    public static Path fullSizeFile() {
        Path file = Path.of(System.getProperty(FULL_SIZE_PROPERTY, FULL_SIZE_DEFAULT)).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            try {
                FullSizeNsplGenerator.generate(file, FullSizeNsplGenerator.DEFAULT_ROWS, System.out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** What the files' rows are sent to: an index builder, or a recorder of its calls. */
    public interface Target {
        void postcode(long key, String lsoa11, String lsoa21, boolean terminated);

        void rank(IndexEdition edition, String areaCode, int rank, Integer decile);

        void bestFit(String lsoa11, String lsoa21);
    }

    /** The builder as a target: the calls {@code ReferenceStore.loadIndex} makes. */
    public static Target of(DeprivationIndex.Builder builder) {
        int source = builder.source("benchmark files");
        return new Target() {
            @Override
            public void postcode(long key, String lsoa11, String lsoa21, boolean terminated) {
                builder.postcode(key, lsoa11, lsoa21, terminated, source);
            }

            @Override
            public void rank(IndexEdition edition, String areaCode, int rank, Integer decile) {
                builder.rank(edition, areaCode, rank, decile);
            }

            @Override
            public void bestFit(String lsoa11, String lsoa21) {
                builder.bestFit(lsoa11, lsoa21);
            }
        };
    }

    public static void feedShipped(DeprivationIndex.Builder builder) {
        feedShipped(of(builder));
    }

    public static ReadSummary feed(DeprivationIndex.Builder builder, Path file) {
        return feed(of(builder), file);
    }

    public static void feedShipped(Target builder) {
        for (String resource : BenchAccess.shippedResources()) {
            try (InputStream in = resource(resource)) {
                feed(builder, in, resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static ReadSummary feed(Target builder, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return feed(builder, in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one file into the builder. Rank rows wait for the end of the file, because the reader
     * tells the edition only then (the database path stores them and reads them back with it).
     */
    public static ReadSummary feed(Target builder, InputStream in, String name) throws IOException {
        List<AreaRankRow> ranks = new ArrayList<>();
        ReadSummary summary = ReferenceFileReader.read(in, name, new ReferenceSink() {
            @Override
            public void postcode(PostcodeRow row) {
                builder.postcode(PostcodeKey.of(row.postcode()), row.lsoa11(), row.lsoa21(), row.terminated());
            }

            @Override
            public void areaRank(AreaRankRow row) {
                ranks.add(row);
            }

            @Override
            public void mapping(LsoaMappingRow row) {
                builder.bestFit(row.lsoa11(), row.lsoa21());
            }

            @Override
            public void rejected(RejectedRow row) {
            }
        });
        for (AreaRankRow row : ranks) {
            builder.rank(summary.edition(), row.areaCode(), row.rank(), row.decile());
        }
        return summary;
    }

    /**
     * {@code count} distinct real postcodes in the pcds form ("SW1A 2AA"), drawn with a fixed seed
     * from the shipped ONSPD random sample of 100,000 postcodes, so that their nations and kinds
     * (live, terminated, without LSOA) are as in the whole directory: 85% English.
     */
    public static String[] realPostcodes(int count, long seed) {
        List<Long> keys = new ArrayList<>();
        try (PublishedCsv csv = PublishedCsv.open(resource(ONSPD_SAMPLE))) {
            int column = csv.column("pcd");
            while (csv.next()) {
                long key = PostcodeKey.of(csv.get(column));
                if (key >= 0) {
                    keys.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] distinct = keys.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = distinct.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = distinct[i];
            distinct[i] = distinct[j];
            distinct[j] = swap;
        }
        return LongStream.of(Arrays.copyOf(distinct, Math.min(count, distinct.length)))
                .mapToObj(PostcodeKey::format).toArray(String[]::new);
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = ReferenceIndexes.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("class-path resource missing: " + name);
        }
        return in;
    }
}
