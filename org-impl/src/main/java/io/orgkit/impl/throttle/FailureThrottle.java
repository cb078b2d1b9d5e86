package io.orgkit.impl.throttle;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Attempts counted per key in fixed windows in the database, so every node sees the same count: after {@code limit}
 * within a window, attempts are refused with 429 until the window ends. Logins count per account and client address
 * and per client address, invitation tokens per client address, invitation sends per inviter and per organization.
 *
 * <p>{@link #reserve} counts an attempt before it is made and refuses it at once past the limit, in one atomic step:
 * concurrent attempts can never all pass a check that none of them has counted yet. Writes join the caller's
 * transaction (an invitation's send is counted only if the invitation commits), or run in one of their own when called
 * outside one (a login, so its count is committed although the login fails).
 */
@ApplicationScoped
public class FailureThrottle {
    // Kept a little longer than its window, so that a counter is never forgotten while it still refuses.
    private static final Duration KEEP_AFTER_WINDOW = Duration.ofMinutes(1);

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
     * Counts an attempt, or refuses it when the key has reached its limit in the current window.
     *
     * @param key    what is counted
     * @param limit  attempts allowed within a window
     * @param window the window's length
     * @param detail the problem detail when refused
     * @return the attempts counted in the window, this one included
     * @throws TooManyRequestsException if the key reached {@code limit} within the current window
     */
    @Transactional
    public int reserve(String key, int limit, Duration window, String detail) {
        Instant now = time.now();
        JpaThrottleStore.Window counted = store.increment(key, now, now.minus(window),
                now.plus(window).plus(KEEP_AFTER_WINDOW));
        if (counted.failures() > limit) {
            // A refused attempt stays counted: the window does not move, so this only keeps the count honest.
            throw new TooManyRequestsException(detail, Duration.between(now, counted.startedAt().plus(window)));
        }
        return counted.failures();
    }

    /**
     * Takes back one attempt counted by {@link #reserve} that did not fail.
     *
     * @param key what is counted
     */
    @Transactional
    public void release(String key) {
        store.decrement(key);
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
     * Counts a failure after the fact (what {@link #checkAllowed} reads), without a limit.
     *
     * @param key    what is counted
     * @param window the window's length
     */
    @Transactional
    public void recordFailure(String key, Duration window) {
        Instant now = time.now();
        store.increment(key, now, now.minus(window), now.plus(window).plus(KEEP_AFTER_WINDOW));
    }

    /**
     * @param key what is counted, forgotten after a success
     */
    @Transactional
    public void clear(String key) {
        store.clear(key);
    }
}
