package io.orgkit.impl.auth;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session and login settings.
 */
@ApplicationScoped
public class SessionSettings {
    private Duration idleTimeout;
    private Duration absoluteTimeout;
    private boolean cookieSecure;
    private int loginMaxFailures;
    private Duration loginFailureWindow;
    private int clientMaxFailures;
    private Duration clientFailureWindow;

    /**
     * For the container's client proxy.
     */
    protected SessionSettings() {
    }

    @Inject
    public SessionSettings(@ConfigProperty(name = "org.sessions.idle-timeout", defaultValue = "PT8H") Duration idleTimeout,
                           @ConfigProperty(name = "org.sessions.absolute-timeout", defaultValue = "P7D") Duration absoluteTimeout,
                           @ConfigProperty(name = "org.sessions.cookie-secure", defaultValue = "false") boolean cookieSecure,
                           @ConfigProperty(name = "org.login.max-failures", defaultValue = "4") int loginMaxFailures,
                           @ConfigProperty(name = "org.login.failure-window", defaultValue = "PT1M") Duration loginFailureWindow,
                           @ConfigProperty(name = "org.login.client-max-failures", defaultValue = "20") int clientMaxFailures,
                           @ConfigProperty(name = "org.login.client-failure-window", defaultValue = "PT10M") Duration clientFailureWindow) {
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.cookieSecure = cookieSecure;
        this.loginMaxFailures = loginMaxFailures;
        this.loginFailureWindow = loginFailureWindow;
        this.clientMaxFailures = clientMaxFailures;
        this.clientFailureWindow = clientFailureWindow;
    }

    /** @return how long a session may go unused */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** @return how long a session lives at most */
    public Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    /** @return whether the session cookie carries {@code Secure} */
    public boolean cookieSecure() {
        return cookieSecure;
    }

    /** @return failed logins for one email from one client within the window after which that client gets 429 */
    public int loginMaxFailures() {
        return loginMaxFailures;
    }

    /** @return the window failed logins of one email from one client are counted in */
    public Duration loginFailureWindow() {
        return loginFailureWindow;
    }

    /** @return failed logins from one client, whatever the email, within its window after which it gets 429 */
    public int clientMaxFailures() {
        return clientMaxFailures;
    }

    /** @return the window a client's failed logins are counted in */
    public Duration clientFailureWindow() {
        return clientFailureWindow;
    }
}
