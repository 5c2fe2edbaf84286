package org.everycontact.equity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored feedback outcome; (service, card, outcome, outcome time) identifies it. */
@Entity
@Table(name = "card_feedback")
public class CardFeedback extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "service_id", nullable = false)
    public String serviceId;

    @Column(name = "card_uuid", nullable = false)
    public String cardUuid;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "outcome_timestamp", nullable = false)
    public Instant outcomeTimestamp;

    @Column(name = "accepted_suggestions")
    public String acceptedSuggestions;

    @Column(name = "override_system")
    public String overrideSystem;

    @Column(name = "override_code")
    public String overrideCode;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
