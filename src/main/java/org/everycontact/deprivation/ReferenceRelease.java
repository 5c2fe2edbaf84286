package org.everycontact.deprivation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One imported published file. A newer release with the same identity (the same deprivation
 * edition, the lookup, or for postcode files the same file name) replaces the older one.
 */
@Entity
@Table(name = "ref_release")
public class ReferenceRelease extends PanacheEntityBase {

    public enum Status { LOADING, ACTIVE, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "identity_key", nullable = false)
    public String identityKey;

    @Column(name = "source_name", nullable = false)
    public String sourceName;

    @Column(nullable = false)
    public String layout;

    public String edition;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(name = "rows_stored", nullable = false)
    public long rowsStored;

    @Column(name = "rows_rejected", nullable = false)
    public long rowsRejected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    public static List<ReferenceRelease> active() {
        return list("status = ?1 order by importedAt, id", Status.ACTIVE);
    }
}
