package io.orgkit.impl.auth;

import java.time.Duration;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.security.ClientAddress;
import io.orgkit.impl.security.SecurityEvents;
import io.orgkit.impl.throttle.FailureThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * Login throttling that an attacker cannot turn against a user. Two counters in the database, shared by every node:
 * <ul>
 * <li>per account and client address: after {@code org.login.max-failures} failures within
 * {@code org.login.failure-window}, that client is refused for that account (429) until the window ends, while the
 * owner, from any other address, still logs in;</li>
 * <li>per client address across accounts: after {@code org.login.client-max-failures} failures within
 * {@code org.login.client-failure-window}, that client is refused for every account (one password sprayed over many
 * accounts).</li>
 * </ul>
 * Each attempt is counted before its password is checked, in one atomic step per counter, so parallel attempts check
 * at most the limit's number of passwords; a success takes its count back. Lockouts and every login are logged as
 * security events.
 */
@ApplicationScoped
public class LoginThrottle {
    private FailureThrottle throttle;
    private SessionSettings settings;
    private ClientAddress client;
    private AuditTrail audit;

    /**
     * For the container's client proxy.
     */
    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(FailureThrottle throttle, SessionSettings settings, ClientAddress client,
                         AuditTrail audit) {
        this.audit = audit;
        this.throttle = throttle;
        this.settings = settings;
        this.client = client;
    }

    /**
     * Counts a login attempt for an email before its password is checked.
     *
     * @param email the email a login is attempted for
     * @return the attempt, to settle with {@link #failed} or {@link #succeeded}
     * @throws TooManyRequestsException if this client failed too often for this account, or for any account
     */
    public Attempt begin(String email) {
        String normalized = UserEntity.normalizeEmail(email);
        String address = clientAddress();
        String accountKey = "login:" + normalized + " from " + address;
        String clientKey = "login-client:" + address;
        int accountCount = throttle.reserve(accountKey, settings.loginMaxFailures(), settings.loginFailureWindow(),
                "Too many failed logins for this email from this client; try again later");
        int clientCount;
        try {
            clientCount = throttle.reserve(clientKey, settings.clientMaxFailures(), settings.clientFailureWindow(),
                    "Too many failed logins from this client; try again later");
        } catch (TooManyRequestsException e) {
            throttle.release(accountKey);
            throw e;
        }
        return new Attempt(normalized, address, accountKey, clientKey, accountCount, clientCount);
    }

    /**
     * Records the failure (and a lockout it causes) in the audit log, each in a transaction of its own, since the
     * failed login itself rolls nothing back.
     *
     * @param attempt an attempt whose password was wrong (or whose account does not exist): its counts stay
     * @param userId  the account's user, or {@code null} when no account has that email
     */
    public void failed(Attempt attempt, String userId) {
        AuditTarget account = new AuditTarget("user", userId, attempt.email());
        audit.record(null, null, AuditActions.LOGIN_FAILED, account, AuditChanges.none());
        SecurityEvents.info("login-failed", "email " + SecurityEvents.quoted(attempt.email()) + " from client "
                + SecurityEvents.quoted(attempt.client()));
        if (attempt.accountCount() == settings.loginMaxFailures()) {
            audit.record(null, null, AuditActions.LOGIN_LOCKED, account,
                    AuditChanges.of("lockedFor", null, settings.loginFailureWindow()));
            SecurityEvents.warning("login-locked", "email " + SecurityEvents.quoted(attempt.email())
                    + " from client " + SecurityEvents.quoted(attempt.client()) + " after " + attempt.accountCount()
                    + " failed logins; that client is refused for this email for " + settings.loginFailureWindow()
                    + " (other clients are not)");
        }
        if (attempt.clientCount() == settings.clientMaxFailures()) {
            SecurityEvents.warning("login-client-locked", "client " + SecurityEvents.quoted(attempt.client())
                    + " after " + attempt.clientCount() + " failed logins across accounts; refused for "
                    + settings.clientFailureWindow());
        }
    }

    /**
     * @param attempt an attempt whose password was right: its client's failures for the account are forgotten, and
     *                the attempt no longer counts against the client
     */
    public void succeeded(Attempt attempt) {
        throttle.clear(attempt.accountKey());
        throttle.release(attempt.clientKey());
        SecurityEvents.info("login-succeeded", "email " + SecurityEvents.quoted(attempt.email()) + " from client "
                + SecurityEvents.quoted(attempt.client()));
    }

    private String clientAddress() {
        try {
            return client.get();
        } catch (ContextNotActiveException e) {
            // A host application logging a user in outside an HTTP request: no client address to tell apart.
            return "unknown";
        }
    }

    /**
     * One counted login attempt.
     *
     * @param email        the normalized email
     * @param client       the client's address
     * @param accountKey   the counter of this email from this client
     * @param clientKey    the counter of this client across emails
     * @param accountCount attempts on {@code accountKey} in its window, this one included
     * @param clientCount  attempts on {@code clientKey} in its window, this one included
     */
    public record Attempt(String email, String client, String accountKey, String clientKey, int accountCount,
                          int clientCount) {
    }
}
