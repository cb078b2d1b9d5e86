package io.orgkit.impl.idempotency;

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
 * The stored {@code Idempotency-Key}s. Each change is one statement, so that the unique key, not a lock held across
 * the request, decides between nodes.
 */
@ApplicationScoped
public class JpaIdempotencyStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    public Optional<StoredRequest> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, request_hash, status, response_status, response_body, "
                        + "response_location, secret_withheld, locked_until, expires_at FROM orgkit_idempotency_key "
                        + "WHERE caller = ? AND idempotency_key = ?")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new StoredRequest((String) row[0], (String) row[1],
                "DONE".equals(row[2]), row[3] == null ? null : ((Number) row[3]).intValue(), (String) row[4],
                (String) row[5], Boolean.TRUE.equals(row[6]) || Integer.valueOf(1).equals(row[6]),
                instant(row[7]), instant(row[8])));
    }

    /**
     * @throws jakarta.persistence.PersistenceException with the unique key {@code uq_orgkit_idempotency_key} violated
     *                                                   when the caller's key is taken (a concurrent duplicate)
     */
    public void insert(String id, String caller, String key, String requestHash, Instant lockedUntil,
                       Instant expiresAt) {
        em.createNativeQuery("INSERT INTO orgkit_idempotency_key (id, caller, idempotency_key, request_hash, status, "
                        + "secret_withheld, locked_until, expires_at) VALUES (?, ?, ?, ?, 'IN_PROGRESS', FALSE, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, caller)
                .setParameter(3, key)
                .setParameter(4, requestHash)
                .setParameter(5, utc(lockedUntil))
                .setParameter(6, utc(expiresAt))
                .executeUpdate();
    }

    /**
     * Takes over a request whose first run ended without an answer (its node died): only one node wins.
     *
     * @return whether this node got it
     */
    public boolean takeOver(String id, Instant wasLockedUntil, Instant lockedUntil) {
        return em.createNativeQuery("UPDATE orgkit_idempotency_key SET locked_until = ? WHERE id = ? "
                        + "AND status = 'IN_PROGRESS' AND locked_until = ?")
                .setParameter(1, utc(lockedUntil))
                .setParameter(2, id)
                .setParameter(3, utc(wasLockedUntil))
                .executeUpdate() == 1;
    }

    public void complete(String id, int status, String body, String location, boolean secretWithheld) {
        em.createNativeQuery("UPDATE orgkit_idempotency_key SET status = 'DONE', response_status = ?, "
                        + "response_body = ?, response_location = ?, secret_withheld = ? WHERE id = ?")
                .setParameter(1, status)
                .setParameter(2, body)
                .setParameter(3, location)
                .setParameter(4, secretWithheld)
                .setParameter(5, id)
                .executeUpdate();
    }

    public void delete(String id) {
        em.createNativeQuery("DELETE FROM orgkit_idempotency_key WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    /**
     * @return how many expired keys were deleted
     */
    public int deleteExpired(Instant now, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_idempotency_key WHERE expires_at < ? LIMIT " + limit)
                .setParameter(1, utc(now))
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
