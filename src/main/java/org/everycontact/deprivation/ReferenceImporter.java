package org.everycontact.deprivation;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * Imports published files into the reference tables and rebuilds the in-memory index from them.
 * The same content imported twice changes nothing; a new release replaces the old atomically.
 */
@ApplicationScoped
public class ReferenceImporter {

    private static final Logger LOG = Logger.getLogger(ReferenceImporter.class);
    private static final Duration ABANDONED_LOAD = Duration.ofHours(6);

    /** Opens the file afresh each time: it is read twice, to hash it and to load it. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private final ReferenceStore store;
    private final DeprivationService service;

    public ReferenceImporter(ReferenceStore store, DeprivationService service) {
        this.store = store;
        this.service = service;
    }

    /**
     * Imports one file into the database; {@link #rebuildIndex()} then makes it visible to lookups
     * (once, after several files).
     *
     * @param progress told the number of bytes read so far
     */
    public ImportResult load(String sourceName, Source source, LongConsumer progress) throws IOException, SQLException {
        Instant start = Instant.now();
        String sha256 = sha256(source);
        if (store.activeWithContent(sourceName, sha256).isPresent()) {
            return new ImportResult(sourceName, true, null, null, 0, 0, 0, List.of(),
                    Duration.between(start, Instant.now()));
        }
        long releaseId = store.begin(sourceName, sha256);
        ImportResult result;
        try (ReferenceStore.RowWriter writer = store.writer(releaseId);
             InputStream in = new Counting(source.open(), progress)) {
            ReadSummary summary = ReferenceFileReader.read(in, sourceName, writer);
            writer.finish();
            store.activate(releaseId, identity(sourceName, summary), summary, writer.stored(), writer.rejectedCount());
            result = new ImportResult(sourceName, false, summary.layout().name(),
                    summary.edition() == null ? null : summary.edition().name(), summary.rowsRead(), writer.stored(),
                    writer.rejectedCount(), writer.rejections(), Duration.between(start, Instant.now()));
        } catch (IOException e) {
            store.discard(releaseId);
            throw new IOException(sourceName + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            store.discard(releaseId);
            throw e;
        }
        try {
            store.purge(ABANDONED_LOAD);
        } catch (SQLException e) {
            LOG.warnf("replaced reference releases were not purged (%s); the next import retries", e.getMessage());
        }
        return result;
    }

    /** Whether no reference release is active: a new database. */
    public boolean isEmpty() {
        return store.activeReleases().isEmpty();
    }

    public void rebuildIndex() throws SQLException {
        Instant start = Instant.now();
        ReferenceStore.IndexLoad load = store.loadIndex();
        DeprivationIndex index = load.index();
        service.replaceIndex(index);
        LOG.infof("deprivation index: %d postcodes, %d areas, %s in %d ms", index.postcodes(), index.areas(),
                load.fromSnapshot() ? "read from its saved snapshot" : "built from the reference rows",
                Duration.between(start, Instant.now()).toMillis());
    }

    /** Which earlier release this one replaces: the same edition, the lookup, or the same postcode file. */
    private static String identity(String sourceName, ReadSummary summary) {
        return switch (summary.layout().kind()) {
            case AREA_RANKS -> "ranks:" + summary.edition().name();
            case LSOA_MAPPING -> "lsoa-mapping";
            case POSTCODES -> "postcodes:" + sourceName;
        };
    }

    private static String sha256(Source source) throws IOException {
        try (DigestInputStream in = new DigestInputStream(source.open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reports the bytes read, for a progress bar. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.accept(count);
            }
            return n;
        }
    }
}
