package io.orgkit.impl.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Purgeable;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * The rules of {@code Idempotency-Key}, each step in a transaction of its own so that every node sees it at once: a
 * key is the caller's for 24 hours; the same key with the same request gets the stored answer; with another request,
 * 422; while the first is still running, 409. Only successful answers are kept: after a refusal or a failure the key
 * is free again, so a retry runs the request afresh.
 */
@ApplicationScoped
public class IdempotentRequests implements Purgeable {
    /** How long a key stays the caller's. */
    public static final Duration KEPT = Duration.ofHours(24);
    /** How long a first request is taken to be running; after that (its node died) a retry takes it over. */
    static final Duration LEASE = Duration.ofMinutes(1);
    private static final String IN_PROGRESS = "A request with this Idempotency-Key is still in progress; retry once it "
            + "has finished";

    private JpaIdempotencyStore store;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected IdempotentRequests() {
    }

    @Inject
    public IdempotentRequests(JpaIdempotencyStore store, SystemTime time) {
        this.store = store;
        this.time = time;
    }

    /**
     * Starts a request with a key.
     *
     * @param caller      whose key it is ({@code user:<id>}, {@code api_key:<id>})
     * @param key         the key
     * @param requestHash the request's hash
     * @return the stored request to answer from, if the key's first request finished; empty with {@code claimed}
     *         set when this request is the one to run
     * @throws UnprocessableException if the key came with another request (field {@code Idempotency-Key})
     * @throws ConflictException      if the key's first request is still running
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Start begin(String caller, String key, String requestHash) {
        Instant now = time.now();
        Optional<StoredRequest> existing = store.find(caller, key);
        if (existing.isPresent()) {
            StoredRequest stored = existing.get();
            if (!stored.expiresAt().isAfter(now)) {
                store.delete(stored.id());
            } else if (!stored.requestHash().equals(requestHash)) {
                throw new UnprocessableException("Idempotency-Key", "was used with another request in the last "
                        + "24 hours: use a new key for a new request");
            } else if (stored.done()) {
                return new Start(null, stored);
            } else if (stored.lockedUntil().isAfter(now) || !store.takeOver(stored.id(), stored.lockedUntil(),
                    now.plus(LEASE))) {
                throw new ConflictException(IN_PROGRESS);
            } else {
                return new Start(stored.id(), null);
            }
        }
        String id = Ids.newId();
        try {
            store.insert(id, caller, key, requestHash, now.plus(LEASE), now.plus(KEPT));
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of("uq_orgkit_idempotency_key",
                    () -> new ConflictException(IN_PROGRESS)), () -> new ConflictException(IN_PROGRESS));
        }
        return new Start(id, null);
    }

    /**
     * Keeps a successful answer for the key's retries.
     *
     * @param secretWithheld whether the body carried a secret, and is therefore not kept
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String id, int status, String body, String location, boolean secretWithheld) {
        store.complete(id, status, secretWithheld ? null : body, location, secretWithheld);
    }

    /**
     * Frees the key after a refused or failed request: a retry runs afresh.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String id) {
        store.delete(id);
    }

    @Override
    public String what() {
        return "expired idempotency keys";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return store.deleteExpired(now, limit);
    }

    /**
     * How a request with a key starts.
     *
     * @param claimedId the key's row, when this request runs
     * @param replay    the first request's answer, when it finished
     */
    public record Start(String claimedId, StoredRequest replay) {
    }
}
