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
 * Counters in fixed windows, shared by every node through the database. Each change is one statement whose row lock
 * makes it atomic on MariaDB and H2 alike, so concurrent requests on several nodes are all counted, and a limit is
 * never passed by requests that checked at the same moment.
 */
@ApplicationScoped
public class JpaThrottleStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * @param key what is counted (for example {@code login:alice@example.com from 10.0.0.1})
     * @return the current window's start and count, if anything was counted
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
     * Counts one more, atomically: a single upsert, whose row lock serializes concurrent counts of one key on every
     * node (MariaDB and H2 alike), then a read of the count under that lock. A window that started before
     * {@code windowStartedBefore} starts afresh at {@code now}.
     *
     * @param key                 what is counted
     * @param now                 the current time
     * @param windowStartedBefore windows that started before this moment are over
     * @param expiresAt           when a window starting now may be forgotten
     * @return the window after counting: this count is the transaction's own until it ends
     */
    public Window increment(String key, Instant now, Instant windowStartedBefore, Instant expiresAt) {
        LocalDateTime stale = utc(windowStartedBefore);
        // MariaDB applies the assignments left to right, each seeing the ones before: the window moves last.
        em.createNativeQuery("INSERT INTO orgkit_throttle (throttle_key, window_started_at, failures, expires_at) "
                        + "VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE "
                        + "failures = CASE WHEN window_started_at < ? THEN 1 ELSE failures + 1 END, "
                        + "expires_at = CASE WHEN window_started_at < ? THEN ? ELSE expires_at END, "
                        + "window_started_at = CASE WHEN window_started_at < ? THEN ? ELSE window_started_at END")
                .setParameter(1, key)
                .setParameter(2, utc(now))
                .setParameter(3, utc(expiresAt))
                .setParameter(4, stale)
                .setParameter(5, stale)
                .setParameter(6, utc(expiresAt))
                .setParameter(7, stale)
                .setParameter(8, utc(now))
                .executeUpdate();
        return find(key).orElseThrow(() -> new IllegalStateException("The counter " + key + " was not written"));
    }

    /**
     * Takes one count back (an attempt that turned out not to be a failure).
     *
     * @param key what is counted
     */
    public void decrement(String key) {
        em.createNativeQuery("UPDATE orgkit_throttle SET failures = failures - 1 WHERE throttle_key = ? AND failures > 0")
                .setParameter(1, key)
                .executeUpdate();
    }

    public void clear(String key) {
        em.createNativeQuery("DELETE FROM orgkit_throttle WHERE throttle_key = ?")
                .setParameter(1, key)
                .executeUpdate();
    }

    /**
     * Forgets counters whose window is over, at most {@code limit} of them.
     *
     * @param now   the current time
     * @param limit the most rows to delete
     * @return how many were deleted
     */
    public int purgeExpired(Instant now, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_throttle WHERE expires_at < ? LIMIT " + limit)
                .setParameter(1, utc(now))
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * @param startedAt when the window started
     * @param failures  what was counted in it
     */
    public record Window(Instant startedAt, int failures) {
    }
}
