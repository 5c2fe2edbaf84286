package org.everycontact.equity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** One hook call as {@link InvocationLog} stored it; see {@link Invocation} for the fields. */
@Entity
@Table(name = "hook_invocation")
public class HookInvocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "as_of_date", nullable = false)
    public LocalDate asOfDate;

    @Column(name = "service_id", nullable = false)
    public String serviceId;

    @Column(nullable = false)
    public String hook;

    @Column(name = "hook_instance", nullable = false)
    public String hookInstance;

    @Column(name = "client_name")
    public String clientName;

    public String tenant;

    public String practice;

    @Column(name = "patient_pseudonym", nullable = false)
    public String patientPseudonym;

    @Column(name = "imd_edition")
    public String imdEdition;

    @Column(name = "imd_decile")
    public Integer imdDecile;

    @Column(name = "imd_quintile")
    public Integer imdQuintile;

    public String nation;

    @Column(nullable = false)
    public boolean core20;

    @Column(name = "ethnic_group", nullable = false)
    public String ethnicGroup;

    @ElementCollection
    @CollectionTable(name = "hook_invocation_cohort", joinColumns = @JoinColumn(name = "invocation_id"))
    @Column(name = "cohort_id")
    public Set<String> cohortIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "hook_invocation_finding", joinColumns = @JoinColumn(name = "invocation_id"))
    @Column(name = "rule_id")
    public Set<String> findingRuleIds = new HashSet<>();

    /** Joins {@link IssuedCard#cardUuid}. */
    @ElementCollection
    @CollectionTable(name = "hook_invocation_card", joinColumns = @JoinColumn(name = "invocation_id"))
    @Column(name = "card_uuid")
    public Set<String> shownCardUuids = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "hook_invocation_withheld", joinColumns = @JoinColumn(name = "invocation_id"))
    @Column(name = "rule_id")
    public Set<String> withheldRuleIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "hook_invocation_snoozed", joinColumns = @JoinColumn(name = "invocation_id"))
    @Column(name = "rule_id")
    public Set<String> snoozedRuleIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "hook_invocation_capped", joinColumns = @JoinColumn(name = "invocation_id"))
    @Column(name = "rule_id")
    public Set<String> cappedRuleIds = new HashSet<>();
}
