package io.orgkit.impl.invitation;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.impl.auth.JpaThrottleStore;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts unknown invitation tokens per client address in the database (shared by every node). After
 * {@code org.invitations.token-max-failures} within {@code org.invitations.token-failure-window}, the client's token
 * requests are answered 429 until the window ends, valid tokens included: guessing is slowed without telling the
 * guesser anything.
 */
@ApplicationScoped
public class InvitationTokenThrottle {
    private final JpaThrottleStore store;
    private final InvitationSettings settings;
    private final ClientAddress client;
    private final SystemTime time;

    @Inject
    public InvitationTokenThrottle(JpaThrottleStore store, InvitationSettings settings, ClientAddress client,
                                   SystemTime time) {
        this.store = store;
        this.settings = settings;
        this.client = client;
        this.time = time;
    }

    /**
     * @throws TooManyRequestsException if the client presented too many unknown tokens within the window
     */
    public void checkAllowed() {
        Instant now = time.now();
        store.find(key()).ifPresent(window -> {
            Instant ends = window.startedAt().plus(settings.tokenFailureWindow());
            if (window.failures() >= settings.tokenMaxFailures() && now.isBefore(ends)) {
                throw new TooManyRequestsException("Too many unknown invitation tokens from this client; try again later",
                        Duration.between(now, ends));
            }
        });
    }

    public void recordFailure() {
        Instant now = time.now();
        store.recordFailure(key(), now, now.minus(settings.tokenFailureWindow()));
    }

    private String key() {
        return "invite-token:" + client.get();
    }
}
