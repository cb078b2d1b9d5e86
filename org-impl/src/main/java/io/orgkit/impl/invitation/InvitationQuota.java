package io.orgkit.impl.invitation;

import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.throttle.FailureThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rations invitation emails: at most {@code org.invitations.max-sends-per-inviter} sends (invitations and resends) per
 * inviter and {@code org.invitations.max-sends-per-organization} per organization within
 * {@code org.invitations.send-window}, counted in the database (shared by every node) within the sending
 * transaction, so that a send that fails (a duplicate, a refusal) costs nothing and concurrent sends never pass the
 * quota together. A send over either quota is refused with 429 and {@code Retry-After}.
 */
@ApplicationScoped
public class InvitationQuota {
    private FailureThrottle throttle;
    private InvitationSettings settings;

    /**
     * For the container's client proxy.
     */
    protected InvitationQuota() {
    }

    @Inject
    public InvitationQuota(FailureThrottle throttle, InvitationSettings settings) {
        this.throttle = throttle;
        this.settings = settings;
    }

    /**
     * Counts one send in the current transaction.
     *
     * @param organizationId the organization the invitation is of
     * @param inviter        who sends it
     * @throws TooManyRequestsException if the inviter or the organization reached its quota
     */
    public void count(String organizationId, Actor inviter) {
        throttle.reserve("invite-send:" + inviterKey(inviter), settings.maxSendsPerInviter(), settings.sendWindow(),
                "You have sent the most invitation emails allowed for now; try again later");
        throttle.reserve("invite-send-org:" + organizationId, settings.maxSendsPerOrganization(),
                settings.sendWindow(), "This organization has sent the most invitation emails allowed for now; "
                        + "try again later");
    }

    // A user's quota holds across their sessions and keys; a key without a creator, and the host's own code, have
    // their own.
    private static String inviterKey(Actor inviter) {
        if (inviter.userId() != null) {
            return "user:" + inviter.userId();
        }
        return inviter.kind().name().toLowerCase(java.util.Locale.ROOT) + ":"
                + (inviter.id() != null ? inviter.id() : inviter.displayName());
    }
}
