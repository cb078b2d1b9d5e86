package io.orgkit.impl.apikey;

import java.util.logging.Logger;

import io.orgkit.impl.kernel.MembershipEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When a member leaves an organization, the API keys they created there are revoked in the same transaction: a key
 * acts for its creator, and a removed Admin must not keep an Admin's reach through one.
 */
@ApplicationScoped
public class ApiKeyRevocation {
    private static final Logger LOG = Logger.getLogger("io.orgkit.security");

    private JpaApiKeyStore keys;

    /**
     * For the container's client proxy.
     */
    protected ApiKeyRevocation() {
    }

    @Inject
    public ApiKeyRevocation(JpaApiKeyStore keys) {
        this.keys = keys;
    }

    void onMembershipEnded(@Observes MembershipEnded ended) {
        int revoked = keys.removeCreatedBy(ended.organizationId(), ended.userId());
        if (revoked > 0) {
            LOG.info(() -> "security event api-keys-revoked: " + revoked + " key(s) of user " + ended.userId()
                    + " in organization " + ended.organizationId() + ", who left it");
        }
    }
}
