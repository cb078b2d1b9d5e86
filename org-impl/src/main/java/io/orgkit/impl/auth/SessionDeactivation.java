package io.orgkit.impl.auth;

import io.orgkit.impl.kernel.MembershipEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When a membership ends, every session of the user that had that organization active loses it at once, in the same
 * transaction.
 */
@ApplicationScoped
public class SessionDeactivation {
    private JpaSessionStore sessions;

    /**
     * For the container's client proxy.
     */
    protected SessionDeactivation() {
    }

    @Inject
    public SessionDeactivation(JpaSessionStore sessions) {
        this.sessions = sessions;
    }

    void onMembershipEnded(@Observes MembershipEnded ended) {
        sessions.deactivateOrganization(ended.userId(), ended.organizationId());
    }
}
