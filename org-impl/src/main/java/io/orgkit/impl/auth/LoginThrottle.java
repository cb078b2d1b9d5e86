package io.orgkit.impl.auth;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts failed logins per email in the database, so every node sees the same count. After
 * {@code org.login.max-failures} failures within {@code org.login.failure-window}, further attempts are answered 429
 * until the window ends, before the password is checked.
 */
@ApplicationScoped
public class LoginThrottle {
    private final JpaThrottleStore store;
    private final SessionSettings settings;
    private final SystemTime time;

    @Inject
    public LoginThrottle(JpaThrottleStore store, SessionSettings settings, SystemTime time) {
        this.store = store;
        this.settings = settings;
        this.time = time;
    }

    /**
     * @param email the email a login is attempted for
     * @throws TooManyRequestsException if it failed too often within the window
     */
    public void checkAllowed(String email) {
        Instant now = time.now();
        store.find(key(email)).ifPresent(window -> {
            Instant ends = window.startedAt().plus(settings.loginFailureWindow());
            if (window.failures() >= settings.loginMaxFailures() && now.isBefore(ends)) {
                throw new TooManyRequestsException("Too many failed logins for this email; try again later",
                        Duration.between(now, ends));
            }
        });
    }

    public void recordFailure(String email) {
        Instant now = time.now();
        store.recordFailure(key(email), now, now.minus(settings.loginFailureWindow()));
    }

    public void recordSuccess(String email) {
        store.clear(key(email));
    }

    private static String key(String email) {
        return "login:" + UserEntity.normalizeEmail(email);
    }
}
