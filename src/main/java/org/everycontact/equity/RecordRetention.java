package org.everycontact.equity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Purges the equity records older than {@code everycontact.equity.retention} on the schedule
 * {@code everycontact.equity.retention.cron}: hook calls (by received time) with their child rows,
 * issued cards (by issue time) with their rules, the feedback on them and their dismissals, any other
 * feedback (by received time), and the dismissals of cards whose row was never written (feedback found
 * the card held in memory, then its write failed) by the card's as-of date. Each batch is deleted
 * children first, in a transaction of its own; only counts are logged.
 */
@ApplicationScoped
public class RecordRetention {

    private static final Logger LOG = Logger.getLogger(RecordRetention.class);

    private static final List<String> INVOCATION_CHILDREN = List.of("hook_invocation_cohort",
            "hook_invocation_finding", "hook_invocation_card", "hook_invocation_withheld",
            "hook_invocation_snoozed", "hook_invocation_capped");

    /**
     * Rows deleted by one purge, by what they recorded (child rows not counted).
     *
     * @param dismissals dismissal rows of cards that were never written
     */
    public record Purged(int invocations, int cards, int feedback, int dismissals) {
    }

    private final RetentionParameters parameters;

    public RecordRetention(RetentionParameters parameters) {
        this.parameters = parameters;
    }

    @Scheduled(cron = "{everycontact.equity.retention.cron}", identity = "equity-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Purges what is older than the retention period now. */
    public Purged purge() {
        return purgeBefore(ZonedDateTime.now(ZoneOffset.UTC).minus(parameters.period()).toInstant());
    }

    /** Purges what was received or issued before {@code cutoff}. */
    public Purged purgeBefore(Instant cutoff) {
        int invocations = inBatches("select id from hook_invocation where received_at < ?1 order by id", cutoff,
                INVOCATION_CHILDREN.stream().map(table -> "delete from " + table + " where invocation_id in (?1)")
                        .toList(),
                "delete from hook_invocation where id in (?1)");
        int cards = inBatches("select card_uuid from issued_card where issued_at < ?1 order by card_uuid", cutoff,
                List.of("delete from card_feedback where card_uuid in (?1)",
                        "delete from card_dismissal where card_uuid in (?1)",
                        "delete from issued_card_rule where card_uuid in (?1)"),
                "delete from issued_card where card_uuid in (?1)");
        int feedback = inBatches("select id from card_feedback where received_at < ?1 order by id", cutoff,
                List.of(), "delete from card_feedback where id in (?1)");
        int dismissals = inBatches("select distinct card_uuid from card_dismissal d where as_of_date < ?1"
                        + " and not exists (select 1 from issued_card c where c.card_uuid = d.card_uuid)"
                        + " order by card_uuid", LocalDate.ofInstant(cutoff, ZoneOffset.UTC),
                List.of(), "delete from card_dismissal where card_uuid in (?1)");
        Purged purged = new Purged(invocations, cards, feedback, dismissals);
        LOG.infof("retention purge: %d hook calls, %d issued cards, %d further feedback outcomes, %d further"
                + " dismissals deleted", purged.invocations(), purged.cards(), purged.feedback(), purged.dismissals());
        return purged;
    }

    /**
     * Deletes, a batch at a time, the rows whose keys {@code select} finds before the cutoff: first from
     * each child table, then the rows themselves. Returns how many rows {@code deleteRows} deleted.
     */
    private int inBatches(String select, Object cutoff, List<String> deleteChildren, String deleteRows) {
        int deleted = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> {
                EntityManager em = IssuedCard.getEntityManager();
                List<?> keys = em.createNativeQuery(select).setParameter(1, cutoff)
                        .setMaxResults(parameters.batchSize()).getResultList();
                if (keys.isEmpty()) {
                    return 0;
                }
                deleteChildren.forEach(delete -> em.createNativeQuery(delete).setParameter(1, keys).executeUpdate());
                return em.createNativeQuery(deleteRows).setParameter(1, keys).executeUpdate();
            });
            deleted += batch;
            if (batch < parameters.batchSize()) {
                return deleted;
            }
        }
    }
}
