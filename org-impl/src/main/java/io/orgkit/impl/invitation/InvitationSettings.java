package io.orgkit.impl.invitation;

import java.time.Duration;

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

    @Inject
    public InvitationSettings(@ConfigProperty(name = "org.invitations.ttl", defaultValue = "P7D") Duration ttl,
                              @ConfigProperty(name = "org.invitations.accept-url",
                                      defaultValue = "http://localhost:8080/accept-invitation?token={token}") String acceptUrl) {
        this.ttl = ttl;
        this.acceptUrl = acceptUrl;
    }

    /** @return how long an invitation (or a re-sent one) stays valid */
    public Duration ttl() {
        return ttl;
    }

    /** @return the accept link's template; {@code {token}} is replaced by the invitation token */
    public String acceptUrl() {
        return acceptUrl;
    }
}
