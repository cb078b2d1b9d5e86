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
    private Duration ttl;
    private String acceptUrl;
    private Duration resendCooldown;
    private int tokenMaxFailures;
    private Duration tokenFailureWindow;
    private int maxSendsPerInviter;
    private int maxSendsPerOrganization;
    private Duration sendWindow;
    private RedirectAllowList redirectAllowList;

    /**
     * For the container's client proxy.
     */
    protected InvitationSettings() {
    }

    @Inject
    public InvitationSettings(@ConfigProperty(name = "org.invitations.ttl", defaultValue = "P7D") Duration ttl,
                              @ConfigProperty(name = "org.invitations.accept-url",
                                      defaultValue = ProductionSafety.DEFAULT_ACCEPT_URL) String acceptUrl,
                              @ConfigProperty(name = "org.invitations.resend-cooldown", defaultValue = "PT1M")
                              Duration resendCooldown,
                              @ConfigProperty(name = "org.invitations.token-max-failures", defaultValue = "10")
                              int tokenMaxFailures,
                              @ConfigProperty(name = "org.invitations.token-failure-window", defaultValue = "PT15M")
                              Duration tokenFailureWindow,
                              @ConfigProperty(name = "org.invitations.max-sends-per-inviter", defaultValue = "20")
                              int maxSendsPerInviter,
                              @ConfigProperty(name = "org.invitations.max-sends-per-organization", defaultValue = "100")
                              int maxSendsPerOrganization,
                              @ConfigProperty(name = "org.invitations.send-window", defaultValue = "PT1H")
                              Duration sendWindow,
                              @ConfigProperty(name = "org.invitations.redirect-allow-list")
                              java.util.Optional<String> redirectAllowList) {
        this.ttl = ttl;
        this.acceptUrl = acceptUrl;
        this.resendCooldown = resendCooldown;
        this.tokenMaxFailures = tokenMaxFailures;
        this.tokenFailureWindow = tokenFailureWindow;
        this.maxSendsPerInviter = maxSendsPerInviter;
        this.maxSendsPerOrganization = maxSendsPerOrganization;
        this.sendWindow = sendWindow;
        this.redirectAllowList = new RedirectAllowList(redirectAllowList
                .map(entries -> java.util.List.of(entries.split(","))).orElse(java.util.List.of()));
    }

    /** @return where invitations may send their recipients once accepted */
    public RedirectAllowList redirectAllowList() {
        return redirectAllowList;
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

    /** @return invitation emails (sends and resends) one inviter may send within the send window */
    public int maxSendsPerInviter() {
        return maxSendsPerInviter;
    }

    /** @return invitation emails one organization may send within the send window */
    public int maxSendsPerOrganization() {
        return maxSendsPerOrganization;
    }

    /** @return the window invitation sends are counted in */
    public Duration sendWindow() {
        return sendWindow;
    }
}
