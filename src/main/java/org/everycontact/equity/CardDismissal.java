package org.everycontact.equity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rule of a card a clinician overrode with a coded reason: what snoozes the rule for the patient
 * (clinical-spec §7 C4). Written when the feedback and the issued card meet, by whichever is stored
 * second; the patient is the card's keyed pseudonym.
 */
@Entity
@Table(name = "card_dismissal")
@IdClass(CardDismissal.Key.class)
public class CardDismissal extends PanacheEntityBase {

    public record Key(String cardUuid, String ruleId) implements Serializable {
    }

    @Id
    @Column(name = "card_uuid")
    public String cardUuid;

    @Id
    @Column(name = "rule_id")
    public String ruleId;

    @Column(name = "patient_pseudonym", nullable = false)
    public String patientPseudonym;

    /** The as-of date of the call that issued the card, from which the snooze counts. */
    @Column(name = "as_of_date", nullable = false)
    public LocalDate asOfDate;

    /** Records the dismissal of each of the card's rules not recorded yet; runs within a transaction. */
    static void record(String cardUuid, String patientPseudonym, LocalDate asOfDate, Set<String> ruleIds) {
        Set<String> recorded = CardDismissal.<CardDismissal>list("cardUuid", cardUuid).stream()
                .map(row -> row.ruleId).collect(Collectors.toSet());
        ruleIds.stream().filter(rule -> !recorded.contains(rule)).forEach(rule -> {
            CardDismissal row = new CardDismissal();
            row.cardUuid = cardUuid;
            row.ruleId = rule;
            row.patientPseudonym = patientPseudonym;
            row.asOfDate = asOfDate;
            row.persist();
        });
        flush();
    }
}
