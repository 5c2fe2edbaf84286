package org.everycontact.equity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.everycontact.cards.OverrideReasons;

/** Feedback joined to the issued cards' rules: the practice's data-quality list and the accepted suggestions. */
@ApplicationScoped
public class FeedbackReports {

    /**
     * Override reasons that say the record, not the patient, needs attention (CodeSystem
     * override-reason): "data-is-wrong" and "already-done-elsewhere".
     */
    public static final Set<String> DATA_QUALITY_REASONS = Set.of("data-is-wrong", "already-done-elsewhere");

    private static final String JOINED = """
            select c, f from IssuedCard c, CardFeedback f
            where f.cardUuid = c.cardUuid and f.serviceId = c.serviceId and c.asOfDate >= ?1 and f.outcome = ?2""";
    private static final String ORDER = " order by c.asOfDate, c.cardUuid, f.outcomeTimestamp";

    /**
     * Cards issued on or after {@code since} that a clinician dismissed because the record is wrong or
     * the care was given elsewhere: for the practice to correct its record.
     */
    @Transactional
    public List<JoinedFeedback> dataQualityList(LocalDate since) {
        return IssuedCard.getEntityManager()
                .createQuery(JOINED + " and f.overrideCode in ?3"
                        + " and (f.overrideSystem is null or f.overrideSystem = ?4)" + ORDER, Object[].class)
                .setParameter(1, since).setParameter(2, "overridden")
                .setParameter(3, DATA_QUALITY_REASONS).setParameter(4, OverrideReasons.SYSTEM)
                .getResultStream().map(FeedbackReports::joined).toList();
    }

    /** Cards issued on or after {@code since} whose suggestions a clinician accepted, with their rules. */
    @Transactional
    public List<JoinedFeedback> acceptedSuggestions(LocalDate since) {
        return IssuedCard.getEntityManager()
                .createQuery(JOINED + " and f.acceptedSuggestions is not null" + ORDER, Object[].class)
                .setParameter(1, since).setParameter(2, "accepted")
                .getResultStream().map(FeedbackReports::joined).toList();
    }

    private static JoinedFeedback joined(Object[] row) {
        IssuedCard card = (IssuedCard) row[0];
        CardFeedback feedback = (CardFeedback) row[1];
        return new JoinedFeedback(card.cardUuid, card.serviceId, Set.copyOf(card.ruleIds), card.patientPseudonym,
                card.asOfDate, feedback.outcome, feedback.overrideCode,
                feedback.acceptedSuggestions == null ? List.of() : List.of(feedback.acceptedSuggestions.split(",")),
                feedback.outcomeTimestamp);
    }
}
