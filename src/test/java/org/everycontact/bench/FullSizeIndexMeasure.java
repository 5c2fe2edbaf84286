package org.everycontact.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.everycontact.deprivation.AreaRankRow;
import org.everycontact.deprivation.DeprivationIndex;
import org.everycontact.deprivation.IndexEdition;

/**
 * Builds the full-size index (the shipped files, then the SYNTHETIC national-size NSPL of
 * {@link FullSizeNsplGenerator}, as the service holds it after importing the full directory) and
 * reports:
 *
 * <ul>
 *   <li>build time from the files: reading them with the product's reader, feeding the
 *       {@link DeprivationIndex.Builder}, {@code build()}; a cold JVM, as at start-up;
 *   <li>build time from rows already in memory (no file parsing): the Builder and {@code build()}
 *       alone, five times, which is the index's own share of a rebuild;
 *   <li>the index's heap, two ways: the heap in use after full collections with only the index
 *       kept, minus the same before building it; and its deep size, walking its object graph by
 *       reflection with the 64-bit compressed-oops layout (12-byte headers, 4-byte references,
 *       8-byte alignment). The walk needs {@code --add-opens java.base/java.util=ALL-UNNAMED} to
 *       see inside the JDK's maps; without it those are counted shallow and the figure says so.
 * </ul>
 *
 * <p>Usage: {@code FullSizeIndexMeasure [NSPL_FULL_SIZE.csv]}
 */
public final class FullSizeIndexMeasure {

    /** Kept reachable while the heap is measured. */
    private static volatile DeprivationIndex kept;

    private FullSizeIndexMeasure() {
    }

    public static void main(String... args) throws Exception {
        Path nspl = args.length > 0 ? Path.of(args[0]) : ReferenceIndexes.fullSizeFile();
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        System.out.printf("JVM %s, %d cores, max heap %d MB, GC %s, compressed oops %s%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                hotspot.getVMOption("UseCompressedOops").getValue());

        long baseline = usedAfterGc();
        long start = System.nanoTime();
        DeprivationIndex.Builder builder = new DeprivationIndex.Builder();
        ReferenceIndexes.feedShipped(builder);
        long shipped = System.nanoTime();
        ReferenceIndexes.feed(builder, nspl);
        long full = System.nanoTime();
        kept = builder.build();
        long built = System.nanoTime();
        builder = null;
        System.out.printf("from files (cold JVM): %.2f s = shipped files %.2f s + %s %.2f s + build() %.2f s"
                        + " -> %,d postcodes, %,d areas%n",
                (built - start) / 1e9, (shipped - start) / 1e9, nspl.getFileName(), (full - shipped) / 1e9,
                (built - full) / 1e9, kept.postcodes(), kept.areas());

        long withIndex = usedAfterGc();
        int postcodes = kept.postcodes();
        String deep = deepSize(kept);
        kept = null;
        long withoutIndex = usedAfterGc();
        System.out.printf("heap in use after full GC: %.1f MB with the index kept, %.1f MB once it is dropped: "
                        + "the index retains %.1f MB (%.1f MB more than before the build)%n",
                withIndex / 1048576.0, withoutIndex / 1048576.0, (withIndex - withoutIndex) / 1048576.0,
                (withIndex - baseline) / 1048576.0);
        System.out.println(deep);

        Rows rows = Rows.read(nspl);
        System.out.printf("rows in memory: %,d postcode rows, %,d rank rows, %,d lookup rows%n", rows.count,
                rows.ranks.size(), rows.bestFit.size());
        double[] seconds = new double[5];
        for (int run = 0; run < seconds.length; run++) {
            long t0 = System.nanoTime();
            DeprivationIndex index = rows.build();
            seconds[run] = (System.nanoTime() - t0) / 1e9;
            if (index.postcodes() != postcodes) {
                throw new IllegalStateException("in-memory build gave " + index.postcodes() + " postcodes");
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf("from rows in memory (Builder + build(), no parsing): runs %s s, median %.2f s%n",
                Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 100) / 100.0).toArray()),
                sorted[sorted.length / 2]);
    }

    /** The deep size as text; the walk's own bookkeeping is garbage once this returns. */
    private static String deepSize(DeprivationIndex index) throws IllegalAccessException {
        DeepSize deep = new DeepSize();
        long total = deep.of(index);
        return String.format("deep size of the index: %.1f MB (%s)", total / 1048576.0, deep.breakdown())
                + (deep.shallow.isEmpty() ? "" : "; counted shallow (not opened to reflection): " + deep.shallow);
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** All rows of the files as the reader gives them, to time the builder without the parsing. */
    private static final class Rows {
        long[] keys = new long[1 << 22];
        String[] lsoa11 = new String[1 << 22];
        String[] lsoa21 = new String[1 << 22];
        boolean[] terminated = new boolean[1 << 22];
        int count;
        final List<Object[]> ranks = new ArrayList<>();
        final List<String[]> bestFit = new ArrayList<>();

        static Rows read(Path nspl) {
            Rows rows = new Rows();
            ReferenceIndexes.Target recorder = new Recorder(rows);
            ReferenceIndexes.feedShipped(recorder);
            ReferenceIndexes.feed(recorder, nspl);
            return rows;
        }

        DeprivationIndex build() {
            DeprivationIndex.Builder builder = new DeprivationIndex.Builder();
            for (String[] pair : bestFit) {
                builder.bestFit(pair[0], pair[1]);
            }
            for (Object[] rank : ranks) {
                AreaRankRow row = (AreaRankRow) rank[1];
                builder.rank((IndexEdition) rank[0], row.areaCode(), row.rank(), row.decile());
            }
            int source = builder.source("benchmark files");
            for (int i = 0; i < count; i++) {
                builder.postcode(keys[i], lsoa11[i], lsoa21[i], terminated[i], source);
            }
            return builder.build();
        }
    }

    /**
     * Records what {@link ReferenceIndexes#feed} would send a builder. The calls arrive per file in
     * file order; the bestFit and rank calls are replayed first, which gives the same index: what
     * they set does not depend on the postcode rows, and postcode rows keep their order.
     */
    private static final class Recorder implements ReferenceIndexes.Target {
        private final Rows rows;

        Recorder(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void postcode(long key, String lsoa11Code, String lsoa21Code, boolean isTerminated) {
            if (key < 0) {
                return;
            }
            if (rows.count == rows.keys.length) {
                int size = rows.count * 2;
                rows.keys = Arrays.copyOf(rows.keys, size);
                rows.lsoa11 = Arrays.copyOf(rows.lsoa11, size);
                rows.lsoa21 = Arrays.copyOf(rows.lsoa21, size);
                rows.terminated = Arrays.copyOf(rows.terminated, size);
            }
            rows.keys[rows.count] = key;
            rows.lsoa11[rows.count] = lsoa11Code;
            rows.lsoa21[rows.count] = lsoa21Code;
            rows.terminated[rows.count] = isTerminated;
            rows.count++;
        }

        @Override
        public void rank(IndexEdition edition, String areaCode, int rank, Integer decile) {
            rows.ranks.add(new Object[] {edition, new AreaRankRow(areaCode, rank, decile)});
        }

        @Override
        public void bestFit(String lsoa11Code, String lsoa21Code) {
            rows.bestFit.add(new String[] {lsoa11Code, lsoa21Code});
        }
    }

    /** Deep size by reflection, assuming HotSpot's 64-bit compressed-oops object layout. */
    static final class DeepSize {
        private static final int HEADER = 12;
        private static final int ARRAY_HEADER = 16;
        private static final int REFERENCE = 4;

        final Set<String> shallow = new TreeSet<>();
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final StringBuilder parts = new StringBuilder();

        long of(Object root) throws IllegalAccessException {
            long total = shallowSize(root);
            seen.add(root);
            for (Field field : instanceFields(root.getClass())) {
                if (field.getType().isPrimitive()) {
                    continue;
                }
                field.setAccessible(true);
                long size = walk(field.get(root));
                total += size;
                parts.append(parts.length() == 0 ? "" : ", ").append(field.getName())
                        .append(String.format(" %.1f MB", size / 1048576.0));
            }
            return total;
        }

        String breakdown() {
            return parts.toString();
        }

        private long walk(Object start) throws IllegalAccessException {
            long total = 0;
            ArrayDeque<Object> pending = new ArrayDeque<>();
            if (start != null) {
                pending.push(start);
            }
            while (!pending.isEmpty()) {
                Object o = pending.pop();
                if (o instanceof Enum<?> || o instanceof Class<?> || !seen.add(o)) {
                    continue;
                }
                total += shallowSize(o);
                Class<?> type = o.getClass();
                if (o instanceof String s) {
                    total += align(ARRAY_HEADER + s.length());
                } else if (type.isArray()) {
                    if (!type.getComponentType().isPrimitive()) {
                        for (Object element : (Object[]) o) {
                            if (element != null) {
                                pending.push(element);
                            }
                        }
                    }
                } else if (!(o instanceof Number)) {
                    for (Field field : instanceFields(type)) {
                        if (field.getType().isPrimitive()) {
                            continue;
                        }
                        try {
                            field.setAccessible(true);
                        } catch (RuntimeException e) {
                            shallow.add(type.getName());
                            break;
                        }
                        Object value = field.get(o);
                        if (value != null) {
                            pending.push(value);
                        }
                    }
                }
            }
            return total;
        }

        private static long shallowSize(Object o) {
            Class<?> type = o.getClass();
            if (type.isArray()) {
                Class<?> component = type.getComponentType();
                return align(ARRAY_HEADER + (long) Array.getLength(o) * size(component));
            }
            if (o instanceof String) {
                return 24;
            }
            long size = HEADER;
            for (Field field : instanceFields(type)) {
                size += size(field.getType());
            }
            return align(size);
        }

        private static List<Field> instanceFields(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        fields.add(field);
                    }
                }
            }
            return fields;
        }

        private static int size(Class<?> type) {
            if (!type.isPrimitive()) {
                return REFERENCE;
            }
            if (type == long.class || type == double.class) {
                return 8;
            }
            if (type == int.class || type == float.class) {
                return 4;
            }
            if (type == short.class || type == char.class) {
                return 2;
            }
            return 1;
        }

        private static long align(long size) {
            return (size + 7) & ~7L;
        }
    }
}
