package org.everycontact.equity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A card as issued: what its feedback joins to. The patient is a keyed pseudonym only. */
@Entity
@Table(name = "issued_card")
public class IssuedCard extends PanacheEntityBase {

    @Id
    @Column(name = "card_uuid")
    public String cardUuid;

    @Column(name = "service_id", nullable = false)
    public String serviceId;

    @Column(name = "hook_instance", nullable = false)
    public String hookInstance;

    @Column(name = "patient_pseudonym", nullable = false)
    public String patientPseudonym;

    /** The as-of date of the call that issued it. */
    @Column(name = "as_of_date", nullable = false)
    public LocalDate asOfDate;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** The rule ids the card presents (its extension {@code org.everycontact.findings}). */
    @ElementCollection
    @CollectionTable(name = "issued_card_rule", joinColumns = @JoinColumn(name = "card_uuid"))
    @Column(name = "rule_id")
    public Set<String> ruleIds = new HashSet<>();
}
