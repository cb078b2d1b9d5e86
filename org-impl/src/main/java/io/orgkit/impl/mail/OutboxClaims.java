package io.orgkit.impl.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.orgkit.impl.kernel.OutgoingMail;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The dispatcher's steps on the outbox, each in a transaction of its own, so that a claim is visible to every node
 * before the email is sent and no lock is held while talking to the SMTP server.
 */
@ApplicationScoped
public class OutboxClaims {
    private static final int MAX_ERROR = 1000;

    private JpaOutboxClaimStore store;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected OutboxClaims() {
    }

    @Inject
    public OutboxClaims(JpaOutboxClaimStore store, SystemTime time) {
        this.store = store;
        this.time = time;
    }

    /**
     * @param limit how many at most
     * @return ids of rows due now; another node may claim any of them first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> due(int limit) {
        return store.dueIds(time.now(), limit);
    }

    /**
     * Claims one row for a node, committed at once, so every other node sees the claim before this one sends.
     *
     * @return the email to send if this node won the row
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claim(String id, String nodeId, Duration lease) {
        Instant now = time.now();
        if (!store.claim(id, nodeId, now, now.plus(lease))) {
            return Optional.empty();
        }
        return store.find(id).map(OutboxMailEntity::mail);
    }

    /**
     * @return whether the row was still this node's to settle
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markSent(String id, String nodeId) {
        return store.markSent(id, nodeId, time.now());
    }

    /**
     * Records a failed attempt: retried after an exponential back-off, or given up after the last allowed attempt.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(String id, String nodeId, Throwable error, MailSettings settings) {
        store.find(id).ifPresent(row -> {
            int attempts = row.attempts() + 1;
            boolean giveUp = attempts >= settings.maxAttempts();
            store.markFailed(id, nodeId, attempts, describe(error), time.now().plus(settings.backoff(attempts)), giveUp);
        });
    }

    /**
     * @return the row as stored, for tests and diagnostics
     */
    @Transactional
    public Optional<OutboxMailEntity> find(String id) {
        return store.find(id);
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable current = error; current != null && text.length() < MAX_ERROR; current = current.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName()).append(": ").append(current.getMessage());
            if (current.getCause() == current) {
                break;
            }
        }
        String flat = text.toString().replaceAll("\\p{Cntrl}", " ");
        return flat.length() > MAX_ERROR ? flat.substring(0, MAX_ERROR) : flat;
    }
}
