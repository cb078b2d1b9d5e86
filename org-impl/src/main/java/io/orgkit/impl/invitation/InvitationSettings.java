package io.orgkit.impl.invitation;

import java.time.Duration;

import io.orgkit.impl.security.ProductionSafety;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitation settings.
 */
@ApplicationScoped
public class InvitationSettings {
    private final Duration ttl;
    private final String acceptUrl;
    private final Duration resendCooldown;
    private final int tokenMaxFailures;
    private final Duration tokenFailureWindow;

    @Inject
    public InvitationSettings(@ConfigProperty(name = "org.invitations.ttl", defaultValue = "P7D") Duration ttl,
                              @ConfigProperty(name = "org.invitations.accept-url",
                                      defaultValue = ProductionSafety.DEFAULT_ACCEPT_URL) String acceptUrl,
                              @ConfigProperty(name = "org.invitations.resend-cooldown", defaultValue = "PT1M")
                              Duration resendCooldown,
                              @ConfigProperty(name = "org.invitations.token-max-failures", defaultValue = "10")
                              int tokenMaxFailures,
                              @ConfigProperty(name = "org.invitations.token-failure-window", defaultValue = "PT15M")
                              Duration tokenFailureWindow) {
        this.ttl = ttl;
        this.acceptUrl = acceptUrl;
        this.resendCooldown = resendCooldown;
        this.tokenMaxFailures = tokenMaxFailures;
        this.tokenFailureWindow = tokenFailureWindow;
    }

    /** @return how long an invitation (or a re-sent one) stays valid */
    public Duration ttl() {
        return ttl;
    }

    /**
     * @return the accept link's template; {@code {token}} is replaced by the invitation token. The default puts it in
     *         the fragment, which browsers never send to a server nor in a {@code Referer}
     */
    public String acceptUrl() {
        return acceptUrl;
    }

    /** @return the shortest time between two sends of one invitation */
    public Duration resendCooldown() {
        return resendCooldown;
    }

    /** @return unknown tokens one client may present within the window before it is answered 429 */
    public int tokenMaxFailures() {
        return tokenMaxFailures;
    }

    /** @return the window in which unknown tokens are counted */
    public Duration tokenFailureWindow() {
        return tokenFailureWindow;
    }
}
