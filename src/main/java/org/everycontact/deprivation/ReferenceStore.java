package org.everycontact.deprivation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The reference tables: releases through Panache, their rows through JDBC batches (millions of
 * rows), and the release life cycle that makes an import atomic for readers.
 */
@ApplicationScoped
public class ReferenceStore {

    private static final Logger LOG = Logger.getLogger(ReferenceStore.class);
    private static final int BATCH = 5_000;
    private static final int COMMIT_EVERY = 50_000;
    private static final int KEEP_REJECTIONS = 20;
    private static final String POSTCODE_ROWS =
            "SELECT postcode, lsoa11, lsoa21, terminated FROM ref_postcode WHERE release_id = ?";
    private static final String RANK_ROWS =
            "SELECT area_code, area_rank, area_decile FROM ref_area_rank WHERE release_id = ?";
    private static final String MAPPING_ROWS = "SELECT lsoa11, lsoa21 FROM ref_lsoa_map WHERE release_id = ?";

    private final AgroalDataSource dataSource;

    public ReferenceStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An active release with exactly this content, if the file was imported before. */
    @Transactional
    public Optional<ReferenceRelease> activeWithContent(String sourceName, String sha256) {
        return ReferenceRelease.find("status = ?1 and sourceName = ?2 and sha256 = ?3",
                ReferenceRelease.Status.ACTIVE, sourceName, sha256).firstResultOptional();
    }

    @Transactional
    public long begin(String sourceName, String sha256) {
        ReferenceRelease release = new ReferenceRelease();
        release.identityKey = "pending:" + sourceName;
        release.sourceName = sourceName;
        release.layout = "pending";
        release.sha256 = sha256;
        release.status = ReferenceRelease.Status.LOADING;
        release.importedAt = Instant.now();
        release.persist();
        return release.id;
    }

    /**
     * Makes the release visible and the one it replaces invisible, in one transaction, then
     * removes the replaced rows.
     */
    @Transactional
    public void activate(long releaseId, String identityKey, ReadSummary summary, long stored, long rejected) {
        ReferenceRelease.update("status = ?1 where identityKey = ?2 and status = ?3",
                ReferenceRelease.Status.REPLACED, identityKey, ReferenceRelease.Status.ACTIVE);
        ReferenceRelease release = ReferenceRelease.findById(releaseId);
        release.identityKey = identityKey;
        release.layout = summary.layout().name();
        release.edition = summary.edition() == null ? null : summary.edition().name();
        release.rowsRead = summary.rowsRead();
        release.rowsRejected = rejected;
        release.rowsStored = stored;
        release.status = ReferenceRelease.Status.ACTIVE;
    }

    /** Deletes replaced releases, and loading ones older than the given age (imports that died). */
    public void purge(Duration abandonedLoadAge) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement find = c.prepareStatement(
                     "SELECT id FROM ref_release WHERE status = ? OR (status = ? AND imported_at < ?)")) {
            find.setString(1, ReferenceRelease.Status.REPLACED.name());
            find.setString(2, ReferenceRelease.Status.LOADING.name());
            find.setObject(3, java.time.OffsetDateTime.now().minus(abandonedLoadAge));
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            deleteRelease(id);
        }
    }

    /** Removes a release that failed to load; the release it would have replaced stays active. */
    public void discard(long releaseId) throws SQLException {
        deleteRelease(releaseId);
    }

    private void deleteRelease(long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("ref_postcode", "ref_area_rank", "ref_lsoa_map", "ref_release")) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table
                        + ("ref_release".equals(table) ? " WHERE id = ?" : " WHERE release_id = ?"))) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
        }
    }

    /** A sink that writes a release's rows in batches on its own connection. */
    public RowWriter writer(long releaseId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            return new RowWriter(connection, releaseId);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * The index of the active releases: their snapshot when one was saved for exactly these releases,
     * otherwise built from their rows and saved as a snapshot for the next start. The release list
     * and the rows are read in one repeatable-read transaction, so an import that activates and
     * purges meanwhile in another process cannot leave a file half in the index.
     */
    public IndexLoad loadIndex() throws SQLException {
        DeprivationIndex built;
        String stamp;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            List<ActiveRelease> releases = activeReleases(c);
            stamp = IndexSnapshot.stamp(releases.stream().map(r -> r.id() + " " + r.sha256()).toList());
            DeprivationIndex saved = savedIndex(c, stamp);
            if (saved != null) {
                c.commit();
                return new IndexLoad(saved, true);
            }
            built = buildIndex(c, releases);
            c.commit();
        }
        saveSnapshot(stamp, built);
        return new IndexLoad(built, false);
    }

    /** A loaded index, and whether it came from the saved snapshot rather than the rows. */
    public record IndexLoad(DeprivationIndex index, boolean fromSnapshot) {
    }

    private static DeprivationIndex savedIndex(Connection c, String stamp) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT data FROM ref_index_snapshot WHERE stamp = ?")) {
            query.setString(1, stamp);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                try {
                    return IndexSnapshot.read(rs.getBytes(1));
                } catch (IllegalArgumentException e) {
                    LOG.warnf("the saved deprivation index is unreadable (%s); rebuilding it from the reference rows",
                            e.getMessage());
                    return null;
                }
            }
        }
    }

    private static DeprivationIndex buildIndex(Connection c, List<ActiveRelease> releases) throws SQLException {
        DeprivationIndex.Builder builder = new DeprivationIndex.Builder();
        for (ActiveRelease release : releases) {
            switch (ReferenceLayout.valueOf(release.layout()).kind()) {
                case POSTCODES -> {
                    int source = builder.source(release.name());
                    forEachRow(c, POSTCODE_ROWS, release.id(), row -> builder.postcode(
                            PostcodeKey.of(row.getString(1)), row.getString(2), row.getString(3), row.getBoolean(4),
                            source));
                }
                case AREA_RANKS -> {
                    IndexEdition edition = IndexEdition.valueOf(release.edition());
                    builder.editionSource(edition, release.name());
                    forEachRow(c, RANK_ROWS, release.id(), row -> {
                        int decile = row.getInt(3);
                        builder.rank(edition, row.getString(1), row.getInt(2), row.wasNull() ? null : decile);
                    });
                }
                case LSOA_MAPPING -> forEachRow(c, MAPPING_ROWS, release.id(),
                        row -> builder.bestFit(row.getString(1), row.getString(2)));
            }
        }
        return builder.build();
    }

    /**
     * Replaces the saved snapshot. A failure (or another instance saving the same snapshot at the same
     * moment) costs only the next start's time, so it is logged, not thrown.
     */
    private void saveSnapshot(String stamp, DeprivationIndex index) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM ref_index_snapshot");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO ref_index_snapshot (stamp, data, created_at) VALUES (?, ?, ?)")) {
                delete.executeUpdate();
                insert.setString(1, stamp);
                insert.setBytes(2, IndexSnapshot.write(index));
                insert.setObject(3, java.time.OffsetDateTime.now());
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("the deprivation index snapshot was not saved (%s); unless another instance saved it, the next "
                    + "start rebuilds it", e.getMessage());
        }
    }

    private record ActiveRelease(long id, String layout, String edition, String name, String sha256) {
    }

    private static List<ActiveRelease> activeReleases(Connection c) throws SQLException {
        List<ActiveRelease> releases = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id, layout, edition, source_name, imported_at, sha256 "
                + "FROM ref_release WHERE status = ? ORDER BY imported_at, id")) {
            query.setString(1, ReferenceRelease.Status.ACTIVE.name());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String imported = rs.getObject(5, java.time.OffsetDateTime.class).toLocalDate().toString();
                    releases.add(new ActiveRelease(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4) + " (imported " + imported + ")", rs.getString(6)));
                }
            }
        }
        return releases;
    }

    @Transactional
    public List<ReferenceRelease> activeReleases() {
        return ReferenceRelease.active();
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Streams one release's rows of a table (the query's only parameter is the release id). */
    private static void forEachRow(Connection c, String sql, long release, RowReader reader) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setFetchSize(10_000);
            query.setLong(1, release);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Writes rows in JDBC batches, committing every {@value #COMMIT_EVERY} rows. */
    public static final class RowWriter implements ReferenceSink, AutoCloseable {

        private final Connection connection;
        private final long releaseId;
        private final PreparedStatement postcodes;
        private final PreparedStatement ranks;
        private final PreparedStatement mappings;
        private final List<RejectedRow> rejections = new ArrayList<>();
        private long stored;
        private long rejected;
        private long pending;

        private RowWriter(Connection connection, long releaseId) throws SQLException {
            this.connection = connection;
            this.releaseId = releaseId;
            connection.setAutoCommit(false);
            postcodes = connection.prepareStatement(
                    "INSERT INTO ref_postcode (release_id, postcode, lsoa11, lsoa21, terminated) VALUES (?, ?, ?, ?, ?)");
            ranks = connection.prepareStatement(
                    "INSERT INTO ref_area_rank (release_id, area_code, area_rank, area_decile) VALUES (?, ?, ?, ?)");
            mappings = connection.prepareStatement(
                    "INSERT INTO ref_lsoa_map (release_id, lsoa11, lsoa21) VALUES (?, ?, ?)");
        }

        @Override
        public void postcode(PostcodeRow row) {
            long key = PostcodeKey.of(row.postcode());
            if (key < 0) {
                rejected(new RejectedRow(-1, "not a valid postcode: " + row.postcode()));
                return;
            }
            write(postcodes, statement -> {
                statement.setLong(1, releaseId);
                statement.setString(2, PostcodeKey.format(key));
                nullable(statement, 3, row.lsoa11());
                nullable(statement, 4, row.lsoa21());
                statement.setBoolean(5, row.terminated());
            });
        }

        @Override
        public void areaRank(AreaRankRow row) {
            write(ranks, statement -> {
                statement.setLong(1, releaseId);
                statement.setString(2, row.areaCode());
                statement.setInt(3, row.rank());
                if (row.decile() == null) {
                    statement.setNull(4, Types.SMALLINT);
                } else {
                    statement.setShort(4, row.decile().shortValue());
                }
            });
        }

        @Override
        public void mapping(LsoaMappingRow row) {
            write(mappings, statement -> {
                statement.setLong(1, releaseId);
                statement.setString(2, row.lsoa11());
                statement.setString(3, row.lsoa21());
            });
        }

        @Override
        public void rejected(RejectedRow row) {
            rejected++;
            if (rejections.size() < KEEP_REJECTIONS) {
                rejections.add(row);
            }
        }

        public long stored() {
            return stored;
        }

        /** Rows rejected by the reader or, for an invalid postcode, by the writer. */
        public long rejectedCount() {
            return rejected;
        }

        /** The first rejected rows, for the import summary. */
        public List<RejectedRow> rejections() {
            return List.copyOf(rejections);
        }

        /** Sends what is left and commits. */
        public void finish() throws SQLException {
            for (PreparedStatement statement : List.of(postcodes, ranks, mappings)) {
                statement.executeBatch();
            }
            connection.commit();
        }

        private interface Binder {
            void bind(PreparedStatement statement) throws SQLException;
        }

        private void write(PreparedStatement statement, Binder binder) {
            try {
                binder.bind(statement);
                statement.addBatch();
                stored++;
                if (++pending % BATCH == 0) {
                    statement.executeBatch();
                }
                if (pending % COMMIT_EVERY == 0) {
                    connection.commit();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not store reference rows", e);
            }
        }

        private static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
            if (value == null || value.isBlank()) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, value);
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }
}
