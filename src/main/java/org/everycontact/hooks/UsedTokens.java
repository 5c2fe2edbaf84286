package org.everycontact.hooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.everycontact.equity.BoundedReads;
import org.everycontact.equity.DuplicateKey;
import org.jboss.logging.Logger;

/**
 * The replay check every instance shares: the jti of each accepted token is stored in the database,
 * whose primary key decides between two replicas receiving the same token at once. It complements each
 * instance's own {@link ReplayCache}, which answers first. When the database cannot answer, the
 * instance's own check stands alone (replays to other replicas go unseen until it returns) and the
 * log says so once per outage, rather than refusing every hook call. The check waits for the database
 * no longer than {@link BoundedReads} allows, and not at all while it is known to be failing.
 */
@ApplicationScoped
public class UsedTokens {

    enum Outcome { FIRST_USE, REPLAY, UNAVAILABLE }

    private static final Logger LOG = Logger.getLogger(UsedTokens.class);

    private final BoundedReads database;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    public UsedTokens(BoundedReads database) {
        this.database = database;
    }

    Outcome record(String issuer, String jti, Instant expires, Instant now) {
        String key = key(issuer, jti);
        Optional<Outcome> stored;
        try {
            stored = database.read(() -> insert(key, expires, now));
        } catch (RuntimeException e) {
            LOG.warnf("shared replay check failed (%s): this instance's own check stands", e.getClass().getName());
            stored = Optional.empty();
        }
        if (stored.isEmpty()) {
            if (unavailable.compareAndSet(false, true)) {
                LOG.warn("shared replay check unavailable: each instance checks only its own tokens until the "
                        + "database answers");
            }
            return Outcome.UNAVAILABLE;
        }
        if (unavailable.compareAndSet(true, false)) {
            LOG.info("shared replay check available again");
        }
        return stored.get();
    }

    private static Outcome insert(String key, Instant expires, Instant now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                UsedToken.delete("tokenKey = ?1 and expiresAt <= ?2", key, now);
                UsedToken used = new UsedToken();
                used.tokenKey = key;
                used.expiresAt = expires;
                used.persistAndFlush();
            });
            return Outcome.FIRST_USE;
        } catch (RuntimeException e) {
            if (DuplicateKey.caused(e)) {
                return Outcome.REPLAY;
            }
            throw e;
        }
    }

    /** Forgets the tokens that have expired: an expired token is refused on its exp anyway. */
    @Scheduled(every = "${everycontact.auth.used-token-purge:10m}", delayed = "1m")
    void purgeExpired() {
        long purged = QuarkusTransaction.requiringNew().call(() -> UsedToken.delete("expiresAt <= ?1", Instant.now()));
        LOG.debugf("%d expired token ids purged", purged);
    }

    private static String key(String issuer, String jti) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((issuer + '\u0000' + jti).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
