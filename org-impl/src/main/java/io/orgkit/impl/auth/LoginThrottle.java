package io.orgkit.impl.auth;

import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.throttle.FailureThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts failed logins per email in the database, so every node sees the same count. After
 * {@code org.login.max-failures} failures within {@code org.login.failure-window}, further attempts are answered 429
 * until the window ends, before the password is checked.
 */
@ApplicationScoped
public class LoginThrottle {
    private FailureThrottle throttle;
    private SessionSettings settings;

    /**
     * For the container's client proxy.
     */
    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(FailureThrottle throttle, SessionSettings settings) {
        this.throttle = throttle;
        this.settings = settings;
    }

    /**
     * @param email the email a login is attempted for
     * @throws TooManyRequestsException if it failed too often within the window
     */
    public void checkAllowed(String email) {
        throttle.checkAllowed(key(email), settings.loginMaxFailures(), settings.loginFailureWindow(),
                "Too many failed logins for this email; try again later");
    }

    public void recordFailure(String email) {
        throttle.recordFailure(key(email), settings.loginFailureWindow());
    }

    public void recordSuccess(String email) {
        throttle.clear(key(email));
    }

    private static String key(String email) {
        return "login:" + UserEntity.normalizeEmail(email);
    }
}
