package io.orgkit.impl.invitation;

import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.impl.security.ClientAddress;
import io.orgkit.impl.throttle.FailureThrottle;
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
    private FailureThrottle throttle;
    private InvitationSettings settings;
    private ClientAddress client;

    /**
     * For the container's client proxy.
     */
    protected InvitationTokenThrottle() {
    }

    @Inject
    public InvitationTokenThrottle(FailureThrottle throttle, InvitationSettings settings, ClientAddress client) {
        this.throttle = throttle;
        this.settings = settings;
        this.client = client;
    }

    /**
     * @throws TooManyRequestsException if the client presented too many unknown tokens within the window
     */
    public void checkAllowed() {
        throttle.checkAllowed(key(), settings.tokenMaxFailures(), settings.tokenFailureWindow(),
                "Too many unknown invitation tokens from this client; try again later");
    }

    public void recordFailure() {
        throttle.recordFailure(key(), settings.tokenFailureWindow());
    }

    private String key() {
        return "invite-token:" + client.get();
    }
}
