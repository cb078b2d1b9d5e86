package io.orgkit.impl.throttle;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.DatabaseValues;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Failure counters in fixed windows, shared by every node through the database.
 */
@ApplicationScoped
public class JpaThrottleStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * @param key what is counted (for example {@code login:alice@example.com})
     * @return the current window's start and failure count, if any failure was recorded
     */
    public Optional<Window> find(String key) {
        List<?> rows = em.createNativeQuery("SELECT window_started_at, failures FROM orgkit_throttle WHERE throttle_key = ?")
                .setParameter(1, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        return Optional.of(new Window(DatabaseValues.instant(row[0]), ((Number) row[1]).intValue()));
    }

    /**
     * Counts one failure atomically: a single upsert, so concurrent failures on several nodes are all counted.
     * A window older than {@code windowStartedBefore} starts afresh at {@code now}.
     *
     * @param key                 what is counted
     * @param now                 the current time
     * @param windowStartedBefore windows that started before this moment are over
     */
    public void recordFailure(String key, Instant now, Instant windowStartedBefore) {
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDateTime staleUtc = LocalDateTime.ofInstant(windowStartedBefore, ZoneOffset.UTC);
        // MariaDB applies the assignments left to right: failures must be computed before the window moves.
        em.createNativeQuery("INSERT INTO orgkit_throttle (throttle_key, window_started_at, failures) VALUES (?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE "
                        + "failures = CASE WHEN window_started_at < ? THEN 1 ELSE failures + 1 END, "
                        + "window_started_at = CASE WHEN window_started_at < ? THEN ? ELSE window_started_at END")
                .setParameter(1, key)
                .setParameter(2, nowUtc)
                .setParameter(3, staleUtc)
                .setParameter(4, staleUtc)
                .setParameter(5, nowUtc)
                .executeUpdate();
    }

    public void clear(String key) {
        em.createNativeQuery("DELETE FROM orgkit_throttle WHERE throttle_key = ?")
                .setParameter(1, key)
                .executeUpdate();
    }

    /**
     * @param startedAt when the window started
     * @param failures  failures counted in it
     */
    public record Window(Instant startedAt, int failures) {
    }
}
