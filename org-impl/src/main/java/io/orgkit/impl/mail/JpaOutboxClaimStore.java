package io.orgkit.impl.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The dispatcher's side of the mail outbox. Every change is one conditional UPDATE whose update count says whether it
 * happened: that, not a lock held across the SMTP conversation, is what lets several nodes share the table. Plain
 * conditional updates run the same on MariaDB and H2 (which has no {@code SKIP LOCKED}).
 * <p>
 * The request side (queueing and cancelling in the application's transactions) is {@link JpaOutboxStore}.
 */
@ApplicationScoped
public class JpaOutboxClaimStore {
    private static final String WIPE_BODY = "body_text = '', body_html = ''";

    @Inject
    @OrgUnit
    private EntityManager em;

    public Optional<OutboxMailEntity> find(String id) {
        return Optional.ofNullable(em.find(OutboxMailEntity.class, id));
    }

    /**
     * @param now   the current time
     * @param limit how many at most
     * @return ids of pending rows that are due and not claimed by a live lease, the longest waiting first
     */
    @SuppressWarnings("unchecked")
    public List<String> dueIds(Instant now, int limit) {
        return em.createNativeQuery("SELECT id FROM orgkit_mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id")
                .setParameter(1, utc(now))
                .setParameter(2, utc(now))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a row for one node until {@code until}; of several nodes racing for a row, the database lets exactly one
     * update it.
     *
     * @return whether this node got it
     */
    public boolean claim(String id, String nodeId, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE orgkit_mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? "
                        + "AND status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")
                .setParameter(1, nodeId)
                .setParameter(2, utc(until))
                .setParameter(3, id)
                .setParameter(4, utc(now))
                .setParameter(5, utc(now))
                .executeUpdate() == 1;
    }

    /**
     * @return whether the row was still this node's claim and is now sent
     */
    public boolean markSent(String id, String nodeId, Instant now) {
        return em.createNativeQuery("UPDATE orgkit_mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                        + "claimed_by = NULL, claimed_until = NULL, last_error = NULL, " + WIPE_BODY + " "
                        + "WHERE id = ? AND claimed_by = ? AND status = 'PENDING'")
                .setParameter(1, utc(now))
                .setParameter(2, id)
                .setParameter(3, nodeId)
                .executeUpdate() == 1;
    }

    /**
     * Records a failed attempt and releases the claim: the row is retried at {@code nextAttemptAt}, or given up.
     *
     * @param attempts the attempts so far, this one included
     */
    public void markFailed(String id, String nodeId, int attempts, String error, Instant nextAttemptAt, boolean giveUp) {
        em.createNativeQuery("UPDATE orgkit_mail_outbox SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
                        + "claimed_by = NULL, claimed_until = NULL" + (giveUp ? ", " + WIPE_BODY : "") + " "
                        + "WHERE id = ? AND claimed_by = ? AND status = 'PENDING'")
                .setParameter(1, (giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING).name())
                .setParameter(2, attempts)
                .setParameter(3, error)
                .setParameter(4, utc(nextAttemptAt))
                .setParameter(5, id)
                .setParameter(6, nodeId)
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
