package io.orgkit.impl.throttle;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Failures counted per key in fixed windows in the database, so every node sees the same count: after {@code limit}
 * failures within a window, attempts are refused with 429 until the window ends. Logins count per email, invitation
 * tokens per client address. Writes join the caller's transaction, or run in one of their own when called outside
 * one (login).
 */
@ApplicationScoped
public class FailureThrottle {
    private JpaThrottleStore store;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected FailureThrottle() {
    }

    @Inject
    public FailureThrottle(JpaThrottleStore store, SystemTime time) {
        this.store = store;
        this.time = time;
    }

    /**
     * @param key    what is counted
     * @param limit  failures allowed within a window
     * @param window the window's length
     * @param detail the problem detail when refused
     * @throws TooManyRequestsException if the key failed {@code limit} times within the current window
     */
    public void checkAllowed(String key, int limit, Duration window, String detail) {
        Instant now = time.now();
        store.find(key).ifPresent(current -> {
            Instant ends = current.startedAt().plus(window);
            if (current.failures() >= limit && now.isBefore(ends)) {
                throw new TooManyRequestsException(detail, Duration.between(now, ends));
            }
        });
    }

    /**
     * @param key    what is counted
     * @param window the window's length
     */
    @Transactional
    public void recordFailure(String key, Duration window) {
        Instant now = time.now();
        store.recordFailure(key, now, now.minus(window));
    }

    /**
     * @param key what is counted, forgotten after a success
     */
    @Transactional
    public void clear(String key) {
        store.clear(key);
    }
}
